/** What every layout shares: its context, and the way dates and figures read. */
import {t} from '../../i18n';
import type {Language} from '../../i18n';
import type {EventCard, Session} from '../../model/tracker';
import {normalizeKey} from '../../gas/table';
import {formatNumber, isoDay, longDate} from '../format';
import {hoursOf} from '../fields';

export interface LayoutContext {
  lang: Language;
  /** The spreadsheet's time zone: in which calendar days are read. */
  zone: string;
  /** The moment the document is made. */
  today: Date;
  organisation: string;
  /** Smallest group shown in a cross-tab. */
  k: number;
}

export const num = (n: number, ctx: LayoutContext, decimals = 1): string =>
  formatNumber(n, ctx.lang, decimals);

/** "du lundi 12 octobre 2026 au dimanche 18 octobre 2026", "le …", or ''. */
export function eventDates(event: EventCard, ctx: LayoutContext): string {
  const {startDate, endDate} = event;
  if (!startDate) return '';
  const start = longDate(startDate, ctx.zone, ctx.lang);
  if (!endDate || isoDay(endDate, ctx.zone) === isoDay(startDate, ctx.zone)) {
    return t('documents.dates.single', {date: start});
  }
  return t('documents.dates.range', {
    start,
    end: longDate(endDate, ctx.zone, ctx.lang),
  });
}

/** Sorts sessions by day, then start time, then title. */
export function byDateThenStart(a: Session, b: Session): number {
  const da = a.date ? a.date.getTime() : Infinity;
  const db = b.date ? b.date.getTime() : Infinity;
  if (da !== db) return da < db ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.title.localeCompare(b.title, 'fr');
}

/** "lundi 12 octobre 2026", or "Date à préciser" for a session without a date. */
export function dayLabel(date: Date | null, ctx: LayoutContext): string {
  return date ? longDate(date, ctx.zone, ctx.lang) : t('documents.noDate');
}

export function sessionHours(s: Session): string {
  return hoursOf(s.start, s.end);
}

/** "Salle des fêtes (Voiron)" or the venue alone when the commune is its name. */
export function venueLabel(s: Session): string {
  const venue = s.venue.trim();
  const commune = s.commune.trim();
  if (!venue) {
    return commune
      ? `${t('documents.noVenue')} (${commune})`
      : t('documents.noVenue');
  }
  if (!commune || normalizeKey(venue).includes(normalizeKey(commune))) {
    return venue;
  }
  return `${venue} (${commune})`;
}

/**
 * Groups items by a key, in order of first appearance; returns the groups
 * with the label of their first item.
 */
export function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string,
): {key: string; items: T[]}[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()].map(([k, v]) => ({key: k, items: v}));
}

/** The text of a value, or a dash when empty. */
export function orDash(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value).trim();
  return s || '–';
}

/** Shows at most `max` items, then "… et N autres". */
export function capped(items: string[], max: number): string[] {
  if (items.length <= max) return items;
  return [
    ...items.slice(0, max),
    t('documents.andOthers', {count: items.length - max}),
  ];
}
