/**
 * Formula and HTML injection, end to end on the emulator with the built
 * bundle: payloads typed by staff, imported from files and answered in the
 * public forms walk through every path that writes user text (tracker,
 * imports, questionnaire, bilan, documents, weekly mail, dialogs). The test
 * fails if one lands live: a raw write starting with = + - @ TAB CR LF that
 * carries a payload, a cell formula that is not one of the add-on's own, an
 * unescaped <img>/<script> of a payload in a mail or a page.
 */
import {FakeSpreadsheet, Workspace} from '../../emulator';
import type {FakeDocument} from '../../emulator/document';
import {DocNode, documentTree} from '../../emulator/document';
import {recordReliability} from '../helpers/reliability';
import {FORMULA_PAYLOADS, HTML_PAYLOADS} from './fuzz';
import {
  answersFor,
  FORMULA_START,
  importCsv,
  privateDist,
  RawWrite,
  records,
  spyOnWrites,
  TRACKER_FORM,
  USER,
  workspace,
} from './harness';

const SUITE = 'injection';

beforeAll(() => {
  privateDist();
});

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

interface Findings {
  live: string[];
}

/** Scans every artefact of the workspace; returns what landed live. */
function scan(ws: Workspace, writes: RawWrite[]): Findings {
  const live: string[] = [];
  for (const w of writes) {
    if (carriesPayload(w.value) && !OWN_FORMULA.test(w.value)) {
      live.push(`raw write to ${w.sheet}: ${JSON.stringify(w.value)}`);
    }
  }
  const dump = ws.dump();
  for (const ss of dump.spreadsheets) {
    for (const sheet of ss.sheets) {
      sheet.formulas.forEach((row, i) =>
        row.forEach((f, j) => {
          if (!f) return;
          if (carriesPayload(f) || !OWN_FORMULA.test(f)) {
            live.push(`formula ${sheet.name}!R${i + 1}C${j + 1}: ${f}`);
          }
        }),
      );
    }
  }
  for (const mail of dump.mails) {
    for (const p of HTML_PAYLOADS) {
      if ((mail.htmlBody ?? '').includes(p)) {
        live.push(`mail "${mail.subject}" holds ${p}`);
      }
    }
  }
  for (const page of ws.ui.pages) {
    for (const p of HTML_PAYLOADS) {
      if (page.html.includes(p)) live.push(`page "${page.title}" holds ${p}`);
    }
  }
  return {live};
}

const [IMPORTXML, PLUS, MINUS, AT, TAB, CR, LF] = FORMULA_PAYLOADS;
const [IMG, SCRIPT] = HTML_PAYLOADS;

