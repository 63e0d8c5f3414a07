/**
 * "Importer des événements…" on the emulator, through the built bundle, for
 * every shape people actually have: OpenAgenda (a list of events, several
 * pages, the default fields), the OpenDataSoft dataset (JSON `results`, plain
 * list, CSV with ";"), iCalendar (Framagenda, Google Calendar). For each:
 * imported + refused = records in the file, refusals grouped by reason with
 * the full list in the Journal tab, and a second import changes no tab of
 * the tracker (the Journal only gains the new import's entries).
 */
import {
  buildBundle,
  createTracker,
  fixture,
  grid,
  newWorkspace,
  records,
} from './helpers';
import {parisDay} from '../../helpers/paris';

beforeAll(buildBundle);

interface Report {
  ok: true;
  message: string;
  imported: number;
  updated: number;
  rejected: string[];
  refusals: {label: string; count: number}[];
  journalNote: string;
  given: number;
  accepted: number;
  partnersAdded: number;
}

function tracker() {
  const ws = newWorkspace();
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  createTracker(ws, ss, 'fds');
  return {ws, ss};
}

type Book = ReturnType<ReturnType<typeof newWorkspace>['createSpreadsheet']>;

/** Every tab but the Journal: its name, values and formulas. */
function tabs(ss: Book): string {
  return JSON.stringify(
    ss
      .getSheets()
      .map(sh => sh.getName())
      .filter(name => name !== 'Journal')
      .map(name => [name, grid(ss, name)]),
  );
}

const day = (d: unknown) => (d instanceof Date ? parisDay(d) : String(d));

/** Imports a fixture, checks the accounting and the re-import, and returns what it gave. */
function importTwice(fileName: string, given: number, rows: number) {
  const {ws, ss} = tracker();
  const first = ws.callServer(ss, 'importEvents', [
    {fileName, content: fixture(fileName)},
  ]);
  if (first.error) throw first.error;
  const report = first.value as Report;
  expect(report.given).toBe(given);
  expect(report.accepted + report.rejected.length).toBe(given);
  expect(report.refusals.reduce((n, g) => n + g.count, 0)).toBe(
    report.rejected.length,
  );
  expect(report.imported).toBe(rows);
  const programme = records(ss, 'Programme');
  expect(programme).toHaveLength(rows);
  const journal = report.rejected.length > 0 ? records(ss, 'Journal') : [];
  // The Journal holds one summary line and each refusal, word for word.
  expect(journal.slice(1).map(j => j['Message'])).toEqual(report.rejected);

  const before = tabs(ss);
  const again = ws.callServer(ss, 'importEvents', [
    {fileName, content: fixture(fileName)},
  ]);
  if (again.error) throw again.error;
  const second = again.value as Report;
  expect([second.imported, second.updated, second.partnersAdded]).toEqual([
    0,
    rows,
    0,
  ]);
  expect(second.rejected).toEqual(report.rejected);
  expect(tabs(ss)).toBe(before);
  return {ws, ss, report, programme};
}

const brief = (rows: Record<string, unknown>[]) =>
  rows.map(r => [
    r['Identifiant source'],
    day(r['Date']),
    r['Début'],
    r['Fin'],
    r['Commune'],
    r['Statut'],
  ]);

