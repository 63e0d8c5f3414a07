/**
 * The *Journal* tab: what the add-on did on its own or failed to do (a purge,
 * a weekly run that broke). Any capability may call logJournal; it appends
 * all its entries in one write. Call it inside withDocumentLock when another
 * execution may write the journal at the same time.
 */
import {allLanguages, t} from '../i18n';
import {normalizeKey, appendRows, writeRows} from './table';

export type JournalLevel = 'info' | 'error';

export interface JournalEntry {
  at: Date;
  /** Which action wrote it, in words ("Purge des réponses"). */
  source: string;
  level: JournalLevel;
  /** The tab concerned, if any. */
  sheet?: string;
  /** How many rows it concerns, if any. */
  count?: number;
  message: string;
}

export function journalHeaders(): string[] {
  return [
    t('privacy.journal.col.date'),
    t('privacy.journal.col.source'),
    t('privacy.journal.col.level'),
    t('privacy.journal.col.sheet'),
    t('privacy.journal.col.count'),
    t('privacy.journal.col.message'),
  ];
}

/** The rows of the entries, in the column order of journalHeaders() (pure). */
export function journalRows(entries: readonly JournalEntry[]): unknown[][] {
  return entries.map(e => [
    e.at,
    e.source,
    t(e.level === 'error' ? 'privacy.journal.error' : 'privacy.journal.info'),
    e.sheet ?? '',
    e.count ?? '',
    e.message,
  ]);
}

/** The Journal tab (found by its French or English name), or null. */
export function findJournal(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const wanted = new Set(
    allLanguages('privacy.journal.sheet').map(normalizeKey),
  );
  return (
    ss.getSheets().find(s => wanted.has(normalizeKey(s.getName()))) ?? null
  );
}

/**
 * Appends the entries to the Journal tab, creating the tab (with its headers)
 * when missing: one insert at most, one write of all rows.
 */
export function logJournal(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entries: readonly JournalEntry[],
): void {
  if (entries.length === 0) return;
  const existing = findJournal(ss);
  if (existing) {
    appendRows(existing, journalRows(entries));
    return;
  }
  const sheet = ss.insertSheet(t('privacy.journal.sheet'));
  writeRows(sheet, 1, [journalHeaders(), ...journalRows(entries)]);
  sheet.setFrozenRows(1);
}
