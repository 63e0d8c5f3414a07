/**
 * French (and English) formatting of dates and numbers for documents, in pure
 * code: Apps Script has no reliable locale data, and the runtime's own time
 * zone is not always the spreadsheet's. A date from Sheets is a moment; the
 * calendar day it stands for is read in the spreadsheet's time zone.
 */
import type {Language} from '../i18n';

/** Year, month (1–12), day, weekday (0 = Sunday), hours and minutes of a moment in a zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hours: number;
  minutes: number;
}

/** Day of month of the last Sunday of `month` (1–12) in `year`. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** EU summer time: last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC. */
function euSummer(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return ms >= start && ms < end;
}

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
  if (CET_ZONES.has(zone)) return euSummer(ms) ? 120 : 60;
  if (zone === 'Europe/London' || zone === 'Europe/Lisbon') {
    return euSummer(ms) ? 60 : 0;
  }
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'GMT') return 0;
  return null;
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

const WEEKDAYS: Record<Language, string[]> = {
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

const MONTHS: Record<Language, string[]> = {
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

/** "lundi 12 octobre 2026" (fr) / "Monday 12 October 2026" (en). */
export function longDate(date: Date, zone: string, lang: Language): string {
  const c = calendarDate(date, zone);
  const day = lang === 'fr' && c.day === 1 ? '1er' : String(c.day);
  return `${WEEKDAYS[lang][c.weekday]} ${day} ${MONTHS[lang][c.month - 1]} ${c.year}`;
}

/** "12 octobre 2026" (no weekday). */
export function mediumDate(date: Date, zone: string, lang: Language): string {
  const c = calendarDate(date, zone);
  const day = lang === 'fr' && c.day === 1 ? '1er' : String(c.day);
  return `${day} ${MONTHS[lang][c.month - 1]} ${c.year}`;
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
  return Math.round((db - da) / 86400000);
}

/** Narrow no-break space: the French thousands separator and the space before %. */
export const NNBSP = '\u202f';

/** "1 234", "12,5" (fr) / "1,234", "12.5" (en); at most `decimals` decimals, trailing zeros dropped. */
export function formatNumber(
  value: number,
  lang: Language,
  decimals = 1,
): string {
  if (!Number.isFinite(value)) return '';
  const factor = Math.pow(10, decimals);
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [intPart, fracPart = ''] = rounded.toFixed(decimals).split('.');
  const frac = fracPart.replace(/0+$/, '');
  const sep = lang === 'fr' ? NNBSP : ',';
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  const point = lang === 'fr' ? ',' : '.';
  return sign + grouped + (frac ? point + frac : '');
}

/** "12,5 %" (fr) / "12.5%" (en). */
export function formatPercent(
  value: number,
  lang: Language,
  decimals = 0,
): string {
  const n = formatNumber(value, lang, decimals);
  return lang === 'fr' ? `${n}${NNBSP}%` : `${n}%`;
}

/** "1 234,50 €" (fr) / "€1,234.50" (en). */
export function formatEuros(value: number, lang: Language): string {
  if (!Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  const [i, f] = abs.toFixed(2).split('.');
  const sep = lang === 'fr' ? NNBSP : ',';
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = value < 0 ? '-' : '';
  return lang === 'fr'
    ? `${sign}${grouped},${f}${NNBSP}€`
    : `${sign}€${grouped}.${f}`;
}
