/**
 * Recognises the chosen file's format and hands it to its parser: JSON that
 * holds FDS open-data records (a list, or {records: [...]}/{results: [...]}
 * as the Opendatasoft API wraps them) or OpenAgenda events ({events: [...]}),
 * else a CSV of the Programme.
 */
import {AddonError} from '../../gas/errors';
import {parseProgrammeCsv} from './csv';
import {looksLikeFds, parseFdsRecords} from './fds';
import {parseOpenAgenda} from './openagenda';
import type {ImportContext, ImportResult} from './types';

/** Line and column of a JSON.parse error ("… at position 123" in V8). */
export function jsonErrorPlace(
  text: string,
  error: unknown,
): {line: number; column: number} | null {
  const message = error instanceof Error ? error.message : String(error);
  let pos: number | null = null;
  const byPos = /position (\d+)/.exec(message);
  if (byPos) pos = Number(byPos[1]);
  const byLine = /line (\d+) column (\d+)/.exec(message);
  if (byLine) return {line: Number(byLine[1]), column: Number(byLine[2])};
  if (pos === null) {
    // "Unexpected end of JSON input": the text stops too early.
    if (/end of (JSON )?input/i.test(message)) pos = text.length;
    else return null;
  }
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return {line, column};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const place = jsonErrorPlace(text, e);
    if (place) throw new AddonError('tracker.import.error.json', place);
    throw new AddonError('tracker.import.error.jsonNoPlace');
  }
}

function listIn(data: Record<string, unknown>, key: string): unknown[] | null {
  const value = data[key];
  return Array.isArray(value) ? value : null;
}

export function parseImportFile(
  fileName: string,
  content: string,
  ctx: ImportContext,
): ImportResult {
  const text = content.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed === '') throw new AddonError('tracker.import.error.empty');
  const looksJson =
    /\.json$/i.test(fileName) || trimmed[0] === '{' || trimmed[0] === '[';
  if (!looksJson) return parseProgrammeCsv(text, ctx);
  const data = parseJson(text);
  if (Array.isArray(data)) {
    if (data.length === 0) throw new AddonError('tracker.import.error.empty');
    if (looksLikeFds(data)) return parseFdsRecords(data, ctx);
    if (data.some(e => e && typeof e === 'object' && 'timings' in e)) {
      return parseOpenAgenda(data, ctx);
    }
  } else if (data && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    const events = listIn(obj, 'events');
    if (events) return parseOpenAgenda(events, ctx);
    const records = listIn(obj, 'records') ?? listIn(obj, 'results');
    if (records && looksLikeFds(records)) return parseFdsRecords(records, ctx);
    if (records && records.length === 0) {
      throw new AddonError('tracker.import.error.empty');
    }
  }
  throw new AddonError('tracker.import.error.format');
}