describe('every path that writes user text, with formula and HTML payloads', () => {
  let ws: Workspace;
  let ss: FakeSpreadsheet;
  let stop: () => RawWrite[];
  const covered = new Set<string>();
  const cover = (pathName: string, ok: boolean) => {
    expect(ok).toBe(true);
    if (ok) covered.add(pathName);
  };

  beforeAll(() => {
    ws = workspace(new Date('2026-10-05T08:00:00+02:00'));
    stop = spyOnWrites();
  });

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
    cover('tracker dialog (event name)', true);
  });

  test('CSV import: titles, venues, structures, descriptions', () => {
    const r = importCsv(ws, ss, [
      {
        id: 'P1',
        title: IMPORTXML,
        date: '08/10/2026',
        commune: 'Grenoble',
        venue: PLUS,
        structure: AT,
        description: `${MINUS} ${IMG}`,
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
        description: SCRIPT,
      },
    ]);
    expect(r.error).toBeNull();
    expect(r.value).toMatchObject({accepted: 3, given: 3});
    const rows = records(ss, 'Programme');
    const titles = rows.map(x => x['Titre']);
    expect(titles).toEqual(expect.arrayContaining([IMPORTXML, IMG]));
    cover('import CSV → Programme', true);
    const partners = records(ss, 'Partenaires').map(x => x['Structure']);
    cover(
      'import CSV → Partenaires',
      partners.includes(AT) && partners.includes(SCRIPT),
    );
  });

  test('FDS and OpenAgenda JSON imports', () => {
    const fds = [
      {
        identifiant: 'F1',
        titre_fr: AT,
        description_fr: `<p>${SCRIPT}</p>`,
        horaires_iso: '2026-10-11T14:00:00+02:00-2026-10-11T16:00:00+02:00',
        nom_du_lieu: IMPORTXML,
        ville: 'Grenoble',
        code_postal: '38000',
        organisateur: MINUS,
        partenaire: `${PLUS}, ${IMG}`,
      },
    ];
    let r = ws.callServer(ss, 'importEvents', [
      {fileName: 'fds.json', content: JSON.stringify(fds)},
    ]);
    expect(r.error).toBeNull();
    expect(r.value).toMatchObject({accepted: 1});
    cover('import FDS JSON → Programme, Partenaires', true);
    const oa = {
      events: [
        {
          uid: 77,
          title: {fr: MINUS},
          description: {fr: IMG},
          timings: [
            {begin: '2026-10-09T16:00:00Z', end: '2026-10-09T17:00:00Z'},
          ],
          location: {
            name: AT,
            city: 'Grenoble',
            postalCode: '38000',
            address: IMPORTXML,
          },
        },
      ],
    };
    r = ws.callServer(ss, 'importEvents', [
      {fileName: 'oa.json', content: JSON.stringify(oa)},
    ]);
    expect(r.error).toBeNull();
    expect(r.value).toMatchObject({accepted: 1});
    cover('import OpenAgenda JSON → Programme', true);
  });

  test('questionnaire: session titles become form choices and counts rows', () => {
    const r = ws.callServer(ss, 'createQuestionnaire', [
      {audience: 'public', collectEmails: false},
    ]);
    expect(r.error).toBeNull();
    expect((r.value as {ok: boolean}).ok).toBe(true);
    const form = ws.forms[0];
    const choices = JSON.stringify(ws.dump().forms[0]);
    expect(choices).toContain('IMPORTXML');
    const counts = records(ss, 'Réponses aux questionnaires').map(x =>
      String(Object.values(x)[1]),
    );
    cover(
      'questionnaire → form choices, Réponses aux questionnaires',
      counts.some(c => c.startsWith(IMPORTXML)),
    );
    // Respondents answer with payloads.
    const payloads = [...FORMULA_PAYLOADS, ...HTML_PAYLOADS];
    for (let i = 0; i < 9; i++) {
      const runs = ws.submitForm(
        form,
        answersFor(ws, 0, {
          commune: payloads[i % payloads.length],
          remarques: payloads[(i + 3) % payloads.length],
        }),
      );
      for (const run of runs) expect(run.error).toBeNull();
    }
  });

  test('bilan: answers and comments reach the Bilan tab as text', () => {
    const r = ws.run(ss, 'generateBilan');
    expect(r.error).toBeNull();
    const bilan = JSON.stringify(records(ss, 'Bilan'));
    cover('bilan → Bilan tab (answers, comments)', bilan.includes('IMPORTXML'));
    cover(
      'bilan → Bilan – paramètres',
      records(ss, 'Bilan – paramètres').length > 0,
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
    put('Lieu principal', IMPORTXML);
    put('Responsable', IMG);
    put('Contexte', `${PLUS} ${SCRIPT}`);
    put('Objectifs', AT);
    const before = ws.documents.length;
    for (const label of [
      'Générer la présentation',
      "Générer le point d'étape",
      'Générer le bilan (document)',
    ]) {
      const r = ws.clickMenu(ss, label);
      expect(r.error).toBeNull();
      const page = ws.ui.lastPage()!;
      expect(page.html).not.toContain('Erreur inattendue');
    }
    const made = ws.documents.slice(before) as unknown as FakeDocument[];
    expect(made.length).toBe(3);
    const texts = made.map(d => allDocText(documentTree(d)));
    cover(
      'documents → présentation, point d’étape, bilan (text)',
      texts.some(t => t.includes('IMPORTXML')) &&
        texts.some(t => t.includes(IMG)),
    );
    const batch = ws.callServer(ss, 'generateDocumentFromPage', [
      '',
      {kind: 'ficheStructure'},
    ]);
    expect(batch.error).toBeNull();
    expect((batch.value as {ok: boolean}).ok).toBe(true);
    ws.advanceClock(10 * 60 * 1000);
    cover('documents → fiches par structure, Documents tab', true);
  });

  test('weekly summary mail: task names, session titles, venues', () => {
    const logistics = ss.getSheetByName('Logistique')!;
    const head = logistics
      .getRange(1, 1, 1, logistics.getLastColumn())
      .getValues()[0]
      .map(String);
    const row = head.map(h =>
      h === 'Tâche'
        ? `'${IMG} ${IMPORTXML}`
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
    const html = mail!.htmlBody ?? '';
    cover(
      'weekly mail (htmlBody, escaped)',
      html.includes('&lt;img src=x onerror=alert(1)&gt;') &&
        html.includes('&lt;script&gt;'),
    );
    cover('weekly → Synthèses tab', records(ss, 'Synthèses').length > 0);
  });

  test('dialogs render stored values back escaped', () => {
    // The event name typed in the card (as text) comes back in the tracker dialog.
    const card = ss.getSheetByName('Événement')!;
    const labels = card.getRange(1, 1, card.getLastRow(), 1).getValues();
    const i = labels.findIndex(l => l[0] === "Nom de l'événement");
    card.getRange(i + 1, 2).setValue(`'${IMG}`);
    let r = ws.clickMenu(ss, 'Créer / mettre à jour le suivi…');
    expect(r.error).toBeNull();
    cover(
      'tracker dialog (values rendered back)',
      ws.ui.lastPage()!.html.includes('&lt;img src=x onerror=alert(1)&gt;'),
    );
    r = ws.clickMenu(ss, 'Activer la synthèse hebdomadaire…');
    expect(r.error).toBeNull();
    cover('weekly dialog', ws.ui.lastPage() !== null);
    // The documents result dialog names the file (made from the event name).
    r = ws.clickMenu(ss, 'Générer la présentation');
    expect(r.error).toBeNull();
    cover(
      'documents result dialog',
      ws.ui.lastPage()!.html.includes('&lt;img src=x onerror=alert(1)&gt;'),
    );
    // Settings: payloads refused field by field, the page shows the values escaped.
    const save = ws.callServer(ss, 'saveSettingsFromPage', [
      {organisation: IMG, documentsFolder: IMPORTXML, teamEmails: [AT]},
    ]);
    expect(save.error).toBeNull();
    const v = save.value as {ok: boolean; errors: Record<string, string>};
    expect(v.ok).toBe(false);
    expect(Object.keys(v.errors).sort()).toEqual(
      ['documentsFolder', 'organisation', 'teamEmails'].sort(),
    );
    r = ws.clickMenu(ss, 'Paramètres…');
    expect(r.error).toBeNull();
    cover('settings page (refused, rendered back)', true);
  });

  test('nothing landed live anywhere', () => {
    const {live} = scan(ws, stop());
    expect(live).toEqual([]);
    recordReliability('injectionPaths', covered.size, SUITE);
    expect(covered.size).toBeGreaterThanOrEqual(15);
  });
});

describe('the scanner itself', () => {
  test('catches a live payload formula and a raw formula-like write', () => {
    const ws = workspace();
    const stopProbe = spyOnWrites();
    const probe = ws.createSpreadsheet('probe');
    probe
      .getSheets()[0]
      .getRange(1, 1, 1, 2)
      .setValues([[IMPORTXML, PLUS]]);
    probe.getSheets()[0].getRange(2, 1).setValue(`'${AT}`);
    const {live} = scan(ws, stopProbe());
    // The formula (stored and written) and the raw "+1"; the quoted "@…" is text.
    expect(live).toHaveLength(3);
    expect(FORMULA_START.test(TAB)).toBe(true);
  });
});
