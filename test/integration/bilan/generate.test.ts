/**
 * "Générer le bilan" on the emulator, running the built bundle: responses
 * submitted through the forms the add-on made, every statistic checked
 * against figures worked out by hand, the tabs written, the stored result,
 * the Forms menu, several sheets at once, and the cost.
 */
import * as path from 'node:path';
import {decodeBilan, encodeBilan, STORE_SHEET} from '../../../src/bilan/store';
import type {BilanResult, EditionFigures} from '../../../src/model/bilan';
import {buildBundle, setupTracker, valuesOf} from '../questionnaire/setup';
import {linkedSheetValues} from '../../unit/bilan/helpers';

beforeAll(() => buildBundle());

const SESSION_LABEL: Record<string, string> = {
  'Atelier robots': 'Atelier robots – 10/10 10:00 – Grenoble',
  Planétarium: 'Planétarium – 10/10 14:00 – Le Pont-de-Claix',
  'Conférence climat': 'Conférence climat – 11/10 18:00 – Grenoble',
};

/** The unit fixture's twelve answers, submitted through the add-on's general public form. */
function submitPublic(
  ws: ReturnType<typeof setupTracker>['ws'],
  form: Parameters<typeof ws.submitForm>[0],
) {
  const [header, ...rows] = linkedSheetValues();
  for (const row of rows) {
    const answers: Record<string, string | string[]> = {};
    header.forEach((title, j) => {
      const v = row[j];
      const t = String(title);
      if (j === 0 || t === 'Adresse e-mail' || v === '') return;
      if (j === 1) answers[t] = SESSION_LABEL[String(v)];
      else if (t === 'Comment avez-vous connu cet événement ?') {
        // Checkbox answers: split on the known options (one holds a comma).
        const known = [
          'Affiche ou programme papier',
          'Site internet',
          'Réseaux sociaux',
          'Presse, radio',
          'Bouche-à-oreille',
          'École ou enseignant',
        ];
        answers[t] = known.filter(o => String(v).includes(o));
      } else answers[t] = String(v);
    });
    const runs = ws.submitForm(form, answers, {at: row[0] as Date});
    for (const r of runs) expect(r.error).toBeNull();
  }
}

const ORGANISERS = [
  ['La Casemate', 'Grenoble', 5, 300, 120, 5],
  ['Cosmocité', 'Le Pont-de-Claix', 3, 150, 60, 3],
  ['Médiathèque Kateb Yacine', 'Grenoble', 2, 80, 0, 0],
  ['La Casemate', 'Échirolles', 1, 40, 25, 1],
] as const;

function stored(ss: ReturnType<typeof setupTracker>['ss']): BilanResult {
  const r = decodeBilan(valuesOf(ss, STORE_SHEET));
  expect(r).not.toBeNull();
  return r!;
}

