/**
 * Dates in Paris time for test expectations, whatever the host's zone (the
 * suites pass identically under TZ=UTC, Europe/Paris and America/New_York:
 * scripts/tz-check.ts). The add-on runs in its manifest's zone, Paris, so a
 * day it writes is midnight in Paris, not in the host's zone.
 */
import {zonedParts, zonedToUtc} from '../../emulator/core/datetime';

const ZONE = 'Europe/Paris';

/** The moment of a Paris wall-clock time; `month` counts from 1 (10 = October). */
export function paris(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): Date {
  return new Date(zonedToUtc(year, month, day, hour, minute, 0, ZONE));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "yyyy-mm-dd" of a moment, in Paris. */
export function parisDay(date: Date): string {
  const p = zonedParts(date.getTime(), ZONE);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
