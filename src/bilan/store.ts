/**
 * Keeping the last bilan for the documents and the weekly summary: the
 * BilanResult (aggregates and masked texts only: personal columns are never
 * in it) as JSON in a hidden tab, cut into cells of 40,000 characters.
 * A hidden tab has no 9 KB / 500 KB properties quota and travels with the
 * spreadsheet when it is copied.
 *
 * Each cell starts with "J:" so that Sheets never reads a piece of JSON as a
 * number, a date or a formula; the column is also formatted as plain text.
 */
import type {BilanResult} from '../model/bilan';

/** Name of the hidden tab (technical: never shown to staff). */
export const STORE_SHEET = 'tds_bilan_data';
const CHUNK = 40000;
const PREFIX = 'J:';
/** Anomalies kept in the stored copy (their counts by reason are all kept). */
export const MAX_STORED_ANOMALIES = 500;

/** The cells (one column) holding a bilan. */
export function encodeBilan(result: BilanResult): string[][] {
  const stored: BilanResult = {
    ...result,
    anomalies: result.anomalies.slice(0, MAX_STORED_ANOMALIES),
  };
  const json = JSON.stringify(stored);
  const cells: string[][] = [];
  for (let i = 0; i < json.length; i += CHUNK) {
    cells.push([PREFIX + json.slice(i, i + CHUNK)]);
  }
  return cells;
}

/** The bilan back from the cells, or null when they hold none (or a damaged one). */
export function decodeBilan(
  values: readonly (readonly unknown[])[],
): BilanResult | null {
  let json = '';
  for (const row of values) {
    const v = row[0];
    if (typeof v !== 'string' || !v.startsWith(PREFIX)) break;
    json += v.slice(PREFIX.length);
  }
  if (json === '') return null;
  try {
    const parsed = JSON.parse(json) as BilanResult;
    return parsed && Array.isArray(parsed.questions) ? parsed : null;
  } catch {
    return null;
  }
}

/** Writes the bilan into the hidden tab (one setValues). Call under the document lock. */
export function saveBilan(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  result: BilanResult,
): void {
  const cells = encodeBilan(result);
  let sheet = ss.getSheetByName(STORE_SHEET);
  if (!sheet) {
    sheet = ss.insertSheet(STORE_SHEET);
    sheet.hideSheet();
  } else {
    sheet.clearContents();
  }
  const range = sheet.getRange(1, 1, cells.length, 1);
  range.setNumberFormat('@');
  // JSON pieces start with "J:": never a formula, so no neutralisation needed.
  range.setValues(cells);
}

/**
 * The last bilan generated in this spreadsheet, or null when none was.
 * One read of the hidden tab.
 * @param ss the tracker (or any spreadsheet where "Générer le bilan" ran)
 */
export function loadLastBilan(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): BilanResult | null {
  const sheet = ss.getSheetByName(STORE_SHEET);
  if (!sheet) return null;
  const last = sheet.getLastRow();
  if (last < 1) return null;
  return decodeBilan(sheet.getRange(1, 1, last, 1).getValues());
}