describe('a bilan of the general public and organisers forms', () => {
  const {ws, ss} = setupTracker({now: new Date('2026-10-09T08:00:00+02:00')});
  let result: BilanResult;

  test('the responses come in through the forms', () => {
    for (const audience of ['public', 'organisers']) {
      const r = ws.callServer(ss, 'createQuestionnaire', [
        {audience, collectEmails: false},
      ]);
      expect(r.error).toBeNull();
    }
    const [publicForm, organisersForm] = ws.forms;
    submitPublic(ws, publicForm);
    for (const [
      structure,
      commune,
      sessions,
      visitors,
      pupils,
      classes,
    ] of ORGANISERS) {
      ws.submitForm(organisersForm, {
        'Nom de votre structure': structure,
        'Type de structure': 'Association',
        'Commune principale de vos animations': commune,
        'Nombre de séances réalisées': String(sessions),
        'Nombre total de visiteurs': String(visitors),
        'Dont élèves (scolaires)': String(pupils),
        'Nombre de classes accueillies': String(classes),
      });
    }
    // Google stores a form answer as text even when it starts with "=": the
    // emulator keeps it as text too (no formula in the response sheet).
    const responses = ss.getSheetByName('Réponses au formulaire 1')!;
    const header = responses
      .getRange(1, 1, 1, responses.getLastColumn())
      .getValues()[0];
    const comments = header.indexOf('Vos remarques et suggestions') + 1;
    expect(responses.getRange(6, comments).getFormula()).toBe('');
    // The response sheets' names depend on the account's language: staff renamed one.
    ss.getSheetByName('Réponses au formulaire 2')!.setName(
      'Bilans organisateurs',
    );
  });

  test('"Générer le bilan": every response sheet found by its form, the tabs written', () => {
    const run = ws.run(ss, 'generateBilan');
    expect(run.error).toBeNull();
    result = stored(ss);
    expect(ws.ui.alerts.at(-1)?.prompt).toBe(
      `Bilan généré : 16 réponse(s) de 2 formulaire(s), ${result.anomalies.length} anomalie(s) listée(s). Voir l’onglet « Bilan ».`,
    );
    expect(
      result.sources.map(s => [s.sheet, s.responses, s.organisers]).sort(),
    ).toEqual([
      ['Bilans organisateurs', 4, true],
      ['Réponses au formulaire 1', 12, false],
    ]);
    expect(ss.getSheetByName('Bilan')).not.toBeNull();
    expect(ss.getSheetByName('Bilan – paramètres')).not.toBeNull();
    // Each response sheet read in one call.
    expect(run.counts.byMethod['Sheet.getDataRange']).toBe(2);
  });

  test('statistics, as worked out by hand from the twelve answers', () => {
    const q = (title: string) => result.questions.find(x => x.title === title)!;
    const sat = q('Globalement, êtes-vous satisfait(e) de cette animation ?');
    expect([sat.type, sat.answered, sat.mean, sat.median, sat.top2]).toEqual([
      'scale',
      12,
      3.92,
      4,
      75,
    ]);
    expect(sat.distribution).toEqual({1: 1, 2: 1, 3: 1, 4: 4, 5: 5});
    const nps = q(
      'Quelle est la probabilité que vous recommandiez cet événement à un proche ?',
    );
    expect(nps.nps).toEqual({
      promoters: 6,
      passives: 3,
      detractors: 3,
      score: 25,
    });
    const heard = q('Comment avez-vous connu cet événement ?');
    expect(heard.distribution).toEqual({
      'Affiche ou programme papier': 2,
      'Site internet': 3,
      'Réseaux sociaux': 3,
      'Presse, radio': 5,
      'Bouche-à-oreille': 2,
      'École ou enseignant': 1,
    });
    const withWhom = q('Avec qui êtes-vous venu(e) ?');
    expect(withWhom.distribution).toEqual({
      'Seul(e)': 3,
      'En famille': 6,
      'Entre amis': 2,
      "Avec l'école": 0,
      Autre: 1,
    });
    expect(result.anomalies).toContainEqual(
      expect.objectContaining({
        question: 'Avec qui êtes-vous venu(e) ?',
        row: 8,
        value: 'Autre : voisins',
        code: 'other',
      }),
    );
    const comments = q('Vos remarques et suggestions');
    expect(comments.texts).toEqual([
      'Super atelier !',
      'Appelez-moi au [téléphone masqué]',
      '=HYPERLINK("http://example.org";"clic")',
      'Écrivez à [e-mail masqué]',
    ]);
    expect(result.satisfaction).toBe(3.92);
    expect(result.nps).toBe(25);
  });

  test('programme figures from the tracker, organisers figures from their form', () => {
    // The clock is at the last answer (11 October): the four sessions
    // marked "réalisé" and the école d'été workshop of 6 July (past, not
    // cancelled) are held; the walk is cancelled.
    expect(result.programme).toMatchObject({
      sessionsPlanned: 5,
      sessionsHeld: 5,
      sessionsMarkedHeld: 4,
      sessionsCancelled: 1,
      registered: 133,
      attended: 148,
      sessionsWithAttendance: 4,
      schoolSessions: 1,
      generalPublicSessions: 4,
      communesReached: 3,
      communesInDepartement: 512,
      structures: 3,
      // La Casemate: both sessions have "Présents" (40 + 28 = 68), its
      // reports say 340: both kept. Cosmocité: one of its two sessions has
      // "Présents": its report (150) counts. UGA: 50 from the Programme.
      // Médiathèque Kateb Yacine has no session: its report (80) still counts.
      visitors: 68 + 150 + 50 + 80,
      pupils: 28 + 60 + 0, // La Casemate's school session, Cosmocité's report, the médiathèque's 0
      classes: 9, // reports only: 5 + 1 + 3 + 0
      structuresReported: 2,
      organiserResponseRate: 66.7, // 2 of 3
      structuresWithoutReport: ['Université Grenoble Alpes'],
      unmatchedReports: ['Médiathèque Kateb Yacine'],
      disagreements: [
        {
          structure: 'La Casemate',
          figure: 'visitors',
          programme: 68,
          organisers: 340,
        },
        {
          structure: 'La Casemate',
          figure: 'pupils',
          programme: 28,
          organisers: 145,
        },
      ],
      // 12 public responses ÷ (348 − 88) visitors other than pupils.
      responseRate: 4.6,
    });
    expect(result.programme!.sources).toEqual({
      sessionsHeld: 'programme',
      communesReached: 'programme',
      visitors: 'programme+organisers',
      pupils: 'programme+organisers',
      classes: 'organisers',
    });
    expect(result.organisers).toEqual({
      reports: 4,
      visitors: 570,
      pupils: 205,
      classes: 9,
      byStructure: [
        {
          name: 'La Casemate',
          visitors: 340,
          pupils: 145,
          classes: 6,
          reports: 2,
        },
        {name: 'Cosmocité', visitors: 150, pupils: 60, classes: 3, reports: 1},
        {
          name: 'Médiathèque Kateb Yacine',
          visitors: 80,
          pupils: 0,
          classes: 0,
          reports: 1,
        },
      ],
      byCommune: [
        {name: 'Grenoble', visitors: 380, pupils: 120, classes: 5, reports: 2},
        {
          name: 'Le Pont-de-Claix',
          visitors: 150,
          pupils: 60,
          classes: 3,
          reports: 1,
        },
        {name: 'Échirolles', visitors: 40, pupils: 25, classes: 1, reports: 1},
      ],
    });
  });

  test('small cells: by session, groups under 5 answers hidden, and what would give a hidden cell away', () => {
    const c = result.crossTabs.find(
      x =>
        x.question ===
          'Globalement, êtes-vous satisfait(e) de cette animation ?' &&
        x.segment === 'Quelle animation avez-vous suivie ?',
    )!;
    // Atelier robots 6 answers (5 4 3 2 4 5) → [0, 1, 1, 2, 2]: every
    // non-zero cell is under 5; Planétarium 4 and Conférence 2: hidden whole.
    expect(c.rows).toEqual([
      {
        group: SESSION_LABEL['Atelier robots'],
        n: 6,
        cells: [0, null, null, null, null],
        mean: null,
        median: null,
      },
      {
        group: SESSION_LABEL.Planétarium,
        n: 4,
        cells: [null, null, null, null, null],
        mean: null,
        median: null,
      },
      {
        group: SESSION_LABEL['Conférence climat'],
        n: 2,
        cells: [null, null, null, null, null],
        mean: null,
        median: null,
      },
    ]);
    expect(c.total).toEqual({
      group: '',
      n: 12,
      cells: [1, 1, 1, 4, 5],
      mean: 3.92,
      median: 4,
    });
    expect(c.perSession).toBe(true);
    // By session: its own tab, one row per session, the questions side by side.
    const tab = valuesOf(ss, 'Bilan – par séance');
    expect(tab[0][0]).toMatch(/^« s » : secret statistique/);
    const at = tab[0].indexOf(
      'Globalement, êtes-vous satisfait(e) de cette animation ?',
    );
    expect(tab[1].slice(at, at + 8)).toEqual([
      'Réponses',
      '1',
      '2',
      '3',
      '4',
      '5',
      'Moyenne',
      'Médiane',
    ]);
    const robots = tab.find(r => r[1] === SESSION_LABEL['Atelier robots'])!;
    expect(robots[0]).toBe('Grand public');
    expect(robots.slice(at, at + 8)).toEqual([
      6,
      0,
      's',
      's',
      's',
      's',
      '',
      '',
    ]);
    const planetarium = tab.find(r => r[1] === SESSION_LABEL.Planétarium)!;
    expect(planetarium.slice(at, at + 8)).toEqual([
      4,
      's',
      's',
      's',
      's',
      's',
      '',
      '',
    ]);
    // The filter sits on the header row and covers every session.
    const sheet = ss.getSheetByName('Bilan – par séance')!;
    const letters = (n: number): string =>
      n <= 26
        ? String.fromCharCode(64 + n)
        : letters(Math.floor((n - 1) / 26)) + letters(((n - 1) % 26) + 1);
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe(
      `A2:${letters(tab[1].length)}${tab.length}`,
    );
  });

  test('the Bilan tab: no live formula from an answer, no personal data, charts', () => {
    const sheet = ss.getSheetByName('Bilan')!;
    const range = sheet.getRange(
      1,
      1,
      sheet.getLastRow(),
      sheet.getLastColumn(),
    );
    expect(
      range
        .getFormulas()
        .flat()
        .filter(f => f !== ''),
    ).toEqual([]);
    const text = JSON.stringify(range.getValues());
    expect(text).toContain('=HYPERLINK(\\"http://example.org\\";\\"clic\\")');
    expect(text).not.toContain('jean.dupont');
    expect(text).not.toContain('06 12 34 56 78');
    expect(sheet.getCharts().length).toBeGreaterThanOrEqual(8);
    const params = valuesOf(ss, 'Bilan – paramètres');
    // Row 1: the previous edition's tracker (empty); row 3: the headers.
    expect(params[0].slice(0, 2)).toEqual([
      "Suivi de l'édition précédente",
      '',
    ]);
    expect(params[2].slice(0, 7)).toEqual([
      'Feuille de réponses',
      'N° de colonne',
      'Question',
      'Type',
      'Échelle',
      'Rôle',
      "Options, ou ordre de l'échelle du plus bas au plus haut (séparés par « | »)",
    ]);
    expect(
      params
        .find(
          r =>
            r[2] ===
            'Quelle est la probabilité que vous recommandiez cet événement à un proche ?',
        )
        ?.slice(3, 6),
    ).toEqual(['Recommandation (NPS 0–10)', '0–10', '']);
  });

  test('running it again rewrites the same tabs: no duplicate, same result, same charts', () => {
    const charts = ss.getSheetByName('Bilan')!.getCharts().length;
    const names = ss.getSheets().map(s => s.getName());
    const run = ws.run(ss, 'generateBilan');
    expect(run.error).toBeNull();
    expect(ss.getSheets().map(s => s.getName())).toEqual(names);
    expect(ss.getSheetByName('Bilan')!.getCharts()).toHaveLength(charts);
    const again = stored(ss);
    expect({...again, generatedAt: ''}).toEqual({...result, generatedAt: ''});
  });

  test('from Google Forms: the menu, "Lier à un suivi…", and this form\'s bilan', () => {
    // The Forms project (dist/forms), on a form of the same Drive.
    ws.loadProject(path.resolve(__dirname, '../../../dist/forms'));
    try {
      fromForms();
    } finally {
      ws.loadProject(path.resolve(__dirname, '../../../dist'));
    }
  });

  function fromForms(): void {
    const form = ws.forms[0];
    ws.open(form);
    expect(ws.menu(form).map(i => i.label)).toEqual(
      expect.arrayContaining([
        'Générer le bilan de ce formulaire',
        'Lier à un suivi…',
      ]),
    );
    ws.ui.queuePrompt(
      'https://docs.google.com/spreadsheets/d/nonexistent/edit',
      'OK',
    );
    ws.clickMenu(form, 'Lier à un suivi…');
    expect(ws.ui.alerts.at(-1)?.prompt).toMatch(
      /^Impossible d’ouvrir le classeur/,
    );
    ws.ui.queuePrompt(ss.getUrl(), 'OK');
    const link = ws.clickMenu(form, 'Lier à un suivi…');
    expect(link.error).toBeNull();
    expect(
      ws.properties.document(form.getId()).get('tds.bilan.trackerId'),
    ).toBe(JSON.stringify(ss.getId()));
    expect(ws.ui.alerts.at(-1)?.prompt).toBe(
      'Ce formulaire est lié au suivi « Suivi FDS 2026 ».',
    );
    const run = ws.clickMenu(form, 'Générer le bilan de ce formulaire');
    expect(run.error).toBeNull();
    const r = stored(ss);
    expect(r.sources.map(s => s.sheet)).toEqual(['Réponses au formulaire 1']);
    expect(r.responses).toBe(12);
    expect(r.organisers).toBeNull();
  }

  test('staff correct a type in "Bilan – paramètres": the next bilan follows it', () => {
    const sheet = ss.getSheetByName('Bilan – paramètres')!;
    const values = valuesOf(ss, 'Bilan – paramètres');
    const row =
      values.findIndex(r => r[2] === 'Dans quelle commune habitez-vous ?') + 1;
    expect(values[row - 1].slice(3, 6)).toEqual([
      'Choix unique',
      '',
      'Commune',
    ]);
    sheet.getRange(row, 4).setValue('Texte libre');
    const run = ws.run(ss, 'generateBilan');
    expect(run.error).toBeNull();
    const r = stored(ss);
    const commune = r.questions.find(
      q => q.title === 'Dans quelle commune habitez-vous ?',
    )!;
    expect(commune.type).toBe('text');
    expect(commune.texts).toHaveLength(12);
    const after = valuesOf(ss, 'Bilan – paramètres');
    expect(
      after
        .find(x => x[2] === 'Dans quelle commune habitez-vous ?')!
        .slice(3, 8),
    ).toEqual(['Texte libre', '', 'Commune', '', 'vos paramètres']);
    // Still a correction at the run after.
    ws.run(ss, 'generateBilan');
    expect(
      stored(ss).questions.find(
        q => q.title === 'Dans quelle commune habitez-vous ?',
      )!.type,
    ).toBe('text');
    // The bilan of one form (from Forms) leaves the other sheet's parameters alone.
    const before = valuesOf(ss, 'Bilan – paramètres').filter(
      x => x[0] === 'Bilans organisateurs',
    );
    expect(before.length).toBeGreaterThan(5);
    ws.clickMenu(ws.forms[0], 'Générer le bilan de ce formulaire');
    expect(
      valuesOf(ss, 'Bilan – paramètres').filter(
        x => x[0] === 'Bilans organisateurs',
      ),
    ).toEqual(before);
  });
});

