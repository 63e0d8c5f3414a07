/**
 * A CSV of the Programme: headers in any order, in French or English (as the
 * tracker writes them), comma or semicolon separated, UTF-8 with or without
 * BOM. One data line is one session. A "Code postal" column, when present,
 * helps resolve the commune.
 */
import {allLanguages} from '../../i18n';
import {detectDelimiter, parseCsvRecords} from '../../shared/csv';
import {findColumn, normalizeKey} from '../../gas/table';
import {AddonError} from '../../gas/errors';
import {parseDay, parseTime} from '../cells';
import {communeKey} from '../communes';
import {tabDef, SESSION_STATUSES, ColumnDef} from '../schema';
import {
  mapAnimationKind,
  mapPublic,
  optionalNumber,
  plain,
  rejectionOf,
  toSessions,
} from './common';
import {
  ImportContext,
  ImportResult,
  ImportedSession,
  RecordError,
  Rejection,
} from './types';
import {appendAll} from '../../shared/arrays';

export {detectDelimiter, parseCsvRecords} from '../../shared/csv';
export type {CsvRecord} from '../../shared/csv';

const REQUIRED = ['title', 'date', 'commune'];
const POSTAL_HEADERS = ['Code postal', 'Postal code', 'CP', 'code_postal'];

export function parseProgrammeCsv(
  content: string,
  ctx: ImportContext,
): ImportResult {
  // One line-break convention, also inside quoted cells (Sheets uses \n).
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records = parseCsvRecords(text, detectDelimiter(text));
  if (records.length === 0) throw new AddonError('tracker.import.error.empty');
  const headers = records[0].cells.map(h => h.trim());
  const def = tabDef('programme');
  const at = new Map<string, number>();
  for (const col of def.columns) {
    at.set(col.id, findColumn(headers, allLanguages(col.header)));
  }
  const missing = def.columns.filter(
    c => REQUIRED.includes(c.id) && (at.get(c.id) ?? -1) < 0,
  );
  if (missing.length > 0) {
    throw new AddonError('tracker.import.error.csvColumns', {
      columns: missing.map(c => `« ${allLanguages(c.header)[0]} »`).join(', '),
    });
  }
  const postalAt = findColumn(headers, POSTAL_HEADERS);
  const label = (col: ColumnDef) => headers[at.get(col.id) ?? -1] ?? col.id;
  const named = new Map(def.columns.map(c => [c.id, c]));
  const header = (id: string) => label(named.get(id)!);

  const rows: ImportedSession[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, number>();
  let accepted = 0;
  for (const rec of records.slice(1)) {
    try {
      const get = (id: string) => {
        const i = at.get(id) ?? -1;
        return i < 0 ? '' : (rec.cells[i] ?? '').trim();
      };
      const title = get('title');
      if (!title)
        throw new RecordError(header('title'), 'tracker.import.reason.missing');
      const dateText = get('date');
      if (!dateText) {
        throw new RecordError(header('date'), 'tracker.import.reason.missing');
      }
      const date = parseDay(dateText);
      if (!date) {
        throw new RecordError(header('date'), 'tracker.import.reason.badDate', {
          value: dateText,
        });
      }
      const times: Record<string, string> = {};
      for (const id of ['start', 'end']) {
        const raw = get(id);
        const parsed = raw === '' ? '' : parseTime(raw);
        if (parsed === null) {
          throw new RecordError(header(id), 'tracker.import.reason.badTime', {
            value: raw,
          });
        }
        times[id] = parsed;
      }
      const num = (id: string) => optionalNumber(get(id), header(id));
      const statusText = get('status');
      const status = SESSION_STATUSES.find(
        s => normalizeKey(s) === normalizeKey(statusText),
      );
      if (statusText && !status) {
        throw new RecordError(
          header('status'),
          'tracker.import.reason.badChoice',
          {
            value: statusText,
            choices: SESSION_STATUSES.join(', '),
          },
        );
      }
      const typedId = get('id');
      const postal = postalAt < 0 ? '' : (rec.cells[postalAt] ?? '').trim();
      const sourceKey = typedId
        ? `csv:${typedId}`
        : `csv:${communeKey(title)}|${dateText}|${times.start}|${communeKey(get('commune'))}`;
      const first = seen.get(sourceKey);
      if (first !== undefined) {
        throw new RecordError(
          typedId ? header('id') : header('title'),
          typedId
            ? 'tracker.import.reason.duplicate'
            : 'tracker.import.reason.duplicateLine',
          {value: typedId || title, first},
        );
      }
      seen.set(sourceKey, rec.line);
      const structure = get('structure');
      appendAll(
        rows,
        toSessions(
          {
            line: rec.line,
            sourceKey,
            id: typedId,
            title,
            animationKind: mapAnimationKind(get('animationKind')),
            slots: [{date, start: times.start, end: times.end}],
            venue: get('venue'),
            address: get('address'),
            postalCode: postal,
            communeName: get('commune'),
            insee: get('insee'),
            structure,
            partners: [],
            speakers: get('speakers'),
            public: mapPublic(get('public')) || get('public'),
            minAge: num('minAge'),
            capacity: num('capacity'),
            registered: num('registered'),
            attended: num('attended'),
            questionnaireLink: get('questionnaireLink'),
            registrationLink: get('registrationLink'),
            description: plain(get('description')),
            status: status ?? '',
            notes: get('notes'),
            slotSuffix: false,
            communeField: header('commune'),
          },
          ctx,
        ),
      );
      accepted++;
    } catch (e) {
      rejected.push(rejectionOf(e, rec.line));
    }
  }
  return {
    format: 'csv',
    given: records.length - 1,
    accepted,
    rows,
    rejected,
    numbering: 'line',
  };
}
