/**
 * Formula and HTML injection, end to end on the emulator with the built
 * bundle. Each path that carries user text is walked the way staff and
 * respondents use it: payloads are written through the path, then read back
 * from where a person sees them (a cell's value and formula, a document's
 * text, a form's choices, a mail's body, a page's HTML). A path counts as
 * covered only when every payload comes back as the exact text (whitespace
 * the path trims aside), with no live formula (no cell formula, no raw
 * un-neutralised write) and no live markup (escaped in HTML). A path whose
 * input refuses the payloads cannot be exercised: it is listed as not
 * covered, with the reason. The reliability summary lists both.
 */
import {FakeSpreadsheet, Workspace} from '../../emulator';
import type {FakeDocument} from '../../emulator/document';
import {DocNode, documentTree} from '../../emulator/document';
import {recordInjectionPath} from '../helpers/reliability';
import {FORMULA_PAYLOADS, HTML_PAYLOADS} from './fuzz';
import {
  answersFor,
  FORMULA_START,
  importCsv,
  privateDist,
  RawWrite,
  spyOnWrites,
  TRACKER_FORM,
  USER,
  workspace,
} from './harness';

const SUITE = 'injection';

beforeAll(() => {
  privateDist();
});

const [IMPORTXML, PLUS, MINUS, AT, TAB, CR, LF] = FORMULA_PAYLOADS;
const [IMG, SCRIPT] = HTML_PAYLOADS;

/** What makes a written string one of the payloads (not the add-on's own text). */
const PAYLOAD_MARKS = [
  'IMPORTXML',
  'SUM(A1)',
  '+1',
  '-1+2',
  '=1',
  'onerror',
  'alert(1)',
];
const carriesPayload = (s: string) => PAYLOAD_MARKS.some(m => s.includes(m));

/** The add-on's own formulas, rows and columns left out: a payload never matches one. */
const OWN_FORMULA =
  /^=(COUNTIF|IFERROR|SUM|IF|HYPERLINK|C\d+-E\d+|[A-Z]+\d+[-+][A-Z]+\d+)/;

function allDocText(node: DocNode): string {
  return [node.text ?? '', ...(node.children ?? []).map(allDocText)].join('\n');
}

/** HTML text with the five usual entities decoded (what a person reads). */
function decodeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Raw markup of the HTML payloads: never in a page or a mail as such. */
const LIVE_MARKUP = [/<img\s+src=x/i, /<script>alert/i];

interface Verdict {
  ok: boolean;
  evidence: string;
  problems: string[];
}

function verdict(what: string, n: number, problems: string[]): Verdict {
  const s = n > 1 ? 's' : '';
  return {
    ok: problems.length === 0 && n > 0,
    evidence: `${n} charge${s} relue${s} ${what}`,
    problems,
  };
}

/**
 * Each text is the whole value of a cell of `tab` (in `columns` when given),
 * that cell has no formula, and no write to the tab passed it un-neutralised.
 */
function inCells(
  ss: FakeSpreadsheet,
  tab: string,
  texts: string[],
  writes: RawWrite[],
  columns?: string[],
): Verdict {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) return verdict(`dans « ${tab} »`, 0, [`no tab ${tab}`]);
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const head = values[0].map(String);
  const problems: string[] = [];
  for (const text of texts) {
    let found = false;
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (i === 0 || v !== text) return;
        if (columns && !columns.includes(head[j])) return;
        found = true;
        if (formulas[i][j])
          problems.push(`${tab}!R${i + 1}C${j + 1} formula ${formulas[i][j]}`);
      }),
    );
    if (!found)
      problems.push(`${JSON.stringify(text)} not read back in ${tab}`);
    for (const w of writes) {
      if (w.sheet === tab && w.value === text && FORMULA_START.test(text))
        problems.push(`raw write to ${tab}: ${JSON.stringify(text)}`);
    }
  }
  const where = columns ? ` (${columns.join(', ')})` : '';
  return verdict(
    `telles quelles dans « ${tab} »${where}, sans formule`,
    texts.length,
    problems,
  );
}

