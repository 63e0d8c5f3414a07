/**
 * What Sheets makes of a string written with setValue/setValues: Apps Script
 * writes values as if a person typed them in the cell (the Sheets API's
 * USER_ENTERED input), read by the spreadsheet's locale and time zone.
 *
 * - https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 *   "If it begins with '=' it is interpreted as a formula."
 * - https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object[][])
 * - https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueInputOption
 *   USER_ENTERED: "The values will be parsed as if the user typed them into
 *   the UI. Numbers will stay as numbers, but strings may be converted to
 *   numbers, dates, etc. following the same rules that are applied when
 *   entering text into a cell via the Google Sheets UI."
 * - https://support.google.com/docs/answer/58515 (locale and time zone of a
 *   spreadsheet: they decide date order, decimal separator, TRUE/FALSE names)
 * - https://developers.google.com/workspace/sheets/api/guides/formats (dates
 *   and times are serial numbers counted from 30 December 1899; a time alone
 *   is a fraction of a day, i.e. a moment of 30/12/1899)
 * - https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)
 *   with "@" (plain text) a cell keeps what is written as text.
 * - https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
 *   reads back "Number, Boolean, Date, or String", '' for an empty cell.
 * - A leading apostrophe keeps the rest as text and is not part of the value
 *   (https://support.google.com/docs/answer/3094284, "prefix with an
 *   apostrophe to keep leading zeros").
 *
 * Where Google's pages are silent the emulator converts MORE than Google
 * might (stricter for the add-on): spaces around the text are ignored, "TRUE"
 * and "FALSE" are booleans in French spreadsheets too, "d.m.yyyy" is a date in
 * French, and "+5" a number.
 */
import {zonedParts, zonedToUtc} from '../core/datetime';
import type {Cell, SheetLocale} from './format';

/** What a typed string becomes: a value (and the format Sheets gives it), or a formula. */
export interface Typed {
  value: Cell | undefined;
  formula?: string;
  /** The number format Sheets applies automatically (only when the cell has none). */
  autoFormat?: string;
}

const DIGITS_GROUPED: Record<SheetLocale, RegExp> = {
  // French: spaces (ordinary, no-break, narrow no-break) between thousands, decimal comma.
  fr: /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?$/,
  en: /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/,
};
/** A decimal without integer part: ",5" in French, ".5" in English. */
const BARE_DECIMAL: Record<SheetLocale, RegExp> = {
  fr: /^([+-]?),(\d+)$/,
  en: /^([+-]?)\.(\d+)$/,
};
const CURRENCY = /^(?:€|\$|£)\s*|\s*(?:€|\$|£)$/;

/** A number as typed in `locale` ("12,5", "1 234", "00123", "12 %", "1,5E3"), else null. */
function typedNumber(
  text: string,
  locale: SheetLocale,
): {value: number; percent: boolean; currency: boolean} | null {
  let s = text;
  let percent = false;
  let currency = false;
  if (/\s*%$/.test(s)) {
    percent = true;
    s = s.replace(/\s*%$/, '');
  }
  if (CURRENCY.test(s)) {
    currency = true;
    s = s.replace(CURRENCY, '');
  }
  const exp = /^(.*?)[eE]([+-]?\d+)$/.exec(s);
  let exponent = 0;
  if (exp && !percent && !currency) {
    s = exp[1];
    exponent = Number(exp[2]);
  }
  let sign = '';
  let int = '';
  let dec = '';
  const m = DIGITS_GROUPED[locale].exec(s);
  if (m) {
    [sign, int, dec] = [
      m[1],
      m[2].replace(/[ \u00a0\u202f,]/g, ''),
      m[3] ?? '',
    ];
  } else {
    const b = BARE_DECIMAL[locale].exec(s);
    if (!b) return null;
    [sign, int, dec] = [b[1], '0', b[2]];
  }
  let value = Number(`${sign === '-' ? '-' : ''}${int}.${dec || '0'}`);
  if (exponent) value *= 10 ** exponent;
  if (percent) value /= 100;
  if (!Number.isFinite(value)) return null;
  return {value, percent, currency};
}

const BOOLEANS: Record<SheetLocale, Record<string, boolean>> = {
  fr: {vrai: true, faux: false, true: true, false: false},
  en: {true: true, false: false},
};

