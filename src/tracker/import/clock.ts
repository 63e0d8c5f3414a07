/**
 * Wall clocks of the imported sources and their reading in the tracker's
 * time zone. A zone's offset at a moment comes from the add-on's one rule
 * (zoneOffsetMinutes in shared/dates.ts): nothing here knows a
 * daylight-saving date of its own. Pure, so the importers stay testable.
 */
import {zoneOffsetMinutes} from '../../shared/dates';

/** The tracker's zone when the spreadsheet's is not one the rule knows. */
export const DEFAULT_ZONE = 'Europe/Paris';

const MINUTE_MS = 60000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/** A date and time as a clock on the wall shows it (no zone attached). */
export interface WallClock {
  y: number;
  m: number;
  d: number;
  h: number;
  min: number;
}

/** Milliseconds of a wall clock read as if it were UTC (for arithmetic). */
export function wallMs(w: WallClock): number {
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min);
}

/** The wall clock of milliseconds read as UTC (the inverse of wallMs). */
export function wallOf(ms: number): WallClock {
  const d = new Date(ms);
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    min: d.getUTCMinutes(),
  };
}

/** True when the add-on's rule knows the zone's offsets. */
export function knowsZone(zone: string): boolean {
  return zoneOffsetMinutes(zone, 0) !== null;
}

/** The zone imports are read in: the spreadsheet's when known, else Paris. */
export function targetZone(zone: string | undefined): string {
  return zone && knowsZone(zone) ? zone : DEFAULT_ZONE;
}

/** The wall clock in `zone` (a known one) of an instant. */
export function toZone(ms: number, zone: string): WallClock {
  return wallOf(ms + (zoneOffsetMinutes(zone, ms) ?? 0) * MINUTE_MS);
}

/**
 * The instant of a wall clock in `zone` (a known one). In the autumn's
 * repeated hour the first reading is taken; a time inside the spring gap,
 * which no clock showed, is read with the offset in force before the gap
 * (RFC 5545, 3.3.5).
 */
export function fromZone(w: WallClock, zone: string): number {
  const local = wallMs(w);
  const before = zoneOffsetMinutes(zone, local - DAY_MS / 2) ?? 0;
  const after = zoneOffsetMinutes(zone, local + DAY_MS / 2) ?? 0;
  for (const offset of [before, after]) {
    const ms = local - offset * MINUTE_MS;
    if ((zoneOffsetMinutes(zone, ms) ?? 0) === offset) return ms;
  }
  return local - before * MINUTE_MS;
}

/** The instant of a wall clock at a fixed offset from UTC (minutes east). */
export function fromOffset(w: WallClock, offsetMinutes: number): number {
  return wallMs(w) - offsetMinutes * MINUTE_MS;
}
