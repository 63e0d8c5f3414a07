/**
 * Finding the tracker's tabs in a spreadsheet by name, in French or English
 * (case and accents ignored): a tracker built in one language is still found
 * after the user switched the add-on to the other.
 */
import {allLanguages} from '../i18n';
import {normalizeKey, findColumn, growGrid} from '../gas/table';
import {TABS, TabId, ColumnDef} from './schema';

/** Which tab each sheet name is, from the names alone (pure). */
export function matchTabNames(names: readonly string[]): Map<TabId, number> {
  const found = new Map<TabId, number>();
  const keys = names.map(normalizeKey);
  for (const tab of TABS) {
    const wanted = new Set(allLanguages(tab.name).map(normalizeKey));
    const index = keys.findIndex(k => wanted.has(k));
    if (index >= 0) found.set(tab.id, index);
  }
  return found;
}

/**
 * A tab of the tracker with what the add-on already knows of it (its name,
 * and its grid size once asked), so that no run asks Sheets twice.
 */
export class TabHandle {
  private rows: number;
  private columns: number;
  /** `size`: the grid's size when known (a tab just inserted is 1,000 × 26). */
  constructor(
    readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    readonly name: string,
    size?: {rows: number; columns: number},
  ) {
    this.rows = size?.rows ?? -1;
    this.columns = size?.columns ?? -1;
  }

  /** Rows of the grid (one getMaxRows per run). */
  maxRows(): number {
    if (this.rows < 0) this.rows = this.sheet.getMaxRows();
    return this.rows;
  }

  /** Makes the grid at least rows × columns (growing at the end only); true when rows were added. */
  ensure(rows: number, columns: number): boolean {
    let grew = false;
    const maxRows = this.maxRows();
    if (maxRows < rows) {
      growGrid(this.sheet, 'rows', maxRows, rows - maxRows);
      this.rows = rows;
      grew = true;
    }
    if (this.columns < 0) this.columns = this.sheet.getMaxColumns();
    if (this.columns < columns) {
      growGrid(this.sheet, 'columns', this.columns, columns - this.columns);
      this.columns = columns;
    }
    return grew;
  }
}

/** The tracker's tabs present in the spreadsheet (one getSheets + one getName per tab). */
export function locateTabs(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheets: GoogleAppsScript.Spreadsheet.Sheet[] = ss.getSheets(),
): Map<TabId, TabHandle> {
  const names = sheets.map(s => s.getName());
  const matched = matchTabNames(names);
  const result = new Map<TabId, TabHandle>();
  for (const [id, index] of matched) {
    result.set(id, new TabHandle(sheets[index], names[index]));
  }
  return result;
}

/** Index of a schema column among the headers (French or English), or -1. */
export function columnIndex(
  headers: readonly string[],
  col: ColumnDef,
): number {
  return findColumn(headers, allLanguages(col.header));
}