describe('OpenAgenda', () => {
  it('a plain list of events: languages, offsets, 240 timings, refusals by reason', () => {
    const {report, programme} = importTwice('openagenda-list.json', 9, 246);
    expect(report.message).toMatch(
      /^openagenda-list\.json \(export OpenAgenda\) : enregistrements lus : 9 ; acceptés : 5 ; rejetés : 4\./,
    );
    expect(report.refusals).toEqual([
      {label: '2 hors du département 38', count: 2},
      {label: '1 en ligne, sans lieu', count: 1},
      {label: '1 en double', count: 1},
    ]);
    expect(report.journalNote).toBe(
      "La liste complète des refus (4) est inscrite dans l'onglet « Journal ».",
    );
    const others = programme.filter(
      r => !String(r['Identifiant source']).startsWith('oa:7004#'),
    );
    expect(brief(others)).toEqual([
      ['oa:7001#1', '2026-10-03', '14:00', '15:30', 'Grenoble', 'confirmé'],
      ['oa:7001#2', '2026-10-04', '10:00', '11:30', 'Grenoble', 'confirmé'],
      ['oa:7001#3', '2026-10-10', '18:00', '19:30', 'Grenoble', 'confirmé'],
      ['oa:7002#1', '2027-02-06', '14:00', '16:00', 'Vienne', 'confirmé'],
      ['oa:7003#1', '2026-10-10', '14:00', '15:00', 'Voiron', 'confirmé'],
      ['oa:7008#1', '2026-10-09', '20:00', '23:00', 'Meylan', 'confirmé'],
    ]);
    expect(others.map(r => r['Titre'])).toEqual([
      'Cerveau et mémoire',
      'Cerveau et mémoire',
      'Cerveau et mémoire',
      'Science slam',
      'Duplex avec Montréal',
      'Wissenschaftsnacht',
    ]);
    const expo = programme.filter(r =>
      String(r['Identifiant source']).startsWith('oa:7004#'),
    );
    expect(expo).toHaveLength(240);
    expect(new Set(expo.map(r => `${r['Début']}-${r['Fin']}`))).toEqual(
      new Set(['10:00-18:00']),
    );
    expect([day(expo[0]['Date']), day(expo[239]['Date'])]).toEqual([
      '2026-10-01',
      '2027-05-28',
    ]);
  });

  it('several API pages saved one after the other', () => {
    const {programme} = importTwice('openagenda-pages.json', 4, 4);
    expect(brief(programme)).toEqual([
      ['oa:7101#1', '2026-10-03', '10:00', '12:00', 'Crolles', 'confirmé'],
      [
        'oa:7102#1',
        '2026-10-03',
        '20:00',
        '22:00',
        'Villard-de-Lans',
        'annulé',
      ],
      ['oa:7103#1', '2026-10-04', '14:00', '15:30', 'Saint-Égrève', 'confirmé'],
      ['oa:7104#1', '2026-10-04', '10:00', '11:00', 'Échirolles', 'confirmé'],
    ]);
    expect(programme[2]['Notes']).toBe('Complet (selon OpenAgenda)');
  });

  it('the default fields: single sessions imported, else the file refused once and nothing written', () => {
    const {programme} = importTwice('openagenda-default-single.json', 3, 3);
    expect(brief(programme).map(r => r.slice(0, 4))).toEqual([
      ['oa:7201#1', '2026-10-05', '14:00', '16:00'],
      ['oa:7202#1', '2026-10-06', '18:00', '19:30'],
      ['oa:7203#1', '2026-10-07', '09:00', '11:00'],
    ]);
    const {ws, ss} = tracker();
    const before = tabs(ss);
    const r = ws.callServer(ss, 'importEvents', [
      {
        fileName: 'export.json',
        content: fixture('openagenda-default-multi.json'),
      },
    ]);
    expect(r.value).toBeUndefined();
    expect(r.error?.message).toBe(
      "Cet export OpenAgenda ne donne pas les horaires détaillés (champ « timings » absent) : pour 2 événement(s), seuls le premier et le dernier créneau sont connus. Exportez-le à nouveau avec les horaires détaillés : dans la requête à l'API OpenAgenda, ajoutez le paramètre detailed=1 (ou includeFields[]=timings). Rien n'a été importé.",
    );
    expect(tabs(ss)).toBe(before);
    expect(ss.getSheetByName('Journal')).toBeNull();
  });
});