/** Each text in a page or mail HTML only escaped: decoded it reads exactly, raw markup absent. */
function inHtml(where: string, html: string, texts: string[]): Verdict {
  const problems: string[] = [];
  const text = decodeHtml(html);
  for (const t of texts) {
    if (!text.includes(t))
      problems.push(`${JSON.stringify(t)} not in ${where}`);
  }
  for (const re of LIVE_MARKUP) {
    if (re.test(html)) problems.push(`live markup ${re} in ${where}`);
  }
  return verdict(
    `dans ${where}, échappée${texts.length > 1 ? 's' : ''}, sans balise active`,
    texts.length,
    problems,
  );
}

/** Records a path's verdict (covered only when it holds) and asserts it. */
function covered(name: string, v: Verdict): void {
  recordInjectionPath(SUITE, {
    name,
    covered: v.ok,
    evidence: v.ok ? v.evidence : v.problems.join(' ; '),
  });
  expect({name, problems: v.problems}).toEqual({name, problems: []});
  expect(v.ok).toBe(true);
}

function notCovered(name: string, reason: string): void {
  recordInjectionPath(SUITE, {name, covered: false, evidence: reason});
}

/** The importer trims cells: a payload's leading tab or line break goes. */
const asImported = (s: string) => s.trim();

describe('every path that writes user text, with formula and HTML payloads', () => {
  let ws: Workspace;
  let ss: FakeSpreadsheet;
  let stopSpy: () => RawWrite[];
  const writes: RawWrite[] = [];
  /** Every raw write so far (the spy is restarted to keep running). */
  const flush = (): RawWrite[] => {
    writes.push(...stopSpy());
    stopSpy = spyOnWrites();
    return writes;
  };

  beforeAll(() => {
    ws = workspace(new Date('2026-10-05T08:00:00+02:00'));
    stopSpy = spyOnWrites();
  });
  afterAll(() => stopSpy());

  test('tracker dialog: a payload as the event name is refused in French', () => {
    ss = ws.createSpreadsheet('Suivi FDS 2026');
    ws.open(ss);
    for (const p of [IMPORTXML, PLUS, AT, IMG]) {
      const r = ws.callServer(ss, 'createOrUpdateTracker', [
        {...TRACKER_FORM, name: p},
      ]);
      expect(r.error).toBeNull();
      const v = r.value as {ok: boolean; errors: Record<string, string>};
      expect(v.ok).toBe(false);
      expect(v.errors.name).toMatch(/^(Le texte|Les caractères)/);
    }
    const ok = ws.callServer(ss, 'createOrUpdateTracker', [TRACKER_FORM]);
    expect(ok.error).toBeNull();
    notCovered(
      'Dialogue du suivi : nom de l’événement saisi',
      'charges refusées à la saisie (message en français) : rien n’est stocké, donc rien à relire ici (le nom tapé dans l’onglet est relu plus bas)',
    );
  });

  const CSV_ROWS = [
    {
      id: 'P1',
      title: IMPORTXML,
      date: '08/10/2026',
      commune: 'Grenoble',
      venue: PLUS,
      structure: AT,
      description: MINUS,
    },
    {
      id: 'P2',
      title: IMG,
      date: '09/10/2026',
      commune: 'Meylan',
      venue: TAB,
      structure: SCRIPT,
      description: CR,
    },
    {
      id: 'P3',
      title: `${LF}titre`,
      date: '10/10/2026',
      commune: 'Échirolles',
      venue: MINUS,
      structure: IMPORTXML,
      description: `${PLUS} et ${AT}`,
    },
  ];

  test('CSV import → Programme and Partenaires', () => {
    const r = importCsv(ws, ss, CSV_ROWS);
    expect(r.error).toBeNull();
    expect(r.value).toMatchObject({accepted: 3, given: 3});
    const w = flush();
    covered(
      'Import CSV → Programme (titre, lieu, description)',
      inCells(
        ss,
        'Programme',
        CSV_ROWS.flatMap(x => [x.title, x.venue, x.description]).map(
          asImported,
        ),
        w,
        ['Titre', 'Lieu', 'Description'],
      ),
    );
    covered(
      'Import CSV → Partenaires (structure)',
      inCells(
        ss,
        'Partenaires',
        CSV_ROWS.map(x => x.structure),
        w,
        ['Structure'],
      ),
    );
  });

  /** A payload marked for one path, so that another path's rows cannot answer for it. */
  const tagged = (p: string, tag: string) => `${p} (${tag})`;

  test('FDS JSON import → Programme and Partenaires', () => {
    const [title, description, venue, organiser, partner] = [
      AT,
      PLUS,
      IMPORTXML,
      MINUS,
      // Names and descriptions from the open-data file are read as HTML
      // (tags dropped on import): HTML payloads there are the file's markup.
      `${TAB}${PLUS}`,
    ].map(p => tagged(p, 'fds'));
    const fds = [
      {
        identifiant: 'F1',
        titre_fr: title,
        description_fr: description,
        horaires_iso: '2026-10-11T14:00:00+02:00-2026-10-11T16:00:00+02:00',
        nom_du_lieu: venue,
        ville: 'Grenoble',
        code_postal: '38000',
        organisateur: organiser,
        partenaire: partner,
      },
    ];
    const r = ws.callServer(ss, 'importEvents', [
      {fileName: 'fds.json', content: JSON.stringify(fds)},
    ]);
    expect(r.error).toBeNull();
    expect(r.value).toMatchObject({accepted: 1});
    const w = flush();
    const fdsProgramme = inCells(
      ss,
      'Programme',
      [title, description, venue],
      w,
      ['Titre', 'Description', 'Lieu'],
    );
    const fdsPartners = inCells(
      ss,
      'Partenaires',
      [organiser, asImported(partner)],
      w,
      ['Structure'],
    );
    covered('Import FDS (JSON) → Programme, Partenaires', {
      ok: fdsProgramme.ok && fdsPartners.ok,
      evidence: `${fdsProgramme.evidence} ; ${fdsPartners.evidence}`,
      problems: [...fdsProgramme.problems, ...fdsPartners.problems],
    });
  });

  test('OpenAgenda JSON import → Programme', () => {
    const [title, description, venue, address] = [MINUS, CR, AT, IMPORTXML].map(
      p => tagged(p, 'oa'),
    );
    const oa = {
      events: [
        {
          uid: 77,
          title: {fr: title},
          description: {fr: description},
          timings: [
            {begin: '2026-10-09T16:00:00Z', end: '2026-10-09T17:00:00Z'},
          ],
          location: {
            name: venue,
            city: 'Grenoble',
            postalCode: '38000',
            address: address,
          },
        },
      ],
    };
    const r = ws.callServer(ss, 'importEvents', [
      {fileName: 'oa.json', content: JSON.stringify(oa)},
    ]);
    expect(r.error).toBeNull();
    expect(r.value).toMatchObject({accepted: 1});
    const w = flush();
    console.log(
      JSON.stringify(
        ss
          .getSheetByName('Programme')!
          .getDataRange()
          .getValues()
          .map(x => x.slice(0, 12)),
      ),
    );
    covered(
      'Import OpenAgenda (JSON) → Programme',
      inCells(
        ss,
        'Programme',
        [title, asImported(description), venue, address],
        w,
        ['Titre', 'Description', 'Lieu', 'Adresse'],
      ),
    );
  });

  const TITLES = [
    IMPORTXML,
    IMG,
    asImported(`${LF}titre`),
    `${AT} (fds)`,
    `${MINUS} (oa)`,
  ];

  test('questionnaire: session titles become form choices and counts rows', () => {
    const r = ws.callServer(ss, 'createQuestionnaire', [
      {audience: 'public', collectEmails: false},
    ]);
    expect(r.error).toBeNull();
    expect((r.value as {ok: boolean}).ok).toBe(true);
    const choices = ws
      .dump()
      .forms[0].items.flatMap(i => (i.choices ?? []) as string[]);
    // A choice is the session's title, then " – " and its day.
    const problems = TITLES.filter(
      t => !choices.some(c => c.startsWith(`${t} – `)),
    ).map(t => `${JSON.stringify(t)} not a choice`);
    covered(
      'Questionnaire → choix de séance du formulaire',
      verdict('en tête des choix du formulaire', TITLES.length, problems),
    );
    const w = flush();
    const sheet = ss.getSheetByName('Réponses aux questionnaires')!;
    const labels = sheet
      .getDataRange()
      .getValues()
      .map(row => String(row[1] ?? ''));
    const rows = TITLES.map(t => labels.find(l => l.startsWith(`${t} – `)));
    covered(
      'Questionnaire → onglet « Réponses aux questionnaires »',
      rows.every(x => x !== undefined)
        ? inCells(ss, 'Réponses aux questionnaires', rows as string[], w)
        : verdict('', 0, ['a session row is missing']),
    );
  });

  /** What respondents type in the free-text answers. */
  const ANSWERS = [...FORMULA_PAYLOADS, ...HTML_PAYLOADS].map(asImported);

  test('bilan: respondents’ comments reach the Bilan tab as text', () => {
    const form = ws.forms[0];
    ANSWERS.forEach((p, i) => {
      const runs = ws.submitForm(form, answersFor(ws, 0, {remarques: p}, i));
      for (const run of runs) expect(run.error).toBeNull();
    });
    const r = ws.run(ss, 'generateBilan');
    expect(r.error).toBeNull();
    covered(
      'Réponses → onglet « Bilan » (remarques)',
      inCells(ss, 'Bilan', ANSWERS, flush()),
    );
  });

  test('documents: fields of the Événement tab and programme titles', () => {
    // Staff type payloads into the event card (as text, the way a cell holds them).
    const card = ss.getSheetByName('Événement')!;
    const labels = card.getRange(1, 1, card.getLastRow(), 1).getValues();
    const put = (label: string, value: string) => {
      const i = labels.findIndex(l => l[0] === label);
      card.getRange(i + 1, 2).setValue(`'${value}`);
    };
    const typed = {
      'Lieu principal': IMPORTXML,
      Responsable: IMG,
      Contexte: `${PLUS} ${SCRIPT}`,
      Objectifs: AT,
    };
    for (const [label, value] of Object.entries(typed)) put(label, value);
    const before = ws.documents.length;
    for (const label of [
      'Générer la présentation',
      "Générer le point d'étape",
      'Générer le bilan (document)',
    ]) {
      const r = ws.clickMenu(ss, label);
      expect(r.error).toBeNull();
      expect(ws.ui.lastPage()!.html).not.toContain('Erreur inattendue');
    }
    const made = ws.documents.slice(before) as unknown as FakeDocument[];
    expect(made.length).toBe(3);
    const [presentation, followUp, bilan] = made.map(d =>
      allDocText(documentTree(d)),
    );
    // The presentation shows the card and the programme.
    const expected = [...Object.values(typed), ...TITLES];
    covered(
      'Documents → présentation (fiche de l’événement, programme)',
      verdict(
        'telles quelles dans le texte du document',
        expected.length,
        expected
          .filter(t => !presentation.includes(t))
          .map(t => `${JSON.stringify(t)} not in the presentation`),
      ),
    );
    // The others show what they take from the tracker: each payload that
    // appears must appear whole.
    for (const [name, text] of [
      ['Documents → point d’étape', followUp],
      ['Documents → bilan (document)', bilan],
    ] as const) {
      const found = expected.filter(t => text.includes(t));
      if (found.length > 0)
        covered(
          name,
          verdict('telles quelles dans le texte du document', found.length, []),
        );
      else
        notCovered(
          name,
          'ne reprend ni la fiche de l’événement ni les titres des séances : aucune saisie à relire',
        );
    }
  });

  test('documents: one sheet per structure, named after it', () => {
    const before = ws.documents.length;
    const batch = ws.callServer(ss, 'generateDocumentFromPage', [
      '',
      {kind: 'ficheStructure'},
    ]);
    expect(batch.error).toBeNull();
    expect((batch.value as {ok: boolean}).ok).toBe(true);
    ws.advanceClock(10 * 60 * 1000);
    const made = ws.documents.slice(before) as unknown as FakeDocument[];
    const texts = made.map(d => allDocText(documentTree(d)));
    const structures = [AT, SCRIPT, IMPORTXML, MINUS];
    const problems = structures
      .filter(s => !texts.some(t => t.includes(s)))
      .map(s => `${JSON.stringify(s)} in no structure sheet`);
    covered(
      'Documents → fiches par structure (texte)',
      verdict(
        'telles quelles dans le texte des fiches',
        structures.length,
        problems,
      ),
    );
  });

  test('weekly summary mail: task names, owners, session titles', () => {
    const logistics = ss.getSheetByName('Logistique')!;
    const head = logistics
      .getRange(1, 1, 1, logistics.getLastColumn())
      .getValues()[0]
      .map(String);
    const task = `${IMG} ${IMPORTXML}`;
    const row = head.map(h =>
      h === 'Tâche'
        ? `'${task}`
        : h === 'Responsable'
          ? `'${SCRIPT}`
          : h === 'Échéance'
            ? new Date('2026-10-06T00:00:00+02:00')
            : h === 'Statut'
              ? 'à faire'
              : '',
    );
    logistics
      .getRange(logistics.getLastRow() + 1, 1, 1, row.length)
      .setValues([row]);
    const act = ws.callServer(ss, 'activateWeeklySummary', [
      {day: 'MONDAY', hour: 8, recipients: USER},
    ]);
    expect(act.error).toBeNull();
    const r = ws.clickMenu(ss, 'Envoyer la synthèse maintenant');
    expect(r.error).toBeNull();
    const mail = ws.mails.find(m => /^Synthèse hebdomadaire/.test(m.subject));
    expect(mail).toBeDefined();
    const texts = [task, SCRIPT, IMPORTXML, IMG];
    const html = inHtml(
      'le corps HTML de l’e-mail',
      mail!.htmlBody ?? '',
      texts,
    );
    const plainProblems = texts
      .filter(t => !mail!.body.includes(t))
      .map(t => `${JSON.stringify(t)} not in the plain-text body`);
    covered('Synthèse hebdomadaire → e-mail (HTML et texte)', {
      ok: html.ok && plainProblems.length === 0,
      evidence: `${html.evidence} ; telles quelles dans le corps texte`,
      problems: [...html.problems, ...plainProblems],
    });
  });

  test('dialogs render stored values back escaped', () => {
    // The event name typed in the card (as text) comes back in the tracker dialog.
    const card = ss.getSheetByName('Événement')!;
    const labels = card.getRange(1, 1, card.getLastRow(), 1).getValues();
    const i = labels.findIndex(l => l[0] === "Nom de l'événement");
    card.getRange(i + 1, 2).setValue(`'${IMG}`);
    let r = ws.clickMenu(ss, 'Créer / mettre à jour le suivi…');
    expect(r.error).toBeNull();
    covered(
      'Dialogue du suivi → valeurs enregistrées réaffichées',
      inHtml('la page du dialogue', ws.ui.lastPage()!.html, [IMG]),
    );
    r = ws.clickMenu(ss, 'Générer la présentation');
    expect(r.error).toBeNull();
    covered(
      'Dialogue de résultat des documents (nom du fichier)',
      inHtml('la page de résultat', ws.ui.lastPage()!.html, [IMG]),
    );
    r = ws.clickMenu(ss, 'Activer la synthèse hebdomadaire…');
    expect(r.error).toBeNull();
    const weekly = ws.ui.lastPage()!.html;
    expect(decodeHtml(weekly)).not.toContain(IMG);
    notCovered(
      'Dialogue de la synthèse hebdomadaire',
      'n’affiche que des adresses e-mail, refusées si elles ne sont pas des adresses : aucun texte libre à relire',
    );
    // Settings: payloads refused field by field.
    const save = ws.callServer(ss, 'saveSettingsFromPage', [
      {organisation: IMG, documentsFolder: IMPORTXML, teamEmails: [AT]},
    ]);
    expect(save.error).toBeNull();
    const v = save.value as {ok: boolean; errors: Record<string, string>};
    expect(v.ok).toBe(false);
    expect(Object.keys(v.errors).sort()).toEqual(
      ['documentsFolder', 'organisation', 'teamEmails'].sort(),
    );
    notCovered(
      'Paramètres (organisation, dossier, adresses)',
      'charges refusées champ par champ à l’enregistrement (message en français) : rien n’est stocké ni réaffiché',
    );
  });

  test('nothing landed live anywhere', () => {
    const all = flush();
    const live: string[] = [];
    for (const w of all) {
      if (carriesPayload(w.value) && !OWN_FORMULA.test(w.value)) {
        live.push(`raw write to ${w.sheet}: ${JSON.stringify(w.value)}`);
      }
    }
    for (const sheet of ws.dump().spreadsheets.flatMap(s => s.sheets)) {
      sheet.formulas.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f && (carriesPayload(f) || !OWN_FORMULA.test(f)))
            live.push(`formula ${sheet.name}!R${i + 1}C${j + 1}: ${f}`);
        }),
      );
    }
    for (const mail of ws.mails) {
      for (const re of LIVE_MARKUP) {
        if (re.test(mail.htmlBody ?? ''))
          live.push(`mail ${mail.subject} ${re}`);
      }
    }
    for (const page of ws.ui.pages) {
      for (const re of LIVE_MARKUP) {
        if (re.test(page.html)) live.push(`page ${page.title} ${re}`);
      }
    }
    expect(live).toEqual([]);
  });
});