interface Clock {
  hour: number;
  minute: number;
  second: number;
}

/** "10:30", "10:30:15", "9:05" (and "10:30 PM" in English), else null. */
function typedTime(text: string, locale: SheetLocale): Clock | null {
  const m =
    /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([AaPp])\.?[Mm]\.?)?$/.exec(
      text,
    );
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  if (m[4]) {
    if (locale !== 'en' && locale !== 'fr') return null;
    if (hour < 1 || hour > 12) return null;
    const pm = m[4].toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return {hour, minute, second};
}

interface Day {
  year: number;
  month: number;
  day: number;
}

function realDay(year: number, month: number, day: number): Day | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 100) d.setUTCFullYear(year);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return {year, month, day};
}

/** Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (as Sheets reads them). */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/**
 * A calendar day as typed: ISO "2026-10-03" everywhere; "03/10/2026",
 * "3/10/26", "3/10", "3-10-2026", "3.10.2026" day first in French, month
 * first in English. `year` is the current year (a day without year is in it).
 */
function typedDay(
  text: string,
  locale: SheetLocale,
  year: () => number,
): Day | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return realDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const sep = locale === 'fr' ? '[/.-]' : '[/-]';
  m = new RegExp(`^(\\d{1,2})${sep}(\\d{1,2})(?:${sep}(\\d{2}|\\d{4}))?$`).exec(
    text,
  );
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const y = m[3] === undefined ? year() : fullYear(m[3]);
  return locale === 'fr' ? realDay(y, b, a) : realDay(y, a, b);
}

const DATE_FORMAT: Record<SheetLocale, string> = {
  fr: 'dd/mm/yyyy',
  en: 'M/d/yyyy',
};
const TIME_FORMAT: Record<SheetLocale, string> = {
  fr: 'HH:mm:ss',
  en: 'h:mm:ss am/pm',
};

/**
 * What Sheets stores when `text` is typed in a cell of a spreadsheet in
 * `locale` and `timeZone`, `nowMs` being the current moment (a day typed
 * without year is in the current year).
 */
export function typeText(
  text: string,
  locale: SheetLocale,
  timeZone: string,
  nowMs: number,
): Typed {
  if (text === '') return {value: undefined};
  if (text.charCodeAt(0) === 39 /* ' */) {
    return {value: text.length > 1 ? text.slice(1) : undefined};
  }
  if (text.charCodeAt(0) === 61 /* = */ && text.length > 1) {
    return {value: undefined, formula: text};
  }
  const s = text.trim();
  if (s === '') return {value: text};
  const bool = BOOLEANS[locale][s.toLowerCase()];
  if (bool !== undefined) return {value: bool};
  // Text starting with a letter is neither a number, a time nor a day (the
  // common case: decided without the costlier patterns below).
  if (/^\p{L}/u.test(s)) return {value: text};
  const num = typedNumber(s, locale);
  if (num) {
    if (num.percent) {
      return {
        value: num.value,
        autoFormat: Number.isInteger(num.value * 100) ? '0%' : '0.00%',
      };
    }
    return {value: num.value};
  }
  const time = typedTime(s, locale);
  if (time) {
    const ms = zonedToUtc(
      1899,
      12,
      30,
      time.hour,
      time.minute,
      time.second,
      timeZone,
    );
    return {value: new Date(ms), autoFormat: TIME_FORMAT[locale]};
  }
  const year = () => zonedParts(nowMs, timeZone).year;
  const parts = /^(\S+)(?:\s+|T)(\S+(?:\s*[AaPp]\.?[Mm]\.?)?)$/.exec(s);
  const dayText = parts ? parts[1] : s;
  const day = typedDay(dayText, locale, year);
  if (day) {
    const clock = parts ? typedTime(parts[2], locale) : null;
    if (parts && !clock) return {value: text};
    const ms = zonedToUtc(
      day.year,
      day.month,
      day.day,
      clock?.hour ?? 0,
      clock?.minute ?? 0,
      clock?.second ?? 0,
      timeZone,
    );
    return {
      value: new Date(ms),
      autoFormat: clock
        ? `${DATE_FORMAT[locale]} ${TIME_FORMAT[locale]}`
        : DATE_FORMAT[locale],
    };
  }
  return {value: text};
}