describe('the OpenDataSoft dataset "evenements-publics-openagenda"', () => {
  it('JSON {total_count, results}', () => {
    const {report, programme} = importTwice(
      'ods-openagenda-results.json',
      4,
      3,
    );
    expect(report.message).toMatch(
      /\(jeu de données OpenDataSoft « evenements-publics-openagenda »\)/,
    );
    expect(brief(programme)).toEqual([
      ['oa:8001#1', '2026-10-03', '14:00', '15:00', 'Grenoble', 'confirmé'],
      ['oa:8001#2', '2026-10-03', '16:00', '17:00', 'Grenoble', 'confirmé'],
      ['oa:8002#1', '2026-10-04', '10:00', '11:30', 'Échirolles', 'annulé'],
    ]);
    expect(programme[0]['Code INSEE']).toBe('38185');
    expect(report.refusals).toEqual([
      {label: '1 hors du département 38', count: 1},
      {label: '1 en ligne, sans lieu', count: 1},
    ]);
  });

  it('a plain list', () => {
    const {programme} = importTwice('ods-openagenda-list.json', 3, 4);
    expect(brief(programme).map(r => [r[0], r[4]])).toEqual([
      ['oa:8001#1', 'Grenoble'],
      ['oa:8001#2', 'Grenoble'],
      ['oa:8005#1', 'Villard-de-Lans'],
      ['oa:8006#1', 'Voiron'],
    ]);
  });

  it('CSV with ";": refusals named by their line in the file', () => {
    const {report, programme} = importTwice('ods-openagenda.csv', 3, 3);
    expect(brief(programme).map(r => r.slice(0, 4))).toEqual([
      ['oa:8001#1', '2026-10-03', '14:00', '15:00'],
      ['oa:8001#2', '2026-10-03', '16:00', '17:00'],
      ['oa:8007#1', '2026-10-09', '21:00', '23:30'],
    ]);
    expect(report.rejected).toEqual([
      'Ligne 5, champ « location_city » : commune hors du département 38 : « 74000 Annecy ».',
    ]);
  });

  it('the same event from the dataset then from the API is one row, updated', () => {
    const {ws, ss} = tracker();
    ws.callServer(ss, 'importEvents', [
      {
        fileName: 'ods.json',
        content: fixture('ods-openagenda-results.json'),
      },
    ]);
    const api = JSON.stringify({
      events: [
        {
          uid: 8001,
          title: {fr: 'Le son dans tous ses états (nouvel horaire)'},
          timings: [
            {
              begin: '2026-10-03T14:30:00+02:00',
              end: '2026-10-03T15:30:00+02:00',
            },
            {
              begin: '2026-10-03T16:00:00+02:00',
              end: '2026-10-03T17:00:00+02:00',
            },
          ],
          location: {city: 'Grenoble', postalCode: '38000', insee: '38185'},
        },
      ],
    });
    const r = ws.callServer(ss, 'importEvents', [
      {fileName: 'api.json', content: api},
    ]);
    expect([(r.value as Report).imported, (r.value as Report).updated]).toEqual(
      [0, 2],
    );
    const rows = records(ss, 'Programme');
    expect(rows).toHaveLength(3);
    expect([rows[0]['Titre'], rows[0]['Début']]).toEqual([
      'Le son dans tous ses états (nouvel horaire)',
      '14:30',
    ]);
  });
});

