/**
 * The onEdit simple trigger: when someone changes the status of a task
 * (Logistique) or a session (Programme), the row's "Mis à jour le / par"
 * cells get the time and the editor. It must stay cheap (it runs on every
 * edit of the spreadsheet): it looks only at the edited range and the header
 * row, and writes at most two small ranges.
 */
import {allLanguages, t} from '../i18n';
import {findColumn, writeRows} from '../gas/table';
import {matchTabNames} from './tabs';
import {columnDef, TabId} from './schema';

export interface StampPlan {
  /** First and last sheet rows to stamp. */
  fromRow: number;
  toRow: number;
  updatedOnColumn: number;
  updatedByColumn: number;
}

/**
 * Which rows to stamp for an edit of rows×columns at (row, column) on a tab
 * with these headers (pure): none when the edit misses the status column or
 * touches only the header row.
 */
export function planStamp(
  tab: TabId,
  headers: readonly string[],
  edit: {row: number; column: number; numRows: number; numColumns: number},
): StampPlan | null {
  const find = (id: string) =>
    findColumn(headers, allLanguages(columnDef(tab, id).header)) + 1;
  const status = find('status');
  const updatedOn = find('updatedOn');
  const updatedBy = find('updatedBy');
  if (status < 1 || updatedOn < 1 || updatedBy < 1) return null;
  if (status < edit.column || status > edit.column + edit.numColumns - 1) {
    return null;
  }
  const fromRow = Math.max(2, edit.row);
  const toRow = edit.row + edit.numRows - 1;
  if (toRow < fromRow) return null;
  return {
    fromRow,
    toRow,
    updatedOnColumn: updatedOn,
    updatedByColumn: updatedBy,
  };
}

/** Handles the edit event; never throws (a simple trigger's error only shows in the logs). */
export function stampOnEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e?.range;
  if (!range) return;
  // A single cell whose value did not change (e.g. re-typed): nothing to stamp.
  if (
    e.oldValue !== undefined &&
    e.value !== undefined &&
    String(e.oldValue) === String(e.value)
  ) {
    return;
  }
  const sheet = range.getSheet();
  const match = matchTabNames([sheet.getName()]);
  const tab: TabId | undefined = match.has('logistics')
    ? 'logistics'
    : match.has('programme')
      ? 'programme'
      : undefined;
  if (!tab) return;
  const lastColumn = sheet.getLastColumn();
  if (lastColumn < 1) return;
  const headers = sheet
    .getRange(1, 1, 1, lastColumn)
    .getValues()[0]
    .map(h => String(h).trim());
  const plan = planStamp(tab, headers, {
    row: range.getRow(),
    column: range.getColumn(),
    numRows: range.getNumRows(),
    numColumns: range.getNumColumns(),
  });
  if (!plan) return;
  let who = '';
  try {
    who = Session.getActiveUser().getEmail();
  } catch {
    // A simple trigger may not know who edited (another domain, consumer accounts).
  }
  const user = who || t('tracker.unknownUser');
  const now = new Date();
  const n = plan.toRow - plan.fromRow + 1;
  const column = (value: unknown) => Array.from({length: n}, () => [value]);
  if (plan.updatedByColumn === plan.updatedOnColumn + 1) {
    writeRows(
      sheet,
      plan.fromRow,
      Array.from({length: n}, () => [now, user]),
      plan.updatedOnColumn,
    );
  } else {
    writeRows(sheet, plan.fromRow, column(now), plan.updatedOnColumn);
    writeRows(sheet, plan.fromRow, column(user), plan.updatedByColumn);
  }
}
