/**
 * Recognises the chosen file's format and hands it to its parser: an
 * iCalendar file (BEGIN:VCALENDAR); JSON that holds FDS open-data records or
 * records of the OpenDataSoft "evenements-publics-openagenda" dataset (a
 * list, or {records: [...]}/{results: [...]} as the Opendatasoft APIs wrap
 * them), or OpenAgenda events ({events: [...]}, a list of events, several
 * pages in a list or one after the other); a CSV whose header names the
 * dataset's fields; else a CSV of the Programme.
 */
import {AddonError} from '../../gas/errors';
import {detectDelimiter} from '../../shared/csv';
import {parseProgrammeCsv} from './csv';
import {looksLikeFds, parseFdsRecords} from './fds';
import {parseIcs} from './ics';
import {isOdsHeader, looksLikeOds, parseOdsCsv, parseOdsRecords} from './ods';
import {looksLikeOpenAgenda, parseOpenAgenda} from './openagenda';
import type {ImportContext, ImportResult} from './types';

/**
 * Line and column of a JSON.parse error ("… at position 123" in V8). When
 * `text` is one document of a larger file, `start` is where it begins in
 * `whole`, and the place is given in the whole file.
 */
export function jsonErrorPlace(
  text: string,
  error: unknown,
  start = 0,
  whole = text,
): {line: number; column: number} | null {
  const message = error instanceof Error ? error.message : String(error);
  let pos: number | null = null;
  const byPos = /position (\d+)/.exec(message);
  if (byPos) pos = Number(byPos[1]);
  const byLine = /line (\d+) column (\d+)/.exec(message);
  if (byLine && start === 0) {
    return {line: Number(byLine[1]), column: Number(byLine[2])};
  }
  if (pos === null) {
    // "Unexpected end of JSON input": the text stops too early.
    if (/end of (JSON )?input/i.test(message)) pos = text.length;
    else return null;
  }
  const before = whole.slice(0, start + pos);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return {line, column};
}

/** One JSON document of a file and where it starts. */
interface JsonDocument {
  text: string;
  start: number;
}

/**
 * Several JSON documents one after the other (API pages saved into one file
 * with `>>`), the last one possibly cut short; null when the text is not a
 * sequence of at least two values separated by blanks or commas.
 */
export function splitJsonDocuments(text: string): JsonDocument[] | null {
  const docs: JsonDocument[] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      if (depth === 0) return null;
      inString = true;
    } else if (ch === '{' || ch === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth < 0) return null;
      if (depth === 0) docs.push({text: text.slice(start, i + 1), start});
    } else if (depth === 0 && !/\s|,/.test(ch)) {
      return null;
    }
  }
  if (depth > 0) docs.push({text: text.slice(start), start});
  return docs.length > 1 ? docs : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const docs = splitJsonDocuments(text);
    let fault: unknown = e;
    let at: JsonDocument = {text, start: 0};
    if (docs) {
      const values: unknown[] = [];
      for (const doc of docs) {
        try {
          values.push(JSON.parse(doc.text));
        } catch (inner) {
          [fault, at] = [inner, doc];
          break;
        }
      }
      if (values.length === docs.length) return values;
    }
    const place = jsonErrorPlace(at.text, fault, at.start, text);
    if (place) throw new AddonError('tracker.import.error.json', place);
    throw new AddonError('tracker.import.error.jsonNoPlace');
  }
}

function listIn(data: unknown, key: string): unknown[] | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const value = (data as Record<string, unknown>)[key];
  return Array.isArray(value) ? value : null;
}

/** The events of a list of OpenAgenda pages ({events: [...]} each), or null. */
function pagesEvents(list: readonly unknown[]): unknown[] | null {
  const pages = list.map(p => listIn(p, 'events'));
  if (list.length === 0 || pages.some(p => p === null)) return null;
  return pages.flatMap(p => p ?? []);
}

/** The records of a list of OpenDataSoft pages ({results: [...]} each), or null. */
function pagesRecords(list: readonly unknown[]): unknown[] | null {
  const pages = list.map(p => listIn(p, 'results') ?? listIn(p, 'records'));
  if (list.length === 0 || pages.some(p => p === null)) return null;
  return pages.flatMap(p => p ?? []);
}

function parseRecordList(
  records: readonly unknown[],
  ctx: ImportContext,
): ImportResult | null {
  if (records.length === 0) throw new AddonError('tracker.import.error.empty');
  if (looksLikeFds(records)) return parseFdsRecords(records, ctx);
  if (looksLikeOds(records)) return parseOdsRecords(records, ctx);
  if (looksLikeOpenAgenda(records)) return parseOpenAgenda(records, ctx);
  return null;
}

function parseJsonData(data: unknown, ctx: ImportContext): ImportResult {
  let found: ImportResult | null = null;
  if (Array.isArray(data)) {
    const events = pagesEvents(data);
    const records = events ? null : pagesRecords(data);
    if (events) {
      if (events.length === 0)
        throw new AddonError('tracker.import.error.empty');
      found = parseOpenAgenda(events, ctx);
    } else {
      found = parseRecordList(records ?? data, ctx);
    }
  } else {
    const events = listIn(data, 'events');
    const records = listIn(data, 'results') ?? listIn(data, 'records');
    if (events) {
      if (events.length === 0)
        throw new AddonError('tracker.import.error.empty');
      found = parseOpenAgenda(events, ctx);
    } else if (records) {
      found = parseRecordList(records, ctx);
    }
  }
  if (!found) throw new AddonError('tracker.import.error.format');
  return found;
}

/** True when the file's name says iCalendar. */
function looksIcs(fileName: string): boolean {
  return /\.(ics|ical|ifb|icalendar)$/i.test(fileName);
}

/** True when the first line of a CSV is the OpenDataSoft dataset's header. */
function looksOdsCsv(text: string): boolean {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return isOdsHeader(
    firstLine
      .split(detectDelimiter(firstLine))
      .map(h => h.replace(/^"|"$/g, '')),
  );
}

export function parseImportFile(
  fileName: string,
  content: string,
  ctx: ImportContext,
): ImportResult {
  const text = content.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed === '') throw new AddonError('tracker.import.error.empty');
  // The content first, then the name: a ".ics" that holds JSON is read as JSON.
  const jsonStart = trimmed[0] === '{' || trimmed[0] === '[';
  if (/^BEGIN:VCALENDAR/i.test(trimmed)) return parseIcs(text, ctx);
  if (jsonStart) return parseJsonData(parseJson(text), ctx);
  if (looksIcs(fileName)) return parseIcs(text, ctx);
  if (/\.json$/i.test(fileName)) return parseJsonData(parseJson(text), ctx);
  if (looksOdsCsv(trimmed)) return parseOdsCsv(text, ctx);
  return parseProgrammeCsv(text, ctx);
}
