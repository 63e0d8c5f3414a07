/**
 * `npm start` on small fixture exports of every supported format, checked
 * against figures computed by hand from the fixtures (see the comments), and
 * on bad files (message naming file, line and reason; non-zero exit).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const FIX = path.join(ROOT, 'test/fixtures/start');
const fixture = (name: string): string => path.join(FIX, name);

interface Question {
  title: string;
  type: string;
  answered: number;
  mean: number | null;
  median: number | null;
  distribution: Record<string, number>;
  top2: number | null;
  nps: {
    promoters: number;
    passives: number;
    detractors: number;
    score: number;
  } | null;
}
interface Report {
  format: string;
  version: number;
  input: {
    sample: {
      seed: number;
      scale: number;
      fdsEvents: boolean;
      fdsResponses: boolean;
    };
    events: {file: string; format: string; records: number}[];
    responses: {file: string; format: string; rows: number}[];
    today: string;
  };
  tracker: {
    events: number;
    sessions: number;
    communes: number;
    structures: number;
    rejected: {file: string; line: number; reason: string}[];
  };
  bilan: {
    responses: number;
    questions: Question[];
    segments: string[];
    programme: {
      sessionsPlanned: number;
      sessionsHeld: number;
      communesReached: number;
      communesInDepartement: number;
      populationShare: number;
      sources: Record<string, string>;
    } | null;
    crossTabs: {
      rows: {n: number; cells: Record<string, number | null>}[];
    }[];
    previous: unknown;
  } | null;
  dates: {weekly: string | null; bilan: string};
  weekly: {
    today: string;
    upcomingSessions: number;
    overdueTasks: number;
    mailsSent: number;
  } | null;
  documents: {kind: string; name: string; elements: Record<string, number>}[];
  actions: {
    name: string;
    event: string;
    status: string;
    runs: number;
    serviceCalls: number;
    cellsRead: number;
    cellsWritten: number;
    predictedSeconds: number;
  }[];
  others: {kind: string; tracker: {sessions: number}}[];
}

function start(args: string[]): {code: number; stdout: string; stderr: string} {
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/start.ts',
      '--no-build',
      '--quiet',
      ...args,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'},
      timeout: 240_000,
    },
  );
  return {code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr};
}

const question = (r: Report, pattern: RegExp): Question => {
  const q = r.bilan?.questions.find(x => pattern.test(x.title));
  if (!q)
    throw new Error(
      `no question ${pattern} in ${r.bilan?.questions.map(x => x.title).join(' | ')}`,
    );
  return q;
};

let tmp: string;
beforeAll(() => {
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'],
    {cwd: ROOT, stdio: 'pipe'},
  );
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tds-start-'));
});
afterAll(() => {
  fs.rmSync(tmp, {recursive: true, force: true});
});

describe('npm start on a Fête de la science export, --today after it', () => {
  test('every past, non-cancelled session is held; every commune of those is reached', () => {
    const out = path.join(tmp, 'after');
    const r = start([
      '--events',
      fixture('fds-opendata.json'),
      '--today',
      '2026-11-30',
      '--out',
      out,
    ]);
    if (r.code !== 0)
      throw new Error(`exit ${r.code}\n${r.stderr}\n${r.stdout}`);
    const report = JSON.parse(
      fs.readFileSync(path.join(out, 'report.json'), 'utf8'),
    ) as Report;
    // 90000001 (2 slots, Grenoble), 90000002 (Saint-Égrève), 90000003
    // (Saint-Martin-d'Hères), all in October: past on 30 November, none
    // cancelled, nobody typed a status — all four held.
    expect(report.tracker.sessions).toBe(4);
    expect(report.dates).toEqual({weekly: '2026-11-30', bilan: '2026-11-30'});
    expect(report.bilan!.programme).toMatchObject({
      sessionsPlanned: 4,
      sessionsHeld: 4,
      communesReached: 3,
      communesInDepartement: 512,
      sources: {sessionsHeld: 'programme', communesReached: 'programme'},
    });
    expect(report.bilan!.programme!.populationShare).toBeGreaterThan(0);
    // Own events: no made-up previous edition to compare with.
    expect(report.bilan!.previous).toBeNull();
  });
});

describe('npm start on the three event formats + a Google Forms CSV download', () => {
  let report: Report;
  let raw: string;
  let out: string;
  beforeAll(() => {
    out = path.join(tmp, 'all');
    const r = start([
      '--events',
      fixture('fds-opendata.json'),
      '--events',
      fixture('openagenda.json'),
      '--events',
      fixture('programme.csv'),
      '--responses',
      fixture('forms-download.csv'),
      '--today',
      '2026-10-01',
      '--out',
      out,
    ]);
    if (r.code !== 0)
      throw new Error(`exit ${r.code}\n${r.stderr}\n${r.stdout}`);
    raw = fs.readFileSync(path.join(out, 'report.json'), 'utf8');
    report = JSON.parse(raw) as Report;
  });

  test('report.json names its format and its inputs', () => {
    expect(report.format).toBe('territoire-de-sciences.preview-report');
    expect(report.version).toBe(2);
    expect(report.input.events).toEqual([
      {file: 'fds-opendata.json', format: 'fds', records: 4},
      {file: 'openagenda.json', format: 'openagenda', records: 2},
      {file: 'programme.csv', format: 'csv', records: 3},
    ]);
    expect(report.input.responses).toEqual([
      {file: 'forms-download.csv', format: 'forms-csv', rows: 6},
    ]);
    expect(report.input.today).toBe('2026-10-01');
    // The festival and the école d'été still come from the sample; the FDS tracker does not.
    expect(report.input.sample).toEqual({
      seed: 20251003,
      scale: 1,
      fdsEvents: false,
      fdsResponses: false,
    });
  });

  test('tracker figures: exactly the imported events, nothing of the sample', () => {
    // FDS: 90000001 (2 slots, Grenoble), 90000002 ({fields}, "St Egrève"), 90000003 ("saint martin d'heres");
    // 90000004 (Lyon) rejected. OpenAgenda: 61000001 (2 timings, "Le Pont de Claix"), 61000002 (Grenoble).
    // CSV: CSV-1 (Échirolles), CSV-2 (Grenoble by name); CSV-3 rejected (32/10/2026).
    expect(report.tracker.events).toBe(3 + 2 + 2);
    expect(report.tracker.sessions).toBe(4 + 3 + 2);
    // 38185 Grenoble, 38382 Saint-Égrève, 38421 Saint-Martin-d'Hères, 38317 Le Pont-de-Claix, 38151 Échirolles.
    expect(report.tracker.communes).toBe(5);
    // Association Fixture Sciences (twice, case aside), Laboratoire Fixture, Territoire de sciences
    // (OpenAgenda's originAgenda), Ville Fixture, Musée Fixture; 61000002 has none.
    expect(report.tracker.structures).toBe(5);
    expect(report.tracker.rejected).toHaveLength(2);
    const [fds, csv] = [
      report.tracker.rejected.find(r => r.file === 'fds-opendata.json'),
      report.tracker.rejected.find(r => r.file === 'programme.csv'),
    ];
    expect(fds).toMatchObject({line: 4});
    expect(fds!.reason).toMatch(/Lyon|commune/i);
    // The CSV's header is line 1: CSV-3 is on line 4.
    expect(csv).toMatchObject({line: 4});
    expect(csv!.reason).toMatch(/Date/);
  });

  test('bilan: the six answers of the CSV and nothing else', () => {
    expect(report.bilan).not.toBeNull();
    expect(report.bilan!.responses).toBe(6);
    // Satisfaction: 5, 4, 4, 3, 5, 2.
    const sat = question(report, /^Satisfaction globale$/);
    expect(sat.type).toBe('scale');
    expect(sat.answered).toBe(6);
    expect(sat.mean).toBeCloseTo(23 / 6, 2);
    expect(sat.median).toBe(4);
    expect(sat.distribution).toMatchObject({'2': 1, '3': 1, '4': 2, '5': 2});
    expect(sat.top2).toBeCloseTo((4 / 6) * 100, 0);
    // Recommend: 10, 9, 8, 6, 10, 3 → 3 promoters, 1 passive, 2 detractors: 50 % − 33.3 %.
    const nps = question(report, /^Recommanderiez-vous/);
    expect(nps.type).toBe('nps');
    expect(nps.nps).toMatchObject({promoters: 3, passives: 1, detractors: 2});
    expect(nps.nps!.score).toBeCloseTo(100 / 6, 0);
    // Checkbox answers joined by ";" in the Forms download.
    const heard = question(report, /^Comment avez-vous connu/);
    expect(heard.type).toBe('multi');
    expect(heard.distribution).toMatchObject({
      'Site internet': 2,
      'Bouche à oreille': 3,
      'Réseaux sociaux': 1,
      'Affiche ou programme papier': 2,
      'Presse ou radio': 2,
    });
  });

  test('no personal data in report.json', () => {
    expect(raw).not.toMatch(/example\.(org|com)/);
    expect(raw).not.toMatch(/04 99 00/);
    expect(raw).not.toMatch(/Génial, merci|Trop de monde/);
    // The e-mail column is personal data: left out of the bilan, or listed without its answers.
    const email = report.bilan!.questions.find(q => /e-mail/i.test(q.title));
    if (email) {
      expect(email.type).toBe('personal');
      expect(email.distribution).toEqual({});
    }
    for (const q of report.bilan!.questions.filter(
      x => x.type === 'text' || x.type === 'personal',
    ))
      expect(q.distribution).toEqual({});
  });

  test('weekly figures as of --today', () => {
    expect(report.weekly).not.toBeNull();
    expect(report.weekly!.today).toBe('2026-10-01');
    // Read from the add-on's « Synthèses » row, checked against a count by
    // hand: sessions from 1 to 14 October: 2, 3, 4, 6, 7, 8, 9, 10 October
    // (20 October is too late).
    expect(report.weekly!.upcomingSessions).toBe(8);
    // One summary e-mail for the tracker (all recipients on it).
    expect(report.weekly!.mailsSent).toBe(1);
  });

  test('every action has its cost; festival and école d’été under "others"', () => {
    expect(report.actions.length).toBeGreaterThan(5);
    for (const a of report.actions) {
      expect(a.serviceCalls).toBeGreaterThanOrEqual(0);
      expect(typeof a.predictedSeconds).toBe('number');
      // Executions summed in the step: at least one wherever a call was made.
      expect(Number.isInteger(a.runs)).toBe(true);
      if (a.serviceCalls > 0) expect(a.runs).toBeGreaterThanOrEqual(1);
    }
    // Some steps sum several executions (answers' trigger runs, a resumed batch).
    expect(report.actions.some(a => a.runs > 1)).toBe(true);
    const imports = report.actions.filter(
      a => a.event === 'fds' && /Importer/.test(a.name),
    );
    expect(imports).toHaveLength(3);
    expect(imports.every(a => a.status === 'ok' && a.serviceCalls > 0)).toBe(
      true,
    );
    expect(report.others.map(o => o.kind)).toEqual(['festival', 'ecole']);
    expect(report.others[0].tracker.sessions).toBeGreaterThan(0);
  });

  test('index.html links every rendered page with relative paths that exist', () => {
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    const links = [...html.matchAll(/href="([^"]+)"/g)].map(m =>
      m[1].replace(/&amp;/g, '&'),
    );
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) {
      expect(l).not.toMatch(/^(\/|https?:)/);
      expect(fs.existsSync(path.join(out, decodeURI(l.split('#')[0])))).toBe(
        true,
      );
    }
    expect(fs.readdirSync(path.join(out, 'artefacts')).length).toBeGreaterThan(
      0,
    );
  });
});

describe('npm start on a responses-sheet CSV download', () => {
  // A CSV downloaded from the response sheet of the add-on's own general-public form (same titles).
  test('counts those answers: satisfaction 5, 4, 3, 5, 4, 1; recommend 9, 7, 5, 10, 8, 3', () => {
    const out = path.join(tmp, 'sheet');
    const r = start([
      '--events',
      fixture('programme.csv'),
      '--responses',
      fixture('sheet-download.csv'),
      '--today',
      '2026-10-01',
      '--out',
      out,
    ]);
    if (r.code !== 0)
      throw new Error(`exit ${r.code}\n${r.stderr}\n${r.stdout}`);
    const report = JSON.parse(
      fs.readFileSync(path.join(out, 'report.json'), 'utf8'),
    ) as Report;
    expect(report.input.responses).toEqual([
      {file: 'sheet-download.csv', format: 'sheet-csv', rows: 6},
    ]);
    // CSV-1 Échirolles (Ville Fixture), CSV-2 Grenoble (Musée Fixture); CSV-3 rejected.
    expect(report.tracker).toMatchObject({
      events: 2,
      sessions: 2,
      communes: 2,
      structures: 2,
    });
    expect(report.bilan!.responses).toBe(6);
    const sat = question(
      report,
      /^Globalement, êtes-vous satisfait\(e\) de cette animation/,
    );
    expect(sat.type).toBe('scale');
    expect(sat.mean).toBeCloseTo(22 / 6, 2);
    expect(sat.median).toBe(4);
    expect(sat.distribution).toMatchObject({'1': 1, '3': 1, '4': 2, '5': 2});
    expect(sat.top2).toBeCloseTo((4 / 6) * 100, 0);
    // 9, 10 promoters; 7, 8 passives; 5, 3 detractors: 33.3 % − 33.3 % = 0.
    const nps = question(
      report,
      /^Quelle est la probabilité .* cet événement à un proche/,
    );
    expect(nps.type).toBe('nps');
    expect(nps.nps).toMatchObject({promoters: 2, passives: 2, detractors: 2});
    expect(nps.nps!.score).toBeCloseTo(0, 5);
    // "Site internet, Bouche-à-oreille": the linked sheet's own ", " join.
    const heard = question(report, /^Comment avez-vous connu cet événement/);
    expect(heard.type).toBe('multi');
    expect(heard.distribution).toMatchObject({
      'Site internet': 3,
      'Bouche-à-oreille': 4,
      'Affiche ou programme papier': 1,
      'Réseaux sociaux': 1,
    });
    const raw = fs.readFileSync(path.join(out, 'report.json'), 'utf8');
    expect(raw).not.toMatch(/prof\.fixture|example\.com/);
  });
});

describe('npm start on iCalendar, the OpenDataSoft CSV and several OpenAgenda pages', () => {
  test('report.json names the formats the add-on recognised; every record accounted for', () => {
    const out = path.join(tmp, 'formats');
    const tracker = (name: string) =>
      path.join(ROOT, 'test/fixtures/tracker', name);
    const r = start([
      '--events',
      tracker('framagenda.ics'),
      '--events',
      tracker('ods-openagenda.csv'),
      '--events',
      tracker('openagenda-pages.json'),
      '--today',
      '2026-10-01',
      '--out',
      out,
    ]);
    if (r.code !== 0)
      throw new Error(`exit ${r.code}\n${r.stderr}\n${r.stdout}`);
    const report = JSON.parse(
      fs.readFileSync(path.join(out, 'report.json'), 'utf8'),
    ) as Report;
    expect(report.input.events).toEqual([
      {file: 'framagenda.ics', format: 'ics', records: 9},
      {file: 'ods-openagenda.csv', format: 'ods-openagenda', records: 3},
      {file: 'openagenda-pages.json', format: 'openagenda', records: 4},
    ]);
    // framagenda.ics: 13 sessions of 5 events (the RECURRENCE-ID is its series'),
    // 3 VEVENTs refused; the CSV: 8001 (2 sessions), 8007, Annecy refused;
    // the pages: 4 events of one session each.
    expect(report.tracker.sessions).toBe(13 + 3 + 4);
    expect(report.tracker.events).toBe(5 + 2 + 4);
    expect(report.tracker.rejected.map(x => [x.file, x.line])).toEqual([
      ['framagenda.ics', 88],
      ['framagenda.ics', 96],
      ['framagenda.ics', 104],
      ['ods-openagenda.csv', 5],
    ]);
  });
});

describe('npm start with --events only: synthetic answers made to fit', () => {
  test('about ten public answers per imported session, spread over them; no sample session', () => {
    const out = path.join(tmp, 'events-only');
    const r = start([
      '--events',
      fixture('programme.csv'),
      '--today',
      '2026-10-01',
      '--out',
      out,
    ]);
    if (r.code !== 0)
      throw new Error(`exit ${r.code}\n${r.stderr}\n${r.stdout}`);
    const report = JSON.parse(
      fs.readFileSync(path.join(out, 'report.json'), 'utf8'),
    ) as Report;
    expect(report.input.sample).toMatchObject({
      fdsEvents: false,
      fdsResponses: true,
    });
    expect(report.tracker.sessions).toBe(2);
    // 10 × 2 sessions (public) + 2 × 2 (teachers) + 1 per structure (2 organisers).
    expect(report.bilan!.responses).toBe(20 + 4 + 2);
    const session = question(report, /^Quelle animation avez-vous suivie/);
    const counts = Object.entries(session.distribution);
    expect(counts).toHaveLength(2);
    expect(counts.map(([k]) => k).join(' | ')).toMatch(
      /Jeu de piste des sciences.*Exposition : les volcans|Exposition : les volcans.*Jeu de piste des sciences/,
    );
    expect(counts.reduce((sum, [, n]) => sum + n, 0)).toBe(20);
    expect(counts.every(([, n]) => n > 0)).toBe(true);
  });
});

describe('a file that cannot be read stops the run', () => {
  test.each([
    [
      '--events',
      'bad-syntax.json',
      /bad-syntax\.json, ligne 3 : JSON invalide, colonne \d+ : virgule ou « } » attendue/,
    ],
    [
      '--events',
      'bad-columns.csv',
      /bad-columns\.csv, ligne 1 : colonne obligatoire absente de l’en-tête : « Titre »/,
    ],
    [
      '--responses',
      'bad-quote.csv',
      /bad-quote\.csv : Le fichier CSV est mal formé à la ligne 2 : un guillemet y ouvre une cellule qui n’est jamais refermée/,
    ],
    [
      '--responses',
      'programme.csv',
      /programme\.csv, ligne 1 : la première colonne doit être « Horodateur »/,
    ],
    ['--events', 'missing.json', /missing\.json : fichier introuvable/],
    [
      '--events',
      'bad-truncated.ics',
      /bad-truncated\.ics : Le fichier iCalendar s'arrête ligne 6 sans refermer le bloc VEVENT ouvert ligne 3/,
    ],
  ])('%s %s', (option, file, message) => {
    const out = path.join(tmp, `bad-${file}`);
    const r = start([option, fixture(file), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    // Nothing was made.
    expect(fs.existsSync(path.join(out, 'report.json'))).toBe(false);
  });

  test('a bad argument is a usage error (exit 2)', () => {
    const r = start(['--today', '2026-13-45']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--today attend une date AAAA-MM-JJ/);
  });
});
