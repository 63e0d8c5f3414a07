/**
 * report.json's weekly figures, read from what the add-on wrote when its
 * weekly trigger ran on --today: the row it added to the tracker's
 * « Synthèses » tab (sessions in the next 14 days, overdue tasks) and the
 * summary e-mails it sent for that tracker. Nothing is recomputed here: a
 * figure the add-on got wrong shows up wrong in the report.
 */
import {findSheet, localDate, table, type SpreadsheetLike} from './figures';
import type {WeeklyFigures} from './report';

/**
 * The figures of the summary the add-on recorded for `today` (its last row
 * dated that day), or null when it recorded none.
 */
export function weeklyFromAddon(
  ss: SpreadsheetLike,
  today: string,
  mailsSent: number,
): WeeklyFigures | null {
  const rows = table(
    findSheet(ss, 'weekly.sheet.name', ['Synthèses']),
    'weekly.col',
    ['date', 'sessions', 'overdue'],
  ).filter(r => localDate(r.date) === today);
  const last = rows[rows.length - 1];
  if (!last) return null;
  const count = (v: unknown): number => {
    const n = typeof v === 'number' ? v : Number(String(v ?? '').trim());
    if (!Number.isInteger(n) || n < 0)
      throw new Error(
        `onglet « Synthèses » du ${today} : « ${String(v)} » n’est pas un nombre`,
      );
    return n;
  };
  return {
    today,
    upcomingSessions: count(last.sessions),
    overdueTasks: count(last.overdue),
    mailsSent,
  };
}