describe('year over year: the previous edition linked in "Bilan – paramètres"', () => {
  const {ws, ss} = setupTracker({now: new Date('2026-11-02T10:00:00+01:00')});
  // Last year's tracker, as it was left after its own bilan (aggregates only).
  const previous = ws.createSpreadsheet('Suivi FDS 2025');
  const last: EditionFigures = {
    name: 'Fête de la science 2025',
    sessions: 3,
    communes: 2,
    structures: 2,
    visitors: 90,
    pupils: null,
    responses: 7,
    satisfaction: 3.5,
    satisfactionScale: [1, 5],
    nps: 10,
  };
  const cells = encodeBilan({
    generatedAt: '2025-11-02T09:00:00.000Z',
    responses: 7,
    sources: [],
    questions: [],
    segments: [],
    crossTabs: [],
    programme: null,
    organisers: null,
    anomalies: [],
    satisfaction: 3.5,
    nps: 10,
    edition: last,
  });
  previous
    .insertSheet(STORE_SHEET)
    .getRange(1, 1, cells.length, 1)
    .setValues(cells);

  beforeAll(() => {
    expect(
      ws.callServer(ss, 'createQuestionnaire', [
        {audience: 'public', collectEmails: false},
      ]).error,
    ).toBeNull();
    submitPublic(ws, ws.forms[0]);
  });

  test('without a link: no comparison, and the tab says where to paste it', () => {
    expect(ws.run(ss, 'generateBilan').error).toBeNull();
    expect(stored(ss).previous).toBeNull();
    const params = valuesOf(ss, 'Bilan – paramètres');
    expect(params[0].slice(0, 2)).toEqual([
      "Suivi de l'édition précédente",
      '',
    ]);
  });

  test('staff paste the address: key figures of both editions with the change', () => {
    ss.getSheetByName('Bilan – paramètres')!
      .getRange(1, 2)
      .setValue(previous.getUrl());
    expect(ws.run(ss, 'generateBilan').error).toBeNull();
    const r = stored(ss);
    expect(r.previous).toEqual(last);
    // The link stays where staff pasted it.
    expect(valuesOf(ss, 'Bilan – paramètres')[0][1]).toBe(previous.getUrl());
    const tab = valuesOf(ss, 'Bilan');
    const at = tab.findIndex(row => row[0] === 'Chiffres clés');
    expect(tab[at + 1].slice(0, 5)).toEqual([
      'Indicateur',
      'Fête de la science 2026',
      'Fête de la science 2025',
      'Écart',
      'Évolution (%)',
    ]);
    // 12 responses this year, 7 last year: +5, +71.4 %.
    const responses = tab.find(
      row => row[0] === 'Réponses aux questionnaires',
    )!;
    expect(responses.slice(0, 5)).toEqual([
      'Réponses aux questionnaires',
      12,
      7,
      5,
      71.4,
    ]);
    // Satisfaction 3.92 against 3.5 (same 1–5 scale): +0.42, no percentage.
    const sat = tab.find(row =>
      String(row[0]).startsWith('Satisfaction moyenne'),
    )!;
    expect(sat.slice(1, 5)).toEqual([3.92, 3.5, 0.42, '']);
  });

  test('an address that cannot be opened: said in the bilan, which is still made', () => {
    ss.getSheetByName('Bilan – paramètres')!
      .getRange(1, 2)
      .setValue('https://docs.google.com/spreadsheets/d/introuvable123/edit');
    const run = ws.run(ss, 'generateBilan');
    expect(run.error).toBeNull();
    const r = stored(ss);
    expect(r.previous).toBeNull();
    expect(r.previousError).toBe(
      "Édition précédente : impossible d'ouvrir le classeur « https://docs.google.com/spreadsheets/d/introuvable123/edit » (adresse ou droits d'accès à vérifier). Le bilan est fait sans comparaison.",
    );
    expect(r.responses).toBe(12);
  });
});
