/**
 * The weekly summary's Google-facing reads and writes: the tracker's tabs (a
 * missing tab is a failure here, not an empty list), the response sheets, the
 * Synthèses tab.
 */
import {bookingFormKeys} from '../bookings/read';
import {allLanguages, MessageKey, t} from '../i18n';
import {AddonError} from '../gas/errors';
import {isResponseSheet, responseFormUrl, urlDesignates} from '../gas/forms';
import {normalizeKey, writeRows} from '../gas/table';
import type {TrackerData} from '../model/tracker';
import {parseTracker, TrackerTables} from '../tracker/read';
import {tabDef, TabId} from '../tracker/schema';
import {matchTabNames} from '../tracker/tabs';
import type {ResponseSheetValues} from './responses';
import type {SummaryCounts} from './summary';

/** The tabs the summary reads: without one of them it cannot say anything true. */
const REQUIRED_TABS: readonly TabId[] = [
  'event',
  'programme',
  'logistics',
  'partners',
  'budget',
];

/** The tracker's tabs by id (one getSheets, one getName per tab). */
export function trackerTabs(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Map<TabId, GoogleAppsScript.Spreadsheet.Sheet> {
  const sheets = ss.getSheets();
  const matched = matchTabNames(sheets.map(s => s.getName()));
  const out = new Map<TabId, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const [id, index] of matched) out.set(id, sheets[index]);
  return out;
}

/**
 * The tracker's data, one getValues per tab; throws a clear error naming the
 * tab when one the summary needs is missing (renamed or deleted).
 */
export function readTrackerStrict(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): TrackerData {
  const found = trackerTabs(ss);
  for (const id of REQUIRED_TABS) {
    if (!found.has(id)) {
      throw new AddonError('weekly.error.missingTab', {
        tab: t(tabDef(id).name),
      });
    }
  }
  const tables: TrackerTables = {};
  for (const [id, sheet] of found) {
    const lastRow = sheet.getLastRow();
    const lastCol = sheet.getLastColumn();
    if (lastRow === 0 || lastCol === 0) {
      tables[id] = {headers: [], rows: []};
      continue;
    }
    const values = sheet.getRange(1, 1, lastRow, lastCol).getValues();
    tables[id] = {
      headers: values[0].map(h => String(h).trim()),
      rows: values.slice(1),
    };
  }
  return parseTracker(tables, {
    spreadsheetId: ss.getId(),
    spreadsheetUrl: ss.getUrl(),
  });
}

/** Every response sheet linked to a form (found by getFormUrl), whole. */
export function readResponseSheets(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): ResponseSheetValues[] {
  const out: ResponseSheetValues[] = [];
  // The booking form's responses are not answers to a questionnaire.
  const booking = bookingFormKeys();
  for (const sheet of ss.getSheets()) {
    if (!isResponseSheet(sheet)) continue;
    if (booking && urlDesignates(responseFormUrl(sheet), booking)) continue;
    const lastRow = sheet.getLastRow();
    const lastCol = sheet.getLastColumn();
    const values =
      lastRow === 0 || lastCol === 0
        ? []
        : sheet.getRange(1, 1, lastRow, lastCol).getValues();
    out.push({name: sheet.getName(), values});
  }
  return out;
}

const COLUMNS: readonly MessageKey[] = [
  'weekly.col.date',
  'weekly.col.sessions',
  'weekly.col.full',
  'weekly.col.nearlyEmpty',
  'weekly.col.overdue',
  'weekly.col.dueSoon',
  'weekly.col.blocked',
  'weekly.col.responses',
  'weekly.col.satisfaction',
  'weekly.col.nps',
  'weekly.col.overBudget',
  'weekly.col.gaps',
  'weekly.col.sentTo',
  'weekly.col.status',
];
/** 1-based column of the status. */
export const STATUS_COLUMN = COLUMNS.length;

/** One Synthèses row (pure). */
export function historyRow(
  at: Date,
  counts: SummaryCounts,
  sentTo: readonly string[],
  status: string,
): unknown[] {
  return [
    at,
    counts.sessions,
    counts.full,
    counts.nearlyEmpty,
    counts.overdue,
    counts.dueSoon,
    counts.blocked,
    counts.newResponses,
    counts.satisfaction ?? '',
    counts.nps ?? '',
    counts.overBudget,
    counts.gaps,
    sentTo.join(', '),
    status,
  ];
}

/** The Synthèses tab (French or English name), created with its headers if missing. */
export function historySheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet {
  const wanted = new Set(allLanguages('weekly.sheet.name').map(normalizeKey));
  const found = ss.getSheets().find(s => wanted.has(normalizeKey(s.getName())));
  if (found) return found;
  const sheet = ss.insertSheet(t('weekly.sheet.name'));
  writeRows(sheet, 1, [COLUMNS.map(k => t(k))]);
  sheet.setFrozenRows(1);
  return sheet;
}

/** Appends one row; returns its 1-based number. */
export function appendHistory(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: readonly unknown[],
): number {
  const at = sheet.getLastRow() + 1;
  writeRows(sheet, at, [row]);
  return at;
}

/** Rewrites the status of an earlier row (one cell). */
export function setHistoryStatus(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  status: string,
): void {
  writeRows(sheet, row, [[status]], STATUS_COLUMN);
}
