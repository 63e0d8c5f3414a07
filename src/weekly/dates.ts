/**
 * Calendar days in Europe/Paris, computed without any Apps Script service so
 * that the summary stays pure and testable. Paris follows the EU rule: UTC+2
 * from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00
 * UTC, UTC+1 otherwise. A "day" is a whole number (days since 1970-01-01 in
 * Paris), so that comparing and adding days needs no Date arithmetic.
 */

const HOUR_MS = 3600 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** 01:00 UTC of the last Sunday of `month` (0-based) of `year`. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Offset of Paris time from UTC at this instant, in milliseconds. */
export function parisOffsetMs(date: Date): number {
  const year = date.getUTCFullYear();
  const t = date.getTime();
  const summer =
    t >= lastSundayAtOneUtc(year, 2) && t < lastSundayAtOneUtc(year, 9);
  return (summer ? 2 : 1) * HOUR_MS;
}

/** The Paris calendar day of an instant. */
export function parisDay(date: Date): number {
  return Math.floor((date.getTime() + parisOffsetMs(date)) / DAY_MS);
}

/** Year, month (1–12) and day of month of a day number. */
export function dayParts(day: number): {y: number; m: number; d: number} {
  const date = new Date(day * DAY_MS);
  return {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "dd/MM/yyyy" (the way French staff write dates). */
export function dayLabel(day: number): string {
  const {y, m, d} = dayParts(day);
  return `${pad(d)}/${pad(m)}/${y}`;
}

/** "yyyy-MM-dd": a stable key (last error-mail day, …). */
export function dayKey(day: number): string {
  const {y, m, d} = dayParts(day);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday. */
export function weekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/**
 * Midnight (Paris) of the day `months` calendar months before the Paris day of
 * `date`; the day of month is clamped (31 March − 1 month → 28/29 February).
 */
export function monthsBefore(date: Date, months: number): Date {
  const {y, m, d} = dayParts(parisDay(date));
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const utcMidnight = Date.UTC(year, month, Math.min(d, last));
  // Paris midnight is UTC midnight minus the offset in force at that moment.
  const guess = new Date(utcMidnight - HOUR_MS);
  return new Date(utcMidnight - parisOffsetMs(guess));
}
