/**
 * Fuzzing the event imports (Fête de la science open data, OpenAgenda, the
 * Programme CSV) with random and hostile input: every call returns a result
 * or throws an AddonError with a French message — never anything else — and
 * records given = records accepted + records rejected, always.
 */
import fc from 'fast-check';
import {COMMUNES} from '../../src/generated/communes';
import {AddonError} from '../../src/gas/errors';
import {allLanguages, t} from '../../src/i18n';
import {CommuneIndex} from '../../src/tracker/communes';
import {parseImportFile} from '../../src/tracker/import/detect';
import {parseProgrammeCsv} from '../../src/tracker/import/csv';
import {parseFdsRecords} from '../../src/tracker/import/fds';
import {parseOpenAgenda} from '../../src/tracker/import/openagenda';
import type {ImportResult} from '../../src/tracker/import/types';
import {tabDef} from '../../src/tracker/schema';
import {expectFilledMessage, hostileString, Outcome, runProperty} from './fuzz';

const SUITE = 'fuzz-import';
const ctx = {communes: new CommuneIndex(COMMUNES, '38')};

/** Either a result whose counts add up, or an AddonError in French. */
function checkOutcome(run: () => ImportResult, given?: number): Outcome {
  let result: ImportResult;
  try {
    result = run();
  } catch (e) {
    expect(e).toBeInstanceOf(AddonError);
    const err = e as AddonError;
    expect(err.key).toMatch(/^(tracker\.import|csv)\./);
    expect(err.message).toBe(t(err.key, err.params, 'fr'));
    expectFilledMessage(err.message);
    return 'error';
  }
  expect(result.accepted + result.rejected.length).toBe(result.given);
  if (given !== undefined) expect(result.given).toBe(given);
  const acceptedLines = new Set(result.rows.map(r => r.line));
  const rejectedLines = new Set(result.rejected.map(r => r.line));
  expect(acceptedLines.size).toBe(result.accepted);
  expect(rejectedLines.size).toBe(result.rejected.length);
  for (const line of acceptedLines) expect(rejectedLines.has(line)).toBe(false);
  for (const r of result.rejected) {
    // Every rejection reads as a French sentence naming its field.
    expect(typeof r.field).toBe('string');
    expectFilledMessage(t(r.reason, r.params, 'fr'));
  }
  for (const row of result.rows) {
    expect(row.date).toBeInstanceOf(Date);
    expect(Number.isNaN(row.date.getTime())).toBe(false);
    expect(row.insee).toMatch(/^38\d{3}$/);
  }
  return 'result';
}

const header = (id: string) =>
  allLanguages(tabDef('programme').columns.find(c => c.id === id)!.header)[0];

const CSV_HEADERS = [
  header('title'),
  header('date'),
  header('start'),
  header('end'),
  header('commune'),
  header('capacity'),
  header('status'),
  header('id'),
  header('description'),
  'Code postal',
];

/** A CSV cell: plausible values mixed with hostile ones. */
const csvCell = fc.oneof(
  fc.constantFrom(
    'Grenoble',
    'Meylan',
    'St Martin d’Hères',
    'Paris',
    '10/10/2026',
    '2026-10-11',
    '31/02/2026',
    '14h',
    '15:30',
    '25:99',
    '38000',
    '-5',
    '12,5',
    'confirmé',
    'annulé',
    'peut-être',
    '',
    ' ',
  ),
  hostileString,
);

/** Rows of a CSV (ragged: each row its own length), quoted RFC 4180 style. */
const REQUIRED_HEADERS = [header('title'), header('date'), header('commune')];
/**
 * Headers: mostly every required column with any others, in any order; now
 * and then any subset (a required column missing: refused as a whole).
 */
const csvHeaders = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .shuffledSubarray(
        CSV_HEADERS.filter(h => !REQUIRED_HEADERS.includes(h)),
        {minLength: 0},
      )
      .chain(others =>
        fc.shuffledSubarray([...REQUIRED_HEADERS, ...others], {
          minLength: REQUIRED_HEADERS.length + others.length,
        }),
      ),
  },
  {weight: 1, arbitrary: fc.shuffledSubarray(CSV_HEADERS, {minLength: 0})},
);
const csvTable = fc.record({
  headers: csvHeaders,
  rows: fc.array(fc.array(csvCell, {maxLength: 12}), {maxLength: 25}),
  delimiter: fc.constantFrom(',', ';'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
});

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

describe('CSV of the Programme', () => {
  test('random ragged tables: a result whose counts add up, or a French error', () => {
    runProperty(
      csvTable,
      ({headers, rows, delimiter, eol, bom}) => {
        const lines = [headers, ...rows].map(r => r.map(quote).join(delimiter));
        const text = (bom ? '\uFEFF' : '') + lines.join(eol);
        // Independently: the data lines that hold something are the records given.
        const given = rows.filter(r => r.some(c => c.trim() !== '')).length;
        const headerBlank = headers.every(h => h.trim() === '');
        return checkOutcome(
          () => parseImportFile('programme.csv', text, ctx),
          headerBlank ? undefined : given,
        );
      },
      {numRuns: 150, suite: SUITE},
    );
  });

  test('unquoted random text with stray quotes, delimiters and line breaks', () => {
    const piece = fc.oneof(
      fc.constantFrom('"', ',', ';', '\n', '\r\n', '\r', '""', 'Titre', 'Date'),
      hostileString,
    );
    runProperty(
      fc.array(piece, {maxLength: 60}),
      pieces => {
        const text = `${CSV_HEADERS.join(',')}\n${pieces.join('')}`;
        return checkOutcome(() => parseProgrammeCsv(text, ctx));
      },
      {numRuns: 300, suite: SUITE},
    );
  });
});

/** Any JSON value, including huge and odd strings. */
const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  {depthSize: 'small'},
  fc.jsonValue({maxDepth: 3}),
  hostileString,
  fc.constant(null),
);

