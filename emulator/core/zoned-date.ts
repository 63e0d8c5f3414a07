/**
 * JavaScript dates in the script's time zone, whatever the host's zone.
 *
 * On Google, a script's JavaScript runs in the time zone its manifest names
 * (appsscript.json, "timeZone"): `new Date(2026, 0, 15, 10)` is 10 h there,
 * `getHours()` and `toString()` read that zone.
 * https://developers.google.com/apps-script/manifest (timeZone)
 * https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
 *
 * Node has one zone per process (TZ), and the bundle's dates are host dates
 * (they share Date.prototype with the emulator so that `instanceof Date`
 * holds on both sides, and dates the emulator returns — cell values, response
 * timestamps — behave like the bundle's own). So the local-time methods of
 * that prototype are wrapped once: while an execution runs (runInZone), they
 * compute in the execution's zone through Intl; outside executions they are
 * the host's own, untouched. The constructor side (new Date(y, m, …),
 * Date.parse of a text without offset) is zonedDate() below, the Date the
 * bundle sees.
 */
import {DAYS_SHORT, MONTHS_SHORT, zoneOffsetMs} from './datetime';
import type {Clock} from './meter';

/** The zone of the running execution (null: none runs, host behaviour). */
let activeZone: string | null = null;

/** Runs `fn` with the bundle's dates in `zone` (restores the previous zone after). */
export function runInZone<T>(zone: string, fn: () => T): T {
  const previous = activeZone;
  activeZone = zone;
  try {
    return fn();
  } finally {
    activeZone = previous;
  }
}

/** The zone executions currently run in, or null. */
export function currentZone(): string | null {
  return activeZone;
}

const offsets = new Map<string, number>();

/**
 * Offset of `zone` from UTC at `ms`, cached per quarter hour (every change
 * of offset of the tz database since 1970 falls on a quarter hour in UTC).
 */
function offsetAt(ms: number, zone: string): number {
  if (!Number.isFinite(ms)) return 0;
  const key = `${zone}|${Math.floor(ms / 900000)}`;
  let off = offsets.get(key);
  if (off === undefined) {
    off = zoneOffsetMs(ms, zone);
    if (offsets.size > 50000) offsets.clear();
    offsets.set(key, off);
  }
  return off;
}

/** The instant of a wall-clock time (as UTC ms of the same fields) in `zone`. */
function wallToUtc(wall: number, zone: string): number {
  if (!Number.isFinite(wall)) return NaN;
  let t = wall - offsetAt(wall, zone);
  t = wall - offsetAt(t, zone);
  return t;
}

const P = Date.prototype;
const native = {
  getFullYear: P.getFullYear,
  getMonth: P.getMonth,
  getDate: P.getDate,
  getDay: P.getDay,
  getHours: P.getHours,
  getMinutes: P.getMinutes,
  getSeconds: P.getSeconds,
  getMilliseconds: P.getMilliseconds,
  getTimezoneOffset: P.getTimezoneOffset,
  setFullYear: P.setFullYear,
  setMonth: P.setMonth,
  setDate: P.setDate,
  setHours: P.setHours,
  setMinutes: P.setMinutes,
  setSeconds: P.setSeconds,
  setMilliseconds: P.setMilliseconds,
  toString: P.toString,
  toDateString: P.toDateString,
  toTimeString: P.toTimeString,
  toLocaleString: P.toLocaleString,
  toLocaleDateString: P.toLocaleDateString,
  toLocaleTimeString: P.toLocaleTimeString,
  getTime: P.getTime,
  setTime: P.setTime,
};

/** The date's local fields in `zone`, as a Date whose UTC fields are them. */
function shifted(d: Date, zone: string): Date {
  const ms = native.getTime.call(d);
  return new Date(ms + offsetAt(ms, zone));
}

type Getter = 'getFullYear' | 'getMonth' | 'getDate' | 'getDay' | 'getHours';
type Getter2 = 'getMinutes' | 'getSeconds' | 'getMilliseconds';

const GETTERS: [Getter | Getter2, () => number][] = [
  ['getFullYear', P.getUTCFullYear],
  ['getMonth', P.getUTCMonth],
  ['getDate', P.getUTCDate],
  ['getDay', P.getUTCDay],
  ['getHours', P.getUTCHours],
  ['getMinutes', P.getUTCMinutes],
  ['getSeconds', P.getUTCSeconds],
  ['getMilliseconds', P.getUTCMilliseconds],
];

