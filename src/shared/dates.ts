/**
 * The add-on's one place for calendar days, times, daylight saving and the
 * names of days and months, in pure code: it runs the same in Apps Script
 * (whose runtime zone is not always the spreadsheet's) and in tests. A date
 * from Sheets or a trigger is a moment; the day and time it stands for are
 * read in a time zone. Europe/Paris (and the zones that share its rule)
 * follow the EU rule in force since 1996: summer time from the last Sunday
 * of March 01:00 UTC to the last Sunday of October 01:00 UTC.
 *
 * Day numbers count whole days since 1970-01-01 in Paris, so that comparing
 * and adding days needs no Date arithmetic.
 */
import type {Language} from '../i18n';

const HOUR_MS = 3600 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** 01:00 UTC of the last Sunday of `month` (0-based) of `year`, in ms. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Whether EU summer time is in force at moment `ms`. */
export function euSummerTime(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAtOneUtc(year, 2) && ms < lastSundayAtOneUtc(year, 9);
}

/** Zones on Central European Time with the EU rule. */
const CET_ZONES = new Set(
  [
    'Paris',
    'Brussels',
    'Luxembourg',
    'Monaco',
    'Zurich',
    'Berlin',
    'Madrid',
    'Rome',
    'Amsterdam',
    'Vienna',
    'Andorra',
  ].map(c => `Europe/${c}`),
);

/** Offset from UTC in minutes of `zone` at moment `ms`, or null when not known here. */
export function zoneOffsetMinutes(zone: string, ms: number): number | null {
  if (CET_ZONES.has(zone)) return euSummerTime(ms) ? 120 : 60;
  if (zone === 'Europe/London' || zone === 'Europe/Lisbon') {
    return euSummerTime(ms) ? 60 : 0;
  }
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'GMT') return 0;
  return null;
}

/** Offset of Paris time from UTC at this instant, in milliseconds. */
export function parisOffsetMs(date: Date): number {
  return (euSummerTime(date.getTime()) ? 2 : 1) * HOUR_MS;
}

/** Year, month (1–12), day, weekday (0 = Sunday), hours and minutes of a moment in a zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hours: number;
  minutes: number;
}

/** The calendar reading of a moment in a time zone (the runtime's own when unknown). */
export function calendarDate(date: Date, zone: string): CalendarDate {
  const ms = date.getTime();
  const offset = zoneOffsetMinutes(zone, ms);
  if (offset === null) {
    return {
      year: date.getFullYear(),
      month: date.getMonth() + 1,
      day: date.getDate(),
      weekday: date.getDay(),
      hours: date.getHours(),
      minutes: date.getMinutes(),
    };
  }
  const shifted = new Date(ms + offset * 60000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hours: shifted.getUTCHours(),
    minutes: shifted.getUTCMinutes(),
  };
}

// ---------------------------------------------------------------- names

/** Days of the week, Sunday first (as Date.getDay counts). */
export const WEEKDAY_NAMES: Record<Language, readonly string[]> = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: [
    'Sunday',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
  ],
};

export const MONTH_NAMES: Record<Language, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** French writes the first of the month "1er". */
const dayOfMonth = (day: number, lang: Language): string =>
  lang === 'fr' && day === 1 ? '1er' : String(day);

// ---------------------------------------------------------- moments in a zone

/** "lundi 12 octobre 2026" (fr) / "Monday 12 October 2026" (en). */
export function longDate(date: Date, zone: string, lang: Language): string {
  const c = calendarDate(date, zone);
  return `${WEEKDAY_NAMES[lang][c.weekday]} ${dayOfMonth(c.day, lang)} ${MONTH_NAMES[lang][c.month - 1]} ${c.year}`;
}

/** "12 octobre 2026" (no weekday). */
export function mediumDate(date: Date, zone: string, lang: Language): string {
  const c = calendarDate(date, zone);
  return `${dayOfMonth(c.day, lang)} ${MONTH_NAMES[lang][c.month - 1]} ${c.year}`;
}

/** "12/10/2026". */
export function shortDate(date: Date, zone: string): string {
  const c = calendarDate(date, zone);
  return `${pad2(c.day)}/${pad2(c.month)}/${c.year}`;
}

/** "2026-10-12": file names and sort keys. */
export function isoDay(date: Date, zone: string): string {
  const c = calendarDate(date, zone);
  return `${c.year}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** Whole days from day `a` to day `b` (calendar days in the zone). */
export function daysBetween(a: Date, b: Date, zone: string): number {
  const ca = calendarDate(a, zone);
  const cb = calendarDate(b, zone);
  const da = Date.UTC(ca.year, ca.month - 1, ca.day);
  const db = Date.UTC(cb.year, cb.month - 1, cb.day);
  return Math.round((db - da) / DAY_MS);
}

// ------------------------------------------------------------ Paris day numbers

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

/** "dd/MM/yyyy" (the way French staff write dates). */
export function dayLabel(day: number): string {
  const {y, m, d} = dayParts(day);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** "yyyy-MM-dd": a stable key (last error-mail day, …). */
export function dayKey(day: number): string {
  const {y, m, d} = dayParts(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
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

/**
 * The Paris wall-clock reading of a UTC instant given as its parts (what an
 * export's "…Z" time means for staff in Grenoble).
 */
export function parisWallClock(utcMs: number): {
  y: number;
  m: number;
  d: number;
  h: number;
  min: number;
} {
  const c = calendarDate(new Date(utcMs), 'Europe/Paris');
  return {y: c.year, m: c.month, d: c.day, h: c.hours, min: c.minutes};
}
