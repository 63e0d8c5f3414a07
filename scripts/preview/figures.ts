/**
 * Figures of report.json read back from what the add-on wrote (the emulator's
 * dump of the tracker), so the report says what the tracker really holds.
 * Columns are found by their header in French or English (the add-on's own
 * catalogues), never by position.
 */
import {FR} from '../../src/i18n/fr';
import {EN} from '../../src/i18n/en';

export type DumpCell = string | number | boolean | {date: string} | null;
export interface SheetLike {
  name: string;
  values: DumpCell[][];
  formUrl?: string | null;
}
export interface SpreadsheetLike {
  name: string;
  sheets: SheetLike[];
}

const norm = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

function names(key: string): string[] {
  return [
    (FR as Record<string, string>)[key],
    (EN as Record<string, string>)[key],
  ].filter((x): x is string => typeof x === 'string');
}

export function findSheet(
  ss: SpreadsheetLike,
  tabKey: string,
  fallback: string[] = [],
): SheetLike | null {
  const wanted = [...names(tabKey), ...fallback].map(norm);
  return ss.sheets.find(s => wanted.includes(norm(s.name))) ?? null;
}

/** Rows as objects keyed by the catalogue key of each recognised column. */
export function table(
  sheet: SheetLike | null,
  prefix: string,
  keys: string[],
): Record<string, DumpCell>[] {
  if (!sheet || sheet.values.length === 0) return [];
  const [header, ...rows] = sheet.values;
  const cols: Record<string, number> = {};
  for (const k of keys) {
    const wanted = names(`${prefix}.${k}`).map(norm);
    const i = header.findIndex(
      h => typeof h === 'string' && wanted.includes(norm(h)),
    );
    if (i >= 0) cols[k] = i;
  }
  return rows
    .filter(r => r.some(c => c !== '' && c !== null))
    .map(r =>
      Object.fromEntries(Object.entries(cols).map(([k, i]) => [k, r[i] ?? ''])),
    );
}

const text = (c: DumpCell | undefined): string =>
  c === null || c === undefined
    ? ''
    : typeof c === 'object'
      ? c.date
      : String(c).trim();

/** Local (Europe/Paris) YYYY-MM-DD of a dumped date cell, or of a typed date text. */
export function localDate(c: DumpCell | undefined): string | null {
  if (c === null || c === undefined || c === '') return null;
  if (typeof c === 'object') {
    const d = new Date(c.date);
    if (isNaN(d.getTime())) return null;
    return new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Paris'}).format(
      d,
    );
  }
  const s = String(c);
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return null;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const SESSION_KEYS = [
  'id',
  'sourceId',
  'title',
  'date',
  'commune',
  'insee',
  'structure',
  'status',
];

export function programme(ss: SpreadsheetLike): Record<string, DumpCell>[] {
  return table(
    findSheet(ss, 'tracker.tab.programme', ['Programme']),
    'tracker.col.session',
    SESSION_KEYS,
  );
}

export function trackerCounts(ss: SpreadsheetLike): {
  events: number;
  sessions: number;
  communes: number;
  structures: number;
} {
  const rows = programme(ss);
  // One event gives one row per timing: its source id is "fds:123#2" for the
  // second, "ics:<UID>#20261014T1800Z" for an occurrence of a series,
  // "ics:<UID>#20261010" (+n for the next days) for whole days.
  const events = new Set(
    rows.map(
      (r, i) =>
        text(r.sourceId).replace(/#(?:\d+|\d{8}T\d{4}Z?)(?:\+\d+)?$/, '') ||
        text(r.id) ||
        `#${i}`,
    ),
  );
  const communes = new Set(
    rows.map(r => text(r.insee)).filter(x => /^\d[\dAB]\d{3}$/.test(x)),
  );
  const structures = new Set(
    rows.map(r => text(r.structure).toLowerCase()).filter(x => x !== ''),
  );
  return {
    events: events.size,
    sessions: rows.length,
    communes: communes.size,
    structures: structures.size,
  };
}