describe('the read-back checks themselves', () => {
  test('a live formula, a raw write and a missing text are caught', () => {
    const ws = workspace();
    const spy = spyOnWrites();
    const probe = ws.createSpreadsheet('probe');
    const sheet = probe.getSheets()[0];
    sheet.setName('T');
    sheet.getRange(1, 1, 1, 2).setValues([['Titre', 'Lieu']]);
    sheet.getRange(2, 1, 1, 2).setValues([[IMPORTXML, PLUS]]);
    sheet.getRange(3, 1).setValue(`'${AT}`);
    const w = spy();
    // The formula: stored as a formula, not as the text.
    expect(inCells(probe, 'T', [IMPORTXML], w).ok).toBe(false);
    // "+1" written raw: Sheets types it as the number 1 (the text is lost),
    // and the spy saw it raw.
    expect(inCells(probe, 'T', [PLUS], w).problems).toEqual([
      '"+1" not read back in T',
      'raw write to T: "+1"',
    ]);
    // "@SUM(A1)" written with its apostrophe: read back as text.
    expect(inCells(probe, 'T', [AT], w).ok).toBe(true);
    expect(inCells(probe, 'T', [AT], w, ['Lieu']).ok).toBe(false);
    expect(inCells(probe, 'T', ['absent'], w).ok).toBe(false);
    expect(FORMULA_START.test(TAB)).toBe(true);
  });

  test('raw markup in a page is caught, escaped markup reads back', () => {
    expect(inHtml('p', `<p>${IMG}</p>`, [IMG]).ok).toBe(false);
    expect(
      inHtml('p', '<p>&lt;img src=x onerror=alert(1)&gt;</p>', [IMG]).ok,
    ).toBe(true);
    expect(inHtml('p', '<p>rien</p>', [IMG]).ok).toBe(false);
  });
});
