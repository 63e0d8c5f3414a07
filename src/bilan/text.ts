/**
 * Small text rules of the bilan: reading a number typed in a form, recognising
 * headers (timestamp, personal data, recommendation, counts) and masking
 * e-mail addresses and phone numbers in free text. Pure.
 */
import {normalizeKey} from '../gas/table';

/**
 * A number from a cell: numbers as they are; text such as "12", " 12,5 ",
 * "-3" or "1 200" read the French way; null for anything else. Checks the
 * first character before any regular expression, since most answers are not
 * numbers.
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s === '') return null;
  const c = s.charCodeAt(0);
  const digitStart = c >= 48 && c <= 57;
  if (!digitStart && c !== 45 && c !== 43) return null;
  const compact = s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(compact)) return null;
  return Number(compact);
}

/** Text of a cell for counting and display ('' for empty). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

const TIMESTAMP_HEADERS = new Set([
  'horodateur',
  'horodatage',
  'timestamp',
  'date et heure',
  'date heure',
]);

export function isTimestampHeader(title: string): boolean {
  return TIMESTAMP_HEADERS.has(normalizeKey(title));
}

const EMAIL_HEADER =
  /\b(e mail|email|courriel|adresse mail|adresse electronique|mail)\b/;
const PHONE_HEADER =
  /\b(telephone|tel|phone|portable|mobile|numero de telephone)\b/;
const NAME_HEADER =
  /^(votre |vos |your )?(nom|prenom|name|first name|last name|full name|surname|given name|nom et prenom|prenom et nom|nom prenom|prenom nom|nom de famille|noms? et prenoms?)( \w+)?$/;
const NOT_A_PERSON =
  /\b(structure|etablissement|ecole|organisation|organism|association|school|organization|commune|ville|atelier|animation|seance|evenement|event)\b/;

/** A header naming personal data: e-mail, phone, a person's name. */
export function isPersonalHeader(title: string): boolean {
  const key = normalizeKey(title);
  if (EMAIL_HEADER.test(key) || PHONE_HEADER.test(key)) return true;
  return NAME_HEADER.test(key) && !NOT_A_PERSON.test(key);
}

const RECOMMEND = /(recommand|recommend|conseill)/;
export function isRecommendHeader(title: string): boolean {
  return RECOMMEND.test(normalizeKey(title));
}

const COUNT_HEADER =
  /\b(nombre|nb|combien|number|how many|effectifs?|total|quantite)\b/;
export function isCountHeader(title: string): boolean {
  return COUNT_HEADER.test(normalizeKey(title));
}

// Bounded like real addresses (64-character local part, 255-character
// domain) and starting where a word starts: unbounded `+` made masking a long
// answer quadratic (a 60,000-character comment took 20 s).
const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,24}/g;
const EMAIL_ONE =
  /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,24}$/;
/** 9 to 14 digits with optional spaces, dots or dashes (French and international numbers). */
const PHONE = /(?:\+|\b)\d(?:[\s.-]?\d){8,13}\b/g;
const PHONE_ONE = /^(?:\+|00)?\d(?:[\s.-]?\d){8,13}$/;

const EMAIL_INSIDE =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,24}/;
const PHONE_INSIDE = /(?:\+|\b)\d(?:[\s.-]?\d){8,13}\b/;

/** True when the answer holds an e-mail address or a phone number somewhere. */
export function containsPersonal(text: string): boolean {
  return (
    (text.includes('@') && EMAIL_INSIDE.test(text)) ||
    (/\d{2}/.test(text) && PHONE_INSIDE.test(text))
  );
}

/** True when the whole answer is an e-mail address. */
export function looksLikeEmail(text: string): boolean {
  return text.includes('@') && EMAIL_ONE.test(text);
}

/** True when the whole answer is a phone number. */
export function looksLikePhone(text: string): boolean {
  return text.length >= 9 && text.length <= 22 && PHONE_ONE.test(text);
}

/**
 * Replaces e-mail addresses and phone numbers in a free-text answer by the
 * given marks. The regular expressions run only when the text could hold one
 * (an "@", or enough digits).
 */
export function maskPersonal(
  text: string,
  emailMark: string,
  phoneMark: string,
): string {
  let s = text;
  if (s.includes('@')) s = s.replace(EMAIL, emailMark);
  if (/\d{2}/.test(s)) s = s.replace(PHONE, phoneMark);
  return s;
}

/** Rounds to `digits` decimals (half away from zero, as people round by hand). */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.sign(value) * (Math.round(Math.abs(value) * f) / f);
}

/** Share of `part` in `whole` as a percentage with one decimal (0 when whole is 0). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? round((part * 100) / whole, 1) : 0;
}