type Setter =
  | 'setFullYear'
  | 'setMonth'
  | 'setDate'
  | 'setHours'
  | 'setMinutes'
  | 'setSeconds'
  | 'setMilliseconds';

const SETTERS: [Setter, (...a: number[]) => number][] = [
  ['setFullYear', P.setUTCFullYear],
  ['setMonth', P.setUTCMonth],
  ['setDate', P.setUTCDate],
  ['setHours', P.setUTCHours],
  ['setMinutes', P.setUTCMinutes],
  ['setSeconds', P.setUTCSeconds],
  ['setMilliseconds', P.setUTCMilliseconds],
];

// Date#toString's English names: the same as Utilities.formatDate's (one list).
const DAY_NAMES = DAYS_SHORT.en;
const MONTH_NAMES = MONTHS_SHORT.en;

const two = (n: number) => String(n).padStart(2, '0');

const zoneNames = new Map<string, string>();

/** "GMT+0900 (Japan Standard Time)", as V8 writes it. */
function zoneText(ms: number, zone: string): string {
  const off = Math.round(offsetAt(ms, zone) / 60000);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  // The name changes with the offset only (summer / winter): cached so.
  const key = `${zone}|${off}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    try {
      name =
        new Intl.DateTimeFormat('en-US', {timeZone: zone, timeZoneName: 'long'})
          .formatToParts(ms)
          .find(p => p.type === 'timeZoneName')?.value ?? zone;
    } catch {
      name = zone;
    }
    zoneNames.set(key, name);
  }
  return `GMT${sign}${two(Math.floor(abs / 60))}${two(abs % 60)} (${name})`;
}

function datePart(s: Date): string {
  const y = s.getUTCFullYear();
  const year =
    y < 0 ? `-${String(-y).padStart(6, '0')}` : String(y).padStart(4, '0');
  return `${DAY_NAMES[s.getUTCDay()]} ${MONTH_NAMES[s.getUTCMonth()]} ${two(s.getUTCDate())} ${year}`;
}

function timePart(s: Date): string {
  return `${two(s.getUTCHours())}:${two(s.getUTCMinutes())}:${two(s.getUTCSeconds())}`;
}

let installed = false;

/** Wraps Date.prototype's local-time methods (once per realm; see the file comment). */
export function installZonedDate(): void {
  if (installed) return;
  installed = true;
  const proto = Date.prototype as unknown as Record<string, unknown>;
  for (const [name, utc] of GETTERS) {
    const own = native[name];
    proto[name] = function (this: Date): number {
      const zone = activeZone;
      if (zone === null) return own.call(this);
      return utc.call(shifted(this, zone));
    };
  }
  proto.getTimezoneOffset = function (this: Date): number {
    const zone = activeZone;
    if (zone === null) return native.getTimezoneOffset.call(this);
    const ms = native.getTime.call(this);
    if (!Number.isFinite(ms)) return NaN;
    return -Math.round(offsetAt(ms, zone) / 60000);
  };
  for (const [name, utc] of SETTERS) {
    const own = native[name] as (...a: number[]) => number;
    proto[name] = function (this: Date, ...args: number[]): number {
      const zone = activeZone;
      if (zone === null) return own.apply(this, args);
      const ms = native.getTime.call(this);
      // setFullYear on an invalid date starts from +0 (ECMA-262 21.4.4.21).
      const wall = new Date(
        Number.isFinite(ms)
          ? ms + offsetAt(ms, zone)
          : name === 'setFullYear'
            ? 0
            : NaN,
      );
      const w = utc.apply(wall, args);
      return native.setTime.call(this, wallToUtc(w, zone));
    };
  }
  const guard = (
    own: (this: Date) => string,
    zoned: (d: Date, zone: string) => string,
  ) =>
    function (this: Date): string {
      const zone = activeZone;
      if (zone === null) return own.call(this);
      if (!Number.isFinite(native.getTime.call(this))) return 'Invalid Date';
      return zoned(this, zone);
    };
  proto.toString = guard(
    native.toString,
    (d, zone) =>
      `${datePart(shifted(d, zone))} ${timePart(shifted(d, zone))} ${zoneText(native.getTime.call(d), zone)}`,
  );
  proto.toDateString = guard(native.toDateString, (d, zone) =>
    datePart(shifted(d, zone)),
  );
  proto.toTimeString = guard(
    native.toTimeString,
    (d, zone) =>
      `${timePart(shifted(d, zone))} ${zoneText(native.getTime.call(d), zone)}`,
  );
  for (const name of [
    'toLocaleString',
    'toLocaleDateString',
    'toLocaleTimeString',
  ] as const) {
    const own = native[name] as (
      this: Date,
      locales?: string | string[],
      options?: Intl.DateTimeFormatOptions,
    ) => string;
    proto[name] = function (
      this: Date,
      locales?: string | string[],
      options?: Intl.DateTimeFormatOptions,
    ): string {
      const zone = activeZone;
      if (zone === null || options?.timeZone !== undefined) {
        return own.call(this, locales, options);
      }
      return own.call(this, locales, {...options, timeZone: zone});
    };
  }
}

/** ISO texts Date.parse reads as UTC or with their own offset (not local time). */
const ABSOLUTE =
  /^[+-]?\d{4,6}(?:-\d{2}(?:-\d{2})?)?$|(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT|[ECMP][SD]T)(?:[+-]\d{1,4})?)(?:\s*\([^)]*\))?\s*$/i;

/** Date.parse in `zone`: texts without offset are wall-clock times there. */
function parseInZone(text: string, zone: string): number {
  const host = Date.parse(text);
  if (!Number.isFinite(host) || ABSOLUTE.test(text.trim())) return host;
  // The host read the text as its own local time: take those fields back.
  const d = new Date(host);
  const wall = Date.UTC(
    native.getFullYear.call(d),
    native.getMonth.call(d),
    native.getDate.call(d),
    native.getHours.call(d),
    native.getMinutes.call(d),
    native.getSeconds.call(d),
    native.getMilliseconds.call(d),
  );
  return wallToUtc(wall, zone);
}

/**
 * The Date the bundle sees: bound to the virtual clock (`new Date()`,
 * `Date.now()`), local-time constructor and parse in the running
 * execution's zone. It shares the host Date.prototype (see above).
 */
export function zonedDate(clock: Clock): DateConstructor {
  installZonedDate();
  const HostDate = Date;
  function ZDate(this: unknown, ...args: unknown[]): unknown {
    const zone = activeZone;
    if (!new.target) {
      return new HostDate(clock.nowMillis()).toString();
    }
    if (args.length === 0) {
      return Reflect.construct(HostDate, [clock.nowMillis()], new.target);
    }
    if (zone !== null && args.length === 1 && typeof args[0] === 'string') {
      return Reflect.construct(
        HostDate,
        [parseInZone(args[0], zone)],
        new.target,
      );
    }
    if (zone !== null && args.length >= 2) {
      const n = args.map(Number);
      const wall = HostDate.UTC(
        n[0],
        n[1],
        n[2] ?? 1,
        n[3] ?? 0,
        n[4] ?? 0,
        n[5] ?? 0,
        n[6] ?? 0,
      );
      return Reflect.construct(HostDate, [wallToUtc(wall, zone)], new.target);
    }
    return Reflect.construct(HostDate, args, new.target);
  }
  ZDate.prototype = HostDate.prototype;
  ZDate.now = () => clock.nowMillis();
  ZDate.parse = (text: string): number => {
    const zone = activeZone;
    return zone === null
      ? HostDate.parse(text)
      : parseInZone(String(text), zone);
  };
  ZDate.UTC = HostDate.UTC;
  Object.defineProperty(ZDate, 'name', {value: 'Date'});
  Object.defineProperty(ZDate, 'length', {value: 7});
  return ZDate as unknown as DateConstructor;
}

/**
 * The bundle's Intl: DateTimeFormat without a timeZone option formats in the
 * running execution's zone (as Date's toLocale* methods do above), not the
 * host's. Everything else is the host's Intl.
 */
export function zonedIntl(): typeof Intl {
  const Base = Intl.DateTimeFormat;
  const DateTimeFormat = function (
    locales?: string | string[],
    options?: Intl.DateTimeFormatOptions,
  ): Intl.DateTimeFormat {
    const zone = activeZone;
    return new Base(
      locales,
      zone !== null && options?.timeZone === undefined
        ? {...options, timeZone: zone}
        : options,
    );
  } as unknown as typeof Intl.DateTimeFormat;
  Object.defineProperty(DateTimeFormat, 'prototype', {value: Base.prototype});
  Object.defineProperty(DateTimeFormat, 'supportedLocalesOf', {
    value: Base.supportedLocalesOf.bind(Base),
  });
  const intl = Object.create(Intl) as typeof Intl;
  Object.defineProperty(intl, 'DateTimeFormat', {value: DateTimeFormat});
  return intl;
}
