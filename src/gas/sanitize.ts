/**
 * The one rule for writing user text into Sheets, and the one rule for HTML.
 * Every capability calls these; no other place neutralises text.
 */

/** Characters that make Sheets read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Largest text a Sheets cell holds. */
export const MAX_CELL_CHARS = 50000;

/**
 * Makes a user- or file-supplied string safe to write to a cell, so that it
 * reads back exactly as written. Apps Script writes strings as if a person
 * typed them, by the spreadsheet's locale: "007" becomes 7, "38000" a
 * number, "10:30" a time, "1/2" a date, "VRAI" a boolean, "=…" a formula
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object),
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueInputOption).
 * A leading apostrophe keeps any text as text and is not part of the value,
 * so every non-empty string gets one (one rule, whatever the locale). Text
 * over the cell limit is cut with an ellipsis rather than making the whole
 * write fail.
 */
export function toSheetText(text: string): string {
  const s = cutToCell(text);
  return s === '' ? '' : `'${s}`;
}

/**
 * A string for a cell formatted as plain text ("@"): Sheets keeps it as it
 * is (no typing, no formula) and would show an apostrophe, so none is added.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)
 */
export function toPlainText(text: string): string {
  return cutToCell(text);
}

function cutToCell(text: string): string {
  return text.length > MAX_CELL_CHARS
    ? text.slice(0, MAX_CELL_CHARS - 1) + '…'
    : text;
}

/** A cell value ready for setValues: strings neutralised, other types kept. */
export type CellValue = string | number | boolean | Date;

/**
 * A formula the add-on itself writes (never user text): the only value that
 * passes through toCell unneutralised.
 */
export class Formula {
  constructor(readonly text: string) {}
}

/** A value ready for a cell; `plain`: the cell is formatted "@" (see toPlainText). */
export function toCell(value: unknown, plain = false): CellValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Formula) return value.text;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean' || value instanceof Date) return value;
  return plain ? toPlainText(String(value)) : toSheetText(String(value));
}

/**
 * Neutralises every cell of a block of rows; `plain(j)` tells whether the
 * block's column j is formatted "@".
 */
export function toCells(
  rows: readonly (readonly unknown[])[],
  plain?: (column: number) => boolean,
): CellValue[][] {
  return rows.map(row => row.map((v, j) => toCell(v, plain?.(j) ?? false)));
}

/** True when a value read back from a sheet would be evaluated as a formula. */
export function isLiveFormula(value: unknown): boolean {
  return typeof value === 'string' && FORMULA_START.test(value);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element or a quoted attribute. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  // Other letters and signs of French texts (open-data event descriptions).
  Eacute: 'É',
  Egrave: 'È',
  Agrave: 'À',
  Ccedil: 'Ç',
  ecirc: 'ê',
  euml: 'ë',
  acirc: 'â',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  uuml: 'ü',
  oelig: 'œ',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  euro: '€',
  deg: '°',
};

/**
 * Reduces HTML (event descriptions from the open-data exports) to plain text:
 * tags dropped, block ends turned into line breaks, entities decoded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code =
          e[1].toLowerCase() === 'x'
            ? parseInt(e.slice(2), 16)
            : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000
          ? String.fromCodePoint(code)
          : '';
      }
      return ENTITIES[e] ?? ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