const slot = fc.oneof(
  fc.constantFrom(
    '2026-10-10T14:00:00+02:00-2026-10-10T16:00:00+02:00',
    '2026-10-10T14:00:00+02:00-2026-10-10T16:00:00+02:00\r\n2026-10-11T10:00:00+02:00-2026-10-11T12:00:00+02:00',
    '2026-02-30T10:00:00+01:00-2026-02-30T11:00:00+01:00',
    '2026-10-10T12:00:00Z-2026-10-10T13:00:00Z',
    '',
  ),
  jsonish,
);

const fdsRecord = fc.record(
  {
    identifiant: fc.oneof(
      fc.integer({min: 1, max: 30}).map(String),
      fc.integer({min: 1, max: 30}),
      jsonish,
    ),
    titre_fr: fc.oneof(fc.constant('Atelier'), jsonish),
    horaires_iso: slot,
    ville: fc.oneof(
      fc.constantFrom('Grenoble', 'Le Pont de Claix', 'Lyon', 'Saint-Égrève'),
      jsonish,
    ),
    code_postal: fc.oneof(fc.constantFrom('38000', '38800', '69001'), jsonish),
    age_minimum: fc.oneof(fc.integer({min: -3, max: 99}), jsonish),
    description_fr: jsonish,
    partenaire: jsonish,
    publics_concernes: jsonish,
    statut: jsonish,
  },
  {requiredKeys: []},
);

describe('Fête de la science open data (JSON)', () => {
  test('records of random shape, flat or wrapped: given = accepted + rejected', () => {
    runProperty(
      fc.tuple(
        fc.array(fc.oneof(fdsRecord, jsonish), {maxLength: 20}),
        fc.boolean(),
      ),
      ([records, wrapped]) => {
        const list = wrapped
          ? records.map(r => ({datasetid: 'fds', fields: r}))
          : records;
        checkOutcome(() =>
          parseImportFile('fds.json', JSON.stringify({records: list}), ctx),
        );
        return checkOutcome(() => parseFdsRecords(list, ctx), list.length);
      },
      {numRuns: 250, suite: SUITE},
    );
  });
});

const timing = fc.oneof(
  fc.record({
    begin: fc.oneof(
      fc.constantFrom('2026-10-10T12:00:00.000Z', '2026-10-10T14:00:00+02:00'),
      jsonish,
    ),
    end: fc.oneof(fc.constant('2026-10-10T13:00:00.000Z'), jsonish),
  }),
  jsonish,
);

const oaEvent = fc.record(
  {
    uid: fc.oneof(fc.integer({min: 1, max: 30}), jsonish),
    title: fc.oneof(
      fc.record({fr: fc.oneof(fc.constant('Atelier'), hostileString)}),
      jsonish,
    ),
    timings: fc.oneof(fc.array(timing, {maxLength: 4}), jsonish),
    location: fc.oneof(
      fc.record(
        {
          city: fc.oneof(fc.constantFrom('Grenoble', 'Lyon'), jsonish),
          postalCode: fc.oneof(fc.constantFrom('38000', '69001'), jsonish),
          insee: fc.oneof(fc.constantFrom('38185', '69381'), jsonish),
          name: jsonish,
        },
        {requiredKeys: []},
      ),
      jsonish,
    ),
    age: fc.oneof(fc.record({min: jsonish}), jsonish),
    registration: jsonish,
    status: jsonish,
    description: jsonish,
  },
  {requiredKeys: []},
);

describe('OpenAgenda v2 export (JSON)', () => {
  test('events of random shape: given = accepted + rejected', () => {
    runProperty(
      fc.array(fc.oneof(oaEvent, jsonish), {maxLength: 20}),
      events => {
        checkOutcome(() =>
          parseImportFile('oa.json', JSON.stringify({events}), ctx),
        );
        return checkOutcome(() => parseOpenAgenda(events, ctx), events.length);
      },
      {numRuns: 250, suite: SUITE},
    );
  });
});

