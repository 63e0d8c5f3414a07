/**
 * Reading and writing whole tables in one service call each. A table is a tab
 * whose first row holds the headers. Columns are found by header name (in
 * French or English, case and accents ignored), never by position, so that a
 * column the user moved or added never breaks the add-on.
 */
import {CellValue, toCells} from './sanitize';
import {AddonError} from './errors';
import {widthOf} from '../shared/arrays';

export interface Table {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  headers: string[];
  /** Data rows (header excluded), as Sheets returns them. */
  rows: unknown[][];
}

/** Reads a whole tab in one getValues call. */
export function readTable(sheet: GoogleAppsScript.Spreadsheet.Sheet): Table {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow === 0 || lastCol === 0) return {sheet, headers: [], rows: []};
  const values = sheet.getRange(1, 1, lastRow, lastCol).getValues();
  const headers = values[0].map(h => String(h).trim());
  return {sheet, headers, rows: values.slice(1)};
}

/** Lower case, no accents, no punctuation: how headers and names are compared. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Index of the first header matching one of the names (any language), or -1.
 */
export function findColumn(
  headers: readonly string[],
  names: readonly string[],
): number {
  const wanted = new Set(names.map(normalizeKey));
  return headers.findIndex(h => wanted.has(normalizeKey(h)));
}

/**
 * Which sheet columns (1-based) are plain text "@" (times kept as typed,
 * INSEE codes): writeRows formats them so before writing, and writes their
 * strings without the apostrophe (see toPlainText).
 */
export type PlainColumns = (column: number) => boolean;

/**
 * Writes a block of rows starting at `startRow` (1-based) and `startColumn`
 * in one setValues call. Every string is written so that it reads back
 * exactly as given (toSheetText: never typed, never a formula).
 */
export function writeRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  startRow: number,
  rows: readonly (readonly unknown[])[],
  startColumn = 1,
  plain?: PlainColumns,
): void {
  if (rows.length === 0) return;
  const width = widthOf(rows);
  const inBlock = plain && ((j: number) => plain(startColumn + j));
  const block: CellValue[][] = toCells(rows, inBlock).map(r => {
    while (r.length < width) r.push('');
    return r;
  });
  if (inBlock) {
    // One call per run of adjacent plain-text columns, before the values land.
    let j = 0;
    while (j < width) {
      if (!inBlock(j)) {
        j++;
        continue;
      }
      let end = j + 1;
      while (end < width && inBlock(end)) end++;
      sheet
        .getRange(startRow, startColumn + j, block.length, end - j)
        .setNumberFormat('@');
      j = end;
    }
  }
  sheet.getRange(startRow, startColumn, block.length, width).setValues(block);
}

/** Google's refusal when a workbook would pass 10 million cells. */
const CELL_LIMIT = /limit of 10,?000,?000 cells/i;

/**
 * Adds `count` rows (or columns) after `after`, turning Google's English
 * refusal at the 10-million-cell limit into the catalogue's message. Called
 * before any data is written, so nothing is left half-written.
 */
export function growGrid(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  dimension: 'rows' | 'columns',
  after: number,
  count: number,
): void {
  try {
    if (dimension === 'rows') sheet.insertRowsAfter(after, count);
    else sheet.insertColumnsAfter(after, count);
  } catch (e) {
    const message = String((e as {message?: unknown} | null)?.message ?? e);
    if (CELL_LIMIT.test(message)) {
      throw new AddonError('error.cellLimit', {tab: sheet.getName()});
    }
    throw e;
  }
}

/**
 * Grows the sheet's grid so that it holds `rows` × `columns` (Sheets refuses a
 * range outside the grid; a new tab has 1,000 rows and 26 columns). Two calls
 * to read the size, one more per dimension that must grow.
 */
export function ensureGridSize(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: number,
  columns: number,
): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) growGrid(sheet, 'rows', maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) {
    growGrid(sheet, 'columns', maxColumns, columns - maxColumns);
  }
}

/**
 * Appends rows after the last row of the tab in one write, first growing the
 * grid when the rows would pass its end.
 */
export function appendRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: readonly (readonly unknown[])[],
  plain?: PlainColumns,
): void {
  if (rows.length === 0) return;
  const start = sheet.getLastRow() + 1;
  const width = widthOf(rows);
  ensureGridSize(sheet, start + rows.length - 1, width);
  writeRows(sheet, start, rows, 1, plain);
}
