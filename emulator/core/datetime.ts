/**
 * Dates in a time zone (via Intl) and Java SimpleDateFormat patterns, as used
 * by Utilities.formatDate, plus the names of months and days in French and
 * English.
 */

export interface ZonedParts {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Normalises Google's and Java's zone names ("GMT+2", "UTC") for Intl. */
export function normalizeZone(tz: string): string {
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tz);
  if (m) {
    const h = m[2].padStart(2, '0');
    return `${m[1]}${h}:${m[3] ?? '00'}`;
  }
  if (tz === 'GMT') return 'UTC';
  return tz;
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const zone = normalizeZone(timeZone);
  const out: ZonedParts = {
    year: 0,
    month: 0,
    day: 0,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: 0,
  };
  let f: Intl.DateTimeFormat;
  try {
    f = formatterFor(zone);
  } catch {
    throw new Error(`Invalid argument: timeZone (${timeZone})`);
  }
  for (const p of f.formatToParts(ms)) {
    switch (p.type) {
      case 'year':
        out.year = Number(p.value);
        break;
      case 'month':
        out.month = Number(p.value);
        break;
      case 'day':
        out.day = Number(p.value);
        break;
      case 'hour':
        out.hour = Number(p.value) % 24;
        break;
      case 'minute':
        out.minute = Number(p.value);
        break;
      case 'second':
        out.second = Number(p.value);
        break;
      case 'weekday':
        out.weekday = WEEKDAYS_SHORT.indexOf(p.value);
        break;
    }
  }
  return out;
}

/** Offset of the zone from UTC at that instant, in ms (Paris summer: +7,200,000). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(
    p.year,
    p.month - 1,
    p.day,
    p.hour,
    p.minute,
    p.second,
  );
  return asUtc - (ms - p.millisecond);
}

/** The instant of a local wall-clock time in a zone. */
export function zonedToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let t = guess - zoneOffsetMs(guess, timeZone);
  t = guess - zoneOffsetMs(t, timeZone);
  return t;
}

export const MONTHS: Record<'fr' | 'en', string[]> = {
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
export const MONTHS_SHORT: Record<'fr' | 'en', string[]> = {
  fr: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
  en: [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ],
};
export const DAYS: Record<'fr' | 'en', string[]> = {
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
export const DAYS_SHORT: Record<'fr' | 'en', string[]> = {
  fr: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function offsetText(offsetMs: number, style: 'Z' | 'X' | 'XXX' | 'z'): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const abs = Math.abs(offsetMs) / 60000;
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  if (style === 'X' && offsetMs === 0) return 'Z';
  if (style === 'XXX') {
    return offsetMs === 0 ? 'Z' : `${sign}${pad(h, 2)}:${pad(m, 2)}`;
  }
  if (style === 'z') return `GMT${sign}${pad(h, 2)}:${pad(m, 2)}`;
  return `${sign}${pad(h, 2)}${pad(m, 2)}`;
}

/** ISO week number (Java's "w" with a Monday-first, minimal-4-days calendar). */
function isoWeek(p: ZonedParts): number {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const dayNum = (p.weekday + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dayNum + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  return (
    1 +
    Math.round(
      ((d.getTime() - firstThursday.getTime()) / 86400000 -
        3 +
        ((firstThursday.getUTCDay() + 6) % 7)) /
        7,
    )
  );
}

/**
 * Formats like java.text.SimpleDateFormat: G y Y M L d D E u a H k K h m s S
 * w z Z X, text in single quotes, '' for a quote. Unknown letters throw as
 * Java does ("Illegal pattern character").
 */
export function formatJavaDate(
  ms: number,
  timeZone: string,
  pattern: string,
  locale: 'fr' | 'en' = 'en',
): string {
  const p = zonedParts(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n += 1;
    i += n;
    switch (ch) {
      case 'G':
        out += 'AD';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
      case 'L':
        if (n >= 4) out += MONTHS[locale][p.month - 1];
        else if (n === 3) out += MONTHS_SHORT[locale][p.month - 1];
        else out += pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'D': {
        const start = Date.UTC(p.year, 0, 1);
        const cur = Date.UTC(p.year, p.month - 1, p.day);
        out += pad(Math.round((cur - start) / 86400000) + 1, n);
        break;
      }
      case 'E':
        out += n >= 4 ? DAYS[locale][p.weekday] : DAYS_SHORT[locale][p.weekday];
        break;
      case 'u':
        out += pad(p.weekday === 0 ? 7 : p.weekday, n);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'K':
        out += pad(p.hour % 12, n);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.millisecond, Math.max(n, 3)).slice(0, Math.max(n, 3));
        break;
      case 'w':
        out += pad(isoWeek(p), n);
        break;
      case 'z':
        out += offsetText(zoneOffsetMs(ms, timeZone), 'z');
        break;
      case 'Z':
        out += offsetText(zoneOffsetMs(ms, timeZone), 'Z');
        break;
      case 'X':
        out += offsetText(zoneOffsetMs(ms, timeZone), n >= 3 ? 'XXX' : 'X');
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
