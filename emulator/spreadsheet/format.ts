/**
 * What Google Sheets shows for a value (getDisplayValues): number formats
 * ("0.00", "#,##0", "0%", "dd/mm/yyyy", "[$€]#,##0.00", "@" …) in the
 * spreadsheet's locale (French: decimal comma, narrow no-break space between
 * thousands, VRAI/FAUX) and time zone.
 */
import {
  DAYS,
  DAYS_SHORT,
  MONTHS,
  MONTHS_SHORT,
  zonedParts,
} from '../core/datetime';

export type Cell = string | number | boolean | Date;
export type SheetLocale = 'fr' | 'en';

const THOUSANDS: Record<SheetLocale, string> = {fr: '\u202f', en: ','};
const DECIMAL: Record<SheetLocale, string> = {fr: ',', en: '.'};

function groupDigits(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Sheets' "automatic" display of a number: up to 10 significant digits. */
function generalNumber(n: number, locale: SheetLocale): string {
  if (!Number.isFinite(n)) return n > 0 ? '#NUM!' : '#NUM!';
  let s: string;
  if (Number.isInteger(n) && Math.abs(n) < 1e15) s = String(n);
  else s = String(Number(n.toPrecision(10)));
  return s.replace('.', DECIMAL[locale]);
}

function defaultDate(d: Date, tz: string, locale: SheetLocale): string {
  const p = zonedParts(d.getTime(), tz);
  const date =
    locale === 'fr'
      ? `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`
      : `${p.month}/${p.day}/${p.year}`;
  if (p.hour === 0 && p.minute === 0 && p.second === 0) return date;
  const time = `${p.hour}:${String(p.minute).padStart(2, '0')}:${String(p.second).padStart(2, '0')}`;
  return `${date} ${locale === 'fr' ? time.padStart(8, '0') : time}`;
}

/** Sheets' serial number for a date (days since 1899-12-30, local time). */
export function dateToSerial(d: Date, tz: string): number {
  const p = zonedParts(d.getTime(), tz);
  const local = Date.UTC(
    p.year,
    p.month - 1,
    p.day,
    p.hour,
    p.minute,
    p.second,
    p.millisecond,
  );
  return local / 86400000 + 25569;
}

function isDatePattern(pattern: string): boolean {
  const stripped = pattern.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[yYdDhHsS]|m{3,}/.test(stripped) || /^[mM]{1,2}$/.test(stripped);
}

function formatDatePattern(
  d: Date,
  pattern: string,
  tz: string,
  locale: SheetLocale,
): string {
  const p = zonedParts(d.getTime(), tz);
  const ampm = /am\/pm|a\/p/i.test(pattern);
  let out = '';
  let i = 0;
  let lastWasHour = false;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      out += pattern[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (/am\/pm/i.test(pattern.slice(i, i + 5))) {
      out += p.hour < 12 ? 'AM' : 'PM';
      i += 5;
      continue;
    }
    const lower = ch.toLowerCase();
    if (!'ydmhs'.includes(lower)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n]?.toLowerCase() === lower) n += 1;
    i += n;
    switch (lower) {
      case 'y':
        out += n <= 2 ? pad(p.year % 100, 2) : String(p.year);
        lastWasHour = false;
        break;
      case 'd':
        if (n >= 4) out += DAYS[locale][p.weekday];
        else if (n === 3) out += DAYS_SHORT[locale][p.weekday];
        else out += pad(p.day, n);
        lastWasHour = false;
        break;
      case 'h': {
        const h = ampm ? (p.hour % 12 === 0 ? 12 : p.hour % 12) : p.hour;
        out += pad(h, n);
        lastWasHour = true;
        break;
      }
      case 's':
        out += pad(p.second, n);
        lastWasHour = false;
        break;
      case 'm': {
        // "m" after an hour or before seconds means minutes.
        const rest = pattern.slice(i).replace(/[^a-zA-Z]/g, '');
        const minutes = n <= 2 && (lastWasHour || /^s/i.test(rest));
        if (minutes) out += pad(p.minute, n);
        else if (n >= 4) out += MONTHS[locale][p.month - 1];
        else if (n === 3) out += MONTHS_SHORT[locale][p.month - 1];
        else out += pad(p.month, n);
        lastWasHour = false;
        break;
      }
    }
  }
  return out;
}

