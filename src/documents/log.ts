/**
 * The *Documents* tab: one row per generated file (kind, date, name, link,
 * status, error) and one row per batch that tells where it stands. Rows are
 * written in one appendRows per run; a batch's own row is rewritten in place.
 * Every text goes through toCell (via writeRows), so a name starting with
 * "=" is never read as a formula.
 */
import {allLanguages, MessageKey, t} from '../i18n';
import {
  appendRows,
  ensureGridSize,
  findColumn,
  normalizeKey,
  readTable,
  writeRows,
} from '../gas/table';

export type LogStatus = 'running' | 'done' | 'failed';

export interface LogEntry {
  kind: string;
  at: Date;
  name: string;
  url: string;
  status: LogStatus;
  /** A status text other than the plain word (a batch's "en cours (40 sur 94)"). */
  statusText?: string;
  error?: string;
  batch?: string;
  key?: string;
}

const COLUMNS: MessageKey[] = [
  'documents.log.kind',
  'documents.log.date',
  'documents.log.name',
  'documents.log.link',
  'documents.log.status',
  'documents.log.error',
  'documents.log.batch',
  'documents.log.key',
];

const STATUS: Record<LogStatus, MessageKey> = {
  running: 'documents.status.running',
  done: 'documents.status.done',
  failed: 'documents.status.failed',
};

export function logHeaders(): string[] {
  return COLUMNS.map(k => t(k));
}

export function statusWord(status: LogStatus): string {
  return t(STATUS[status]);
}

/** The cells of an entry, in the order of logHeaders() (pure). */
export function logRow(e: LogEntry): unknown[] {
  return [
    e.kind,
    e.at,
    e.name,
    e.url,
    e.statusText ?? statusWord(e.status),
    e.error ?? '',
    e.batch ?? '',
    e.key ?? '',
  ];
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Documents tab (French or English name), or null. */
export function findLogSheet(ss: Spreadsheet): Sheet | null {
  const wanted = new Set(allLanguages('documents.sheet').map(normalizeKey));
  return (
    ss.getSheets().find(s => wanted.has(normalizeKey(s.getName()))) ?? null
  );
}

function createLogSheet(ss: Spreadsheet, rows: unknown[][]): Sheet {
  const sheet = ss.insertSheet(t('documents.sheet'));
  writeRows(sheet, 1, [logHeaders(), ...rows]);
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, COLUMNS.length).setFontWeight('bold');
  // The date column reads as a French date and time, whatever rows come later.
  sheet.getRange('B:B').setNumberFormat('dd/MM/yyyy HH:mm');
  return sheet;
}

/** Appends the entries in one write (creating the tab when missing). Call under the document lock. */
export function appendLog(ss: Spreadsheet, entries: readonly LogEntry[]): void {
  if (entries.length === 0) return;
  const rows = entries.map(logRow);
  const sheet = findLogSheet(ss);
  if (!sheet) {
    createLogSheet(ss, rows);
    return;
  }
  appendRows(sheet, rows);
}

/**
 * Writes a batch's own row (key '*'): rewritten where it is, or appended.
 * One read of the tab and one write.
 */
export function upsertBatchRow(ss: Spreadsheet, entry: LogEntry): void {
  const sheet = findLogSheet(ss);
  if (!sheet) {
    createLogSheet(ss, [logRow(entry)]);
    return;
  }
  const table = readTable(sheet);
  const batchCol = findColumn(
    table.headers,
    allLanguages('documents.log.batch'),
  );
  const keyCol = findColumn(table.headers, allLanguages('documents.log.key'));
  const index =
    batchCol < 0 || keyCol < 0
      ? -1
      : table.rows.findIndex(
          r =>
            String(r[batchCol]) === entry.batch &&
            String(r[keyCol]) === entry.key,
        );
  if (index < 0) {
    appendRows(sheet, [logRow(entry)]);
    return;
  }
  writeRows(sheet, index + 2, [logRow(entry)]);
}

/**
 * A batch run's log: its sheets' rows (skipping any key already logged for
 * this batch, so that a run cut just after writing never logs twice) and
 * the batch's own row, rewritten in place. One read, at most two writes.
 */
export function logBatchRun(
  ss: Spreadsheet,
  entries: readonly LogEntry[],
  batchEntry: LogEntry,
): void {
  const sheet = findLogSheet(ss);
  if (!sheet) {
    createLogSheet(ss, [logRow(batchEntry), ...entries.map(logRow)]);
    return;
  }
  const table = readTable(sheet);
  const batchCol = findColumn(
    table.headers,
    allLanguages('documents.log.batch'),
  );
  const keyCol = findColumn(table.headers, allLanguages('documents.log.key'));
  const logged = new Set(
    batchCol < 0 || keyCol < 0
      ? []
      : table.rows
          .filter(r => String(r[batchCol]) === batchEntry.batch)
          .map(r => String(r[keyCol])),
  );
  const fresh = entries.filter(e => !logged.has(e.key ?? ''));
  if (fresh.length) {
    const rows = fresh.map(logRow);
    ensureGridSize(sheet, table.rows.length + 1 + rows.length, rows[0].length);
    writeRows(sheet, table.rows.length + 2, rows);
  }
  const index =
    batchCol < 0 || keyCol < 0
      ? -1
      : table.rows.findIndex(
          r =>
            String(r[batchCol]) === batchEntry.batch &&
            String(r[keyCol]) === batchEntry.key,
        );
  if (index < 0) appendRows(sheet, [logRow(batchEntry)]);
  else writeRows(sheet, index + 2, [logRow(batchEntry)]);
}
