/** Entry point of "Purger les réponses anciennes…" (data protection). */
import {t} from '../i18n';
import {AddonError, userMessage} from '../gas/errors';
import {isResponseSheet} from '../gas/forms';
import {JournalEntry, logJournal} from '../gas/journal';
import {withDocumentLock} from '../gas/lock';
import {hostUi} from '../menu/open';
import {startExecution} from '../settings/store';
import {dayLabel, monthsBefore, parisDay} from '../shared/dates';
import {planPurge} from './purge';
import {purgeBookings} from '../bookings/read';

export interface PurgeReport {
  deleted: number;
  sheets: number;
  entries: JournalEntry[];
}

/**
 * Deletes, from every sheet linked to a form, the answers older than the
 * cut-off; logs one Journal row per sheet. One read per sheet; the deletion is
 * a deleteRows per contiguous block (usually one: answers arrive in order).
 * The answers kept are never rewritten: a rewrite would have Sheets type them
 * again ("007" → 7, "1/2" → a date) and lose what people wrote. Holds the
 * document lock. The stored bilan and the Bilan tab are not touched.
 */
export function purgeResponses(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  cutoff: Date,
  months: number,
  now: Date,
): PurgeReport {
  return withDocumentLock(() => {
    const entries: JournalEntry[] = [];
    let deleted = 0;
    let sheets = 0;
    const date = dayLabel(parisDay(cutoff));
    for (const sheet of ss.getSheets()) {
      if (!isResponseSheet(sheet)) continue;
      const lastRow = sheet.getLastRow();
      const lastCol = sheet.getLastColumn();
      const values =
        lastRow < 2 || lastCol === 0
          ? []
          : sheet.getRange(1, 1, lastRow, lastCol).getValues();
      const plan = planPurge(values, cutoff);
      if (plan.deleted > 0) {
        // Google refuses to delete every non-frozen row: keep one empty row.
        if (plan.kept === 0 && sheet.getMaxRows() <= lastRow) {
          sheet.insertRowAfter(lastRow);
        }
        // Bottom block first: deleting it never shifts a block still to delete.
        for (const b of plan.blocks) sheet.deleteRows(b.start, b.count);
        deleted += plan.deleted;
        sheets += 1;
      }
      entries.push({
        at: now,
        source: t('privacy.journal.source'),
        level: 'info',
        sheet: sheet.getName(),
        count: plan.deleted,
        message: t(
          plan.deleted > 0
            ? 'privacy.journal.deleted'
            : 'privacy.journal.nothing',
          {date, months},
        ),
      });
    }
    // The bookings' tab keeps its rows (figures) but loses old addresses.
    const erased = purgeBookings(ss, cutoff);
    if (erased > 0) {
      entries.push({
        at: now,
        source: t('privacy.journal.source'),
        level: 'info',
        sheet: t('bookings.tab'),
        count: erased,
        message: t('bookings.purge.done', {date, months}),
      });
    }
    logJournal(ss, entries);
    return {deleted, sheets, entries};
  });
}

/**
 * Menu "Purger les réponses anciennes…": after a YES/NO confirmation, deletes
 * the answers older than the retention setting (in months) from every response
 * sheet linked to a form, keeping the bilan figures already computed, and logs
 * what it deleted in the Journal tab.
 */
export function purgeOldResponses(): void {
  const settings = startExecution();
  const ui = hostUi();
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (!ss) throw new AddonError('error.noSpreadsheet');
    const months = settings.retentionMonths;
    if (!Number.isInteger(months) || months < 1) {
      throw new AddonError('privacy.error.badRetention', {
        months: String(months),
      });
    }
    const now = new Date();
    const cutoff = monthsBefore(now, months);
    const date = dayLabel(parisDay(cutoff));
    if (!ss.getSheets().some(isResponseSheet)) {
      ui.alert(t('privacy.noSheets'));
      return;
    }
    const answer = ui.alert(
      t('privacy.confirm.title'),
      t('privacy.confirm.prompt', {date, months}),
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) {
      ui.alert(t('privacy.cancelled'));
      return;
    }
    const report = purgeResponses(ss, cutoff, months, now);
    ui.alert(
      report.deleted > 0
        ? t('privacy.done', {count: report.deleted, sheets: report.sheets})
        : t('privacy.nothing', {date}),
    );
  } catch (e) {
    ui.alert(userMessage(e));
  }
}
