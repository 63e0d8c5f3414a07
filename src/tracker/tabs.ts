/**
 * Finding the tracker's tabs in a spreadsheet by name, in French or English
 * (case and accents ignored): a tracker built in one language is still found
 * after the user switched the add-on to the other.
 */
import {allLanguages} from '../i18n';
import {normalizeKey, findColumn} from '../gas/table';
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

/** The tracker's tabs present in the spreadsheet (one getSheets + one getName per tab). */
export function locateTabs(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Map<TabId, GoogleAppsScript.Spreadsheet.Sheet> {
  const sheets = ss.getSheets();
  const matched = matchTabNames(sheets.map(s => s.getName()));
  const result = new Map<TabId, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const [id, index] of matched) result.set(id, sheets[index]);
  return result;
}

/** Index of a schema column among the headers (French or English), or -1. */
export function columnIndex(
  headers: readonly string[],
  col: ColumnDef,
): number {
  return findColumn(headers, allLanguages(col.header));
}