describe('iCalendar', () => {
  it('Framagenda: zones, series across the change of time, RECURRENCE-ID, EXDATE, cancelled, whole days', () => {
    const {report, programme} = importTwice('framagenda.ics', 9, 13);
    expect(report.message).toMatch(
      /^framagenda\.ics \(fichier iCalendar\) : enregistrements lus : 9 ; acceptés : 6 ; rejetés : 3\./,
    );
    const U = '@framagenda.example';
    expect(brief(programme)).toEqual([
      [
        `ics:fds2026-atelier-robots${U}`,
        '2026-10-10',
        '14:00',
        '16:30',
        "Saint-Martin-d'Hères",
        'confirmé',
      ],
      [
        `ics:fds2026-club-astro${U}#20261014T1800Z`,
        '2026-10-14',
        '20:00',
        '22:00',
        'Meylan',
        'confirmé',
      ],
      [
        `ics:fds2026-club-astro${U}#20261017T1800Z`,
        '2026-10-17',
        '20:00',
        '22:00',
        'Meylan',
        'confirmé',
      ],
      [
        `ics:fds2026-club-astro${U}#20261021T1800Z`,
        '2026-10-21',
        '20:00',
        '22:00',
        'Meylan',
        'confirmé',
      ],
      [
        `ics:fds2026-club-astro${U}#20261024T1800Z`,
        '2026-10-24',
        '20:00',
        '22:00',
        'Meylan',
        'confirmé',
      ],
      [
        `ics:fds2026-club-astro${U}#20261028T1900Z`,
        '2026-10-28',
        '20:00',
        '22:00',
        'Meylan',
        'confirmé',
      ],
      [
        `ics:fds2026-expo-volcans${U}#20261003T0800Z`,
        '2026-10-03',
        '10:00',
        '12:00',
        'Grenoble',
        'confirmé',
      ],
      [
        `ics:fds2026-expo-volcans${U}#20261005T0800Z`,
        '2026-10-05',
        '10:00',
        '12:00',
        'Grenoble',
        'confirmé',
      ],
      [
        `ics:fds2026-expo-volcans${U}#20261011T0800Z`,
        '2026-10-11',
        '10:00',
        '12:00',
        'Grenoble',
        'confirmé',
      ],
      [
        `ics:fds2026-expo-volcans${U}#20261009T0800Z`,
        '2026-10-09',
        '14:00',
        '16:00',
        'Grenoble',
        'confirmé',
      ],
      [
        `ics:fds2026-conference-climat${U}`,
        '2026-10-08',
        '18:30',
        '20:00',
        'Crolles',
        'annulé',
      ],
      [
        `ics:fds2026-village-sciences${U}#20261010`,
        '2026-10-10',
        '',
        '',
        'Voiron',
        'confirmé',
      ],
      [
        `ics:fds2026-village-sciences${U}#20261011`,
        '2026-10-11',
        '',
        '',
        'Voiron',
        'confirmé',
      ],
    ]);
    expect(programme[0]['Titre']).toBe(
      'Atelier robots, capteurs ; programmation',
    );
    expect(programme[0]['Lieu']).toBe('Médiathèque des Écoles');
    expect(report.refusals.map(g => g.label)).toEqual([
      '1 hors du département 38',
      '1 en ligne, sans lieu',
      '1 répétés sans fin',
    ]);
  });

  it('Google Calendar: UTC times in French time, DURATION, a place missing', () => {
    const {report, programme} = importTwice('google-agenda.ics', 5, 6);
    expect(brief(programme).map(r => r.slice(1, 5))).toEqual([
      ['2026-10-02', '18:00', '20:00', 'Grenoble'],
      ['2026-10-07', '17:00', '18:00', 'Voiron'],
      ['2026-10-21', '17:00', '18:00', 'Voiron'],
      ['2026-11-04', '17:00', '18:00', 'Voiron'],
      ['2026-10-11', '', '', 'Meylan'],
      ['2026-10-05', '09:30', '11:00', 'Échirolles'],
    ]);
    expect(report.refusals).toEqual([{label: '1 sans lieu', count: 1}]);
  });

  it('a cancellation in a later export marks the session "annulé", keeping the team’s notes', () => {
    const {ws, ss} = tracker();
    const ics = fixture('google-agenda.ics');
    ws.callServer(ss, 'importEvents', [{fileName: 'a.ics', content: ics}]);
    const notes = grid(ss, 'Programme').values[0].indexOf('Notes') + 1;
    ss.getSheetByName('Programme')!.getRange(7, notes).setValue('Car réservé');
    const cancelled = ics.replace(
      'STATUS:CONFIRMED\r\nSUMMARY:Visite de la station',
      'STATUS:CANCELLED\r\nSUMMARY:Visite de la station',
    );
    expect(cancelled).not.toBe(ics);
    const r = ws.callServer(ss, 'importEvents', [
      {fileName: 'a.ics', content: cancelled},
    ]);
    expect((r.value as Report).imported).toBe(0);
    const rows = records(ss, 'Programme');
    expect(rows.map(x => x['Statut'])).toEqual([
      'confirmé',
      'confirmé',
      'confirmé',
      'confirmé',
      'confirmé',
      'annulé',
    ]);
    expect(rows[5]['Notes']).toBe('Car réservé');
    const {formulas} = grid(ss, 'Programme');
    expect(formulas.flat().filter(f => f !== '')).toEqual([]);
  });
});