function formatNumberPattern(
  n: number,
  pattern: string,
  locale: SheetLocale,
): string {
  const sections = pattern.split(';');
  let section = sections[0];
  let value = n;
  if (n < 0 && sections.length > 1) {
    section = sections[1];
    value = -n;
  } else if (n === 0 && sections.length > 2) {
    section = sections[2];
  }
  // Literals: "text", \c, [$€] currency, [Red] colours.
  let prefix = '';
  let suffix = '';
  let core = '';
  let inCore = false;
  let coreDone = false;
  for (let i = 0; i < section.length; i += 1) {
    const ch = section[i];
    let lit: string | null = null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      lit = section[i + 1] ?? '';
      i += 1;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end);
      lit = inner.startsWith('$') ? inner.slice(1).split('-')[0] : '';
      i = end;
    } else if ('0#?,.'.includes(ch) && !coreDone) {
      core += ch;
      inCore = true;
      continue;
    } else if (ch === '%') {
      value *= 100;
      lit = '%';
    } else if (ch === '_' || ch === '*') {
      i += 1;
      lit = ch === '_' ? ' ' : '';
    } else {
      lit = ch;
    }
    if (inCore) coreDone = true;
    if (coreDone) suffix += lit;
    else prefix += lit;
  }
  if (!core) return prefix + suffix;
  const dot = core.indexOf('.');
  const intSpec = dot >= 0 ? core.slice(0, dot) : core;
  const decSpec = dot >= 0 ? core.slice(dot + 1).replace(/,/g, '') : '';
  const grouping = intSpec.includes(',');
  const trailingCommas = /,+$/.exec(intSpec)?.[0].length ?? 0;
  value = value / 1000 ** trailingCommas;
  const minDec = (decSpec.match(/0/g) ?? []).length;
  const maxDec = decSpec.length;
  const [ip0, dp0 = ''] = Math.abs(value).toFixed(maxDec).split('.');
  // "#" decimals are optional: drop their trailing zeros.
  let dp: string | undefined = dp0;
  while (dp.length > minDec && dp.endsWith('0')) dp = dp.slice(0, -1);
  if (dp === '' && maxDec >= 0 && !decSpec.length) dp = undefined;
  if (dp === '') dp = undefined;
  let ip = ip0;
  const minInt = (intSpec.match(/0/g) ?? []).length;
  if (ip === '0' && minInt === 0) ip = '';
  ip = ip.padStart(minInt, '0');
  if (grouping) ip = groupDigits(ip, THOUSANDS[locale]);
  const sign = value < 0 && sections.length === 1 ? '-' : '';
  const num = dp !== undefined ? `${ip}${DECIMAL[locale]}${dp}` : ip;
  return `${sign}${prefix}${num}${suffix}`;
}

/**
 * The text Sheets shows for a value under a number format (null: automatic).
 */
export function displayValue(
  v: Cell,
  format: string | undefined,
  tz: string,
  locale: SheetLocale,
): string {
  if (v === '' || v === null || v === undefined) return '';
  if (typeof v === 'boolean') {
    return locale === 'fr' ? (v ? 'VRAI' : 'FAUX') : v ? 'TRUE' : 'FALSE';
  }
  if (typeof v === 'string') return v;
  const fmt = format && format !== 'General' ? format : undefined;
  if (v instanceof Date) {
    if (isNaN(v.getTime())) return '';
    if (fmt && fmt !== '@' && isDatePattern(fmt)) {
      return formatDatePattern(v, fmt, tz, locale);
    }
    if (fmt && fmt !== '@' && /[0#]/.test(fmt)) {
      return formatNumberPattern(dateToSerial(v, tz), fmt, locale);
    }
    return defaultDate(v, tz, locale);
  }
  if (typeof v === 'number') {
    if (!fmt || fmt === '@') return generalNumber(v, locale);
    if (isDatePattern(fmt)) {
      // A number shown with a date format: serial days since 1899-12-30.
      const ms = (v - 25569) * 86400000;
      return formatDatePattern(new Date(ms), fmt, 'UTC', locale);
    }
    return formatNumberPattern(v, fmt, locale);
  }
  return String(v);
}
