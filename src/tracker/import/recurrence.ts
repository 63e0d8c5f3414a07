/**
 * Recurrence rules (RFC 5545, 3.3.10 and 3.8.5.3) expanded into the wall
 * clocks of their occurrences, in the zone of DTSTART (so that a weekly 10:00
 * stays at 10:00 across a change of summer time). FREQ DAILY, WEEKLY, MONTHLY
 * and YEARLY with INTERVAL, COUNT or UNTIL, BYDAY (with ordinals in MONTHLY
 * and YEARLY+BYMONTH), BYMONTHDAY, BYMONTH and WKST; any other part is
 * refused by name rather than guessed. DTSTART is always the first occurrence
 * and counts towards COUNT, as the RFC says.
 */
import {appendAll} from '../../shared/arrays';
import {DAY_MS, WallClock} from './clock';

type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export interface WeekdayRule {
  /** 0 every such weekday of the period, 1 the first, -1 the last… */
  n: number;
  /** 0 Sunday … 6 Saturday. */
  wd: number;
}

export interface Rule {
  freq: Freq;
  interval: number;
  count: number | null;
  /** UNTIL as written: its reading depends on DTSTART's zone. */
  until: string | null;
  byDay: WeekdayRule[];
  byMonthDay: number[];
  byMonth: number[];
  wkst: number;
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const FREQS: readonly string[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

/** Most occurrences one event may give (beyond that it is refused). */
export const MAX_OCCURRENCES = 1000;
/** How far a rule is followed when its parts never match (a COUNT never reached). */
const HORIZON_YEARS = 100;

export type RuleParse = {ok: true; rule: Rule} | {ok: false; part: string};

function ints(value: string, ok: (n: number) => boolean): number[] | null {
  const out: number[] = [];
  for (const item of value.split(',')) {
    if (!/^[+-]?\d{1,3}$/.test(item.trim())) return null;
    const n = Number(item);
    if (!ok(n)) return null;
    out.push(n);
  }
  return out;
}

/** Reads an RRULE value; refuses the first part it cannot follow, by name. */
export function parseRule(text: string): RuleParse {
  const rule: Rule = {
    freq: 'DAILY',
    interval: 1,
    count: null,
    until: null,
    byDay: [],
    byMonthDay: [],
    byMonth: [],
    wkst: 1,
  };
  let freq = '';
  for (const part of text.trim().split(';')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim().toUpperCase();
    const value = part
      .slice(eq + 1)
      .trim()
      .toUpperCase();
    const bad = {ok: false, part} as const;
    if (eq < 0) return bad;
    if (key === 'FREQ') {
      if (!FREQS.includes(value)) return bad;
      freq = value;
    } else if (key === 'INTERVAL') {
      if (!/^\d{1,4}$/.test(value) || Number(value) < 1) return bad;
      rule.interval = Number(value);
    } else if (key === 'COUNT') {
      if (!/^\d{1,6}$/.test(value) || Number(value) < 1) return bad;
      rule.count = Number(value);
    } else if (key === 'UNTIL') {
      rule.until = value;
    } else if (key === 'WKST') {
      const wd = DAYS.indexOf(value);
      if (wd < 0) return bad;
      rule.wkst = wd;
    } else if (key === 'BYDAY') {
      for (const item of value.split(',')) {
        const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(item.trim());
        if (!m) return bad;
        const n = m[1] === undefined ? 0 : Number(m[1]);
        if (m[1] !== undefined && (n === 0 || Math.abs(n) > 5)) return bad;
        rule.byDay.push({n, wd: DAYS.indexOf(m[2])});
      }
    } else if (key === 'BYMONTHDAY') {
      const days = ints(value, n => n !== 0 && Math.abs(n) <= 31);
      if (!days) return bad;
      rule.byMonthDay = days;
    } else if (key === 'BYMONTH') {
      const months = ints(value, n => n >= 1 && n <= 12);
      if (!months) return bad;
      rule.byMonth = months;
    } else {
      // BYSETPOS, BYWEEKNO, BYYEARDAY, BYHOUR…: not followed, so not guessed.
      return bad;
    }
  }
  if (!freq) return {ok: false, part: 'FREQ'};
  rule.freq = freq as Freq;
  if (rule.count !== null && rule.until !== null) {
    return {ok: false, part: 'COUNT + UNTIL'};
  }
  const ordinals = rule.byDay.some(d => d.n !== 0);
  if ((rule.freq === 'DAILY' || rule.freq === 'WEEKLY') && ordinals) {
    return {ok: false, part: 'BYDAY'};
  }
  if (rule.freq === 'WEEKLY' && rule.byMonthDay.length > 0) {
    return {ok: false, part: 'BYMONTHDAY'};
  }
  if (
    rule.freq === 'YEARLY' &&
    rule.byDay.length > 0 &&
    rule.byMonth.length === 0
  ) {
    return {ok: false, part: 'BYDAY'};
  }
  return {ok: true, rule};
}

/** Days since 1970-01-01 of a wall clock's date. */
export function dayNumber(w: {y: number; m: number; d: number}): number {
  return Math.round(Date.UTC(w.y, w.m - 1, w.d) / DAY_MS);
}

function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function wallOn(day: number, time: WallClock): WallClock {
  const d = new Date(day * DAY_MS);
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: time.h,
    min: time.min,
  };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The days (day numbers) of one month that the rule's BY parts pick. */
function monthDays(
  rule: Rule,
  y: number,
  m: number,
  startDay: number,
): number[] {
  const first = dayNumber({y, m, d: 1});
  const len = daysInMonth(y, m);
  const fromMonthDay = rule.byMonthDay
    .map(n => (n > 0 ? n : len + 1 + n))
    .filter(n => n >= 1 && n <= len)
    .map(n => first + n - 1);
  let fromWeekday: number[] = [];
  for (const {n, wd} of rule.byDay) {
    const all: number[] = [];
    for (let day = first; day < first + len; day++) {
      if (weekdayOf(day) === wd) all.push(day);
    }
    if (n === 0) appendAll(fromWeekday, all);
    else {
      const pick = n > 0 ? all[n - 1] : all[all.length + n];
      if (pick !== undefined) fromWeekday.push(pick);
    }
  }
  fromWeekday = [...new Set(fromWeekday)];
  if (rule.byDay.length > 0 && rule.byMonthDay.length > 0) {
    const limit = new Set(fromWeekday);
    return fromMonthDay.filter(d => limit.has(d));
  }
  if (rule.byDay.length > 0) return fromWeekday;
  if (rule.byMonthDay.length > 0) return fromMonthDay;
  // Neither: the day of the month of DTSTART, when this month has it.
  const startDate = new Date(startDay * DAY_MS).getUTCDate();
  return startDate <= len ? [first + startDate - 1] : [];
}

/** The candidate days of the k-th period of the rule, sorted. */
function periodDays(rule: Rule, start: WallClock, k: number): number[] {
  const startDay = dayNumber(start);
  const step = k * rule.interval;
  let days: number[];
  if (rule.freq === 'DAILY') {
    days = [startDay + step];
  } else if (rule.freq === 'WEEKLY') {
    const weekStart = startDay - ((weekdayOf(startDay) - rule.wkst + 7) % 7);
    const first = weekStart + 7 * step;
    const wanted =
      rule.byDay.length > 0
        ? new Set(rule.byDay.map(d => d.wd))
        : new Set([weekdayOf(startDay)]);
    days = [];
    for (let day = first; day < first + 7; day++) {
      if (wanted.has(weekdayOf(day))) days.push(day);
    }
  } else if (rule.freq === 'MONTHLY') {
    const index = start.y * 12 + (start.m - 1) + step;
    days = monthDays(rule, Math.floor(index / 12), (index % 12) + 1, startDay);
  } else {
    const y = start.y + step;
    const months = rule.byMonth.length > 0 ? rule.byMonth : [start.m];
    days = months.flatMap(m => monthDays(rule, y, m, startDay));
  }
  return [...new Set(days)]
    .filter(day => {
      const d = new Date(day * DAY_MS);
      if (
        rule.byMonth.length > 0 &&
        !rule.byMonth.includes(d.getUTCMonth() + 1)
      ) {
        return false;
      }
      if (rule.freq === 'DAILY') {
        if (
          rule.byDay.length > 0 &&
          !rule.byDay.some(b => b.wd === weekdayOf(day))
        ) {
          return false;
        }
        if (rule.byMonthDay.length > 0) {
          const len = daysInMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
          const date = d.getUTCDate();
          if (!rule.byMonthDay.some(n => (n > 0 ? n : len + 1 + n) === date)) {
            return false;
          }
        }
      }
      return true;
    })
    .sort((a, b) => a - b);
}

export type Expansion =
  {ok: true; walls: WallClock[]} | {ok: false; reason: 'endless' | 'tooMany'};

/**
 * The occurrences of a rule from DTSTART (whose wall clock gives every
 * occurrence's time of day), up to COUNT or while `beyondUntil` is false.
 */
export function expandRule(
  rule: Rule,
  start: WallClock,
  beyondUntil: (w: WallClock) => boolean,
): Expansion {
  if (rule.count === null && rule.until === null) {
    return {ok: false, reason: 'endless'};
  }
  const walls: WallClock[] = [start];
  const startDay = dayNumber(start);
  const horizon = start.y + HORIZON_YEARS;
  if (rule.count === 1) return {ok: true, walls};
  for (let k = 0; ; k++) {
    for (const day of periodDays(rule, start, k)) {
      if (day <= startDay) continue;
      const w = wallOn(day, start);
      if (beyondUntil(w)) return {ok: true, walls};
      walls.push(w);
      if (walls.length > MAX_OCCURRENCES) return {ok: false, reason: 'tooMany'};
      if (rule.count !== null && walls.length >= rule.count) {
        return {ok: true, walls};
      }
    }
    // Periods in which nothing matches end the search at UNTIL or the horizon.
    const next = periodStart(rule, start, k + 1);
    if (next.y > horizon || beyondUntil(next)) return {ok: true, walls};
  }
}

/** The first day of the k-th period (for periods in which no day matched). */
function periodStart(rule: Rule, start: WallClock, k: number): WallClock {
  const step = k * rule.interval;
  const startDay = dayNumber(start);
  if (rule.freq === 'DAILY') return wallOn(startDay + step, start);
  if (rule.freq === 'WEEKLY') {
    const weekStart = startDay - ((weekdayOf(startDay) - rule.wkst + 7) % 7);
    return wallOn(weekStart + 7 * step, start);
  }
  if (rule.freq === 'MONTHLY') {
    const index = start.y * 12 + (start.m - 1) + step;
    return {...start, y: Math.floor(index / 12), m: (index % 12) + 1, d: 1};
  }
  return {...start, y: start.y + step, m: 1, d: 1};
}