const odsRecord = fc.record(
  {
    uid: fc.oneof(fc.integer({min: 1, max: 30}).map(String), jsonish),
    title_fr: fc.oneof(fc.constant('Atelier'), jsonish),
    timings: fc.oneof(
      fc.array(timing, {maxLength: 3}).map(t => JSON.stringify(t)),
      fc.array(timing, {maxLength: 3}),
      jsonish,
    ),
    firstdate_begin: fc.oneof(
      fc.constant('2026-10-10T14:00:00+02:00'),
      jsonish,
    ),
    firstdate_end: fc.oneof(fc.constant('2026-10-10T16:00:00+02:00'), jsonish),
    lastdate_begin: fc.oneof(fc.constant('2026-10-10T14:00:00+02:00'), jsonish),
    lastdate_end: fc.oneof(fc.constant('2026-10-10T16:00:00+02:00'), jsonish),
    location_city: fc.oneof(
      fc.constantFrom('Grenoble', 'Vienne', 'Lyon'),
      jsonish,
    ),
    location_postalcode: fc.oneof(fc.constantFrom('38000', '69001'), jsonish),
    location_insee: fc.oneof(fc.constantFrom('38185', '69381'), jsonish),
    location_department: fc.oneof(
      fc.constantFrom('Isère', 'Vienne', '38'),
      jsonish,
    ),
    status: fc.oneof(fc.constantFrom(1, 6, '{"id": 6}', 'Annulé'), jsonish),
    attendancemode: fc.oneof(fc.constantFrom(1, 2, '{"id": 2}'), jsonish),
    age_min: jsonish,
    registration: jsonish,
  },
  {requiredKeys: []},
);

describe('OpenDataSoft "evenements-publics-openagenda" (JSON and CSV)', () => {
  test('records of random shape, in results, as a list or as CSV: given = accepted + rejected', () => {
    runProperty(
      fc.array(odsRecord, {minLength: 1, maxLength: 15}),
      records => {
        // Only records that look like the dataset: an empty object is just JSON.
        const list = records.map(r => ({...r, title_fr: r.title_fr ?? 'x'}));
        checkOutcome(() =>
          parseImportFile(
            'ods.json',
            JSON.stringify({total_count: list.length, results: list}),
            ctx,
          ),
        );
        const cols = [
          'uid',
          'title_fr',
          'timings',
          'firstdate_begin',
          'lastdate_begin',
          'location_city',
          'location_postalcode',
          'location_insee',
          'status',
        ];
        const cell = (v: unknown) =>
          `"${(typeof v === 'string' ? v : (JSON.stringify(v) ?? '')).replace(/"/g, '""')}"`;
        const csv = [
          cols.join(';'),
          ...list.map(r =>
            cols.map(c => cell((r as Record<string, unknown>)[c])).join(';'),
          ),
        ].join('\r\n');
        return checkOutcome(() => parseImportFile('ods.csv', csv, ctx));
      },
      {numRuns: 200, suite: SUITE},
    );
  });
});

describe('any file at all', () => {
  test('random JSON values and random text, under any file name', () => {
    // Files of the three formats, randomly filled, beside random JSON and text.
    const wellFormed = fc.oneof(
      csvTable.map(({headers, rows, delimiter}) =>
        [headers, ...rows].map(r => r.map(quote).join(delimiter)).join('\n'),
      ),
      fc
        .array(fdsRecord, {maxLength: 10})
        .map(records => JSON.stringify(records)),
      fc
        .array(oaEvent, {maxLength: 10})
        .map(events => JSON.stringify({events})),
    );
    runProperty(
      fc.tuple(
        fc.oneof(
          {weight: 5, arbitrary: wellFormed},
          {weight: 1, arbitrary: jsonish.map(v => JSON.stringify(v) ?? 'null')},
          {weight: 1, arbitrary: hostileString},
        ),
        fc.constantFrom('x.json', 'x.csv', 'x.txt', ''),
      ),
      ([content, fileName]) =>
        checkOutcome(() => parseImportFile(fileName, content, ctx)),
      {numRuns: 300, suite: SUITE},
    );
  });

  test('truncated JSON says where it stops, in French', () => {
    const text = JSON.stringify({events: [{uid: 1, title: {fr: 'A'}}]});
    runProperty(
      fc.integer({min: 1, max: text.length - 1}),
      cut => {
        let message = '';
        try {
          parseImportFile('oa.json', text.slice(0, cut), ctx);
        } catch (e) {
          message = (e as Error).message;
        }
        // Refused, in French, as a JSON file cut short.
        expect(message).toMatch(/JSON/);
        return checkOutcome(() =>
          parseImportFile('oa.json', text.slice(0, cut), ctx),
        );
      },
      {numRuns: Math.min(100, text.length - 1), suite: SUITE, refusals: true},
    );
  });
});
