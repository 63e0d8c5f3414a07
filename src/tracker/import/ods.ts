/**
 * The OpenDataSoft dataset "evenements-publics-openagenda", the common
 * open-data copy of OpenAgenda events: flattened fields (`title_fr`,
 * `firstdate_begin`, `timings` as JSON text, `location_city`,
 * `location_postalcode`, `location_insee`, `location_department`…), exported
 * as {total_count, results: [...]}, as a plain list (records possibly wrapped
 * as {fields: {...}} by the v1 API) or as CSV with ";". Each record is put
 * back into OpenAgenda's shape and read by the OpenAgenda reader, so both
 * sources of one event give the same rows and source ids.
 */
import {AddonError} from '../../gas/errors';
import {detectDelimiter, parseCsvRecords} from '../../shared/csv';
import {fdsFields} from './fds';
import {FieldNames, readOpenAgendaEvents} from './openagenda';
import type {ImportContext, ImportResult} from './types';

type Json = Record<string, unknown>;

const NAMES: FieldNames = {
  uid: 'uid',
  title: 'title_fr',
  timings: 'timings',
  firstTiming: 'firstdate_begin',
  ageMin: 'age_min',
  place: 'location_city',
};

/** Fields only this dataset has: how a record, or a CSV header, is recognised. */
const MARKERS = [
  'title_fr',
  'firstdate_begin',
  'lastdate_end',
  'location_postalcode',
  'location_insee',
  'location_city',
  'longdescription_fr',
];

export function looksLikeOds(records: readonly unknown[]): boolean {
  return records.some(r => {
    const f = fdsFields(r);
    return MARKERS.some(m => m in f);
  });
}

/** True when a CSV header names the dataset's fields. */
export function isOdsHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(c => c.trim().toLowerCase()));
  return MARKERS.filter(m => names.has(m)).length >= 2;
}

/** A flattened text: `<base>_fr` first, then `<base>` itself, then any `<base>_xx`. */
function flatText(f: Json, base: string): Json | unknown {
  const langs: Json = {};
  for (const [key, value] of Object.entries(f)) {
    const m = new RegExp(`^${base}_([a-z]{2})$`).exec(key);
    if (m) langs[m[1]] = value;
  }
  return Object.keys(langs).length > 0 ? langs : f[base];
}

/** The `timings` field: a list, or the list as JSON text (CSV and v2.1 exports). */
function timingsOf(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // Not JSON: shown as it is in the rejection below.
  }
  return [{begin: value.slice(0, 80), end: ''}];
}

function timing(begin: unknown, end: unknown): Json | undefined {
  return begin === undefined && end === undefined ? undefined : {begin, end};
}

/** One dataset record in OpenAgenda's shape. */
export function odsToEvent(record: unknown): Json {
  const f = fdsFields(record);
  return {
    uid: f.uid,
    slug: f.slug,
    title: flatText(f, 'title'),
    description: flatText(f, 'description'),
    longDescription: flatText(f, 'longdescription'),
    timings: timingsOf(f.timings),
    firstTiming: timing(f.firstdate_begin, f.firstdate_end),
    lastTiming: timing(f.lastdate_begin, f.lastdate_end),
    location: {
      name: f.location_name,
      address: f.location_address,
      postalCode: f.location_postalcode,
      city: f.location_city,
      insee: f.location_insee,
      department: f.location_department,
    },
    age: {min: f.age_min},
    registration: f.registration,
    status: f.status,
    attendanceMode: f.attendancemode,
    originAgenda: {title: f.originagenda_title},
  };
}

export function parseOdsRecords(
  records: readonly unknown[],
  ctx: ImportContext,
): ImportResult {
  return readOpenAgendaEvents(
    records.map(odsToEvent),
    ctx,
    'ods-openagenda',
    NAMES,
  );
}

/** The dataset's CSV export (";" by default, "," accepted): one record a line. */
export function parseOdsCsv(text: string, ctx: ImportContext): ImportResult {
  const records = parseCsvRecords(text, detectDelimiter(text));
  if (records.length < 2) throw new AddonError('tracker.import.error.empty');
  const header = records[0].cells.map(h => h.trim().toLowerCase());
  const rows = records.slice(1);
  const objects = rows.map(r => {
    const o: Json = {};
    header.forEach((h, i) => {
      if (h && r.cells[i] !== undefined && r.cells[i].trim() !== '') {
        o[h] = r.cells[i];
      }
    });
    return o;
  });
  const result = readOpenAgendaEvents(
    objects.map(odsToEvent),
    ctx,
    'ods-openagenda',
    NAMES,
    i => rows[i].line,
  );
  return {...result, numbering: 'line'};
}
