/**
 * The one rule for writing user text into Sheets, and the one rule for HTML.
 * Every capability calls these; no other place neutralises text.
 */

/** Characters that make Sheets read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Largest text a Sheets cell holds. */
export const MAX_CELL_CHARS = 50000;

/**
 * Makes a user- or file-supplied string safe to write to a cell: a leading
 * formula character is neutralised by a leading apostrophe (Sheets shows the
 * text as typed and never evaluates it), and text over the cell limit is cut
 * with an ellipsis rather than making the whole write fail.
 */
export function toSheetText(text: string): string {
  let s = text;
  if (s.length > MAX_CELL_CHARS) s = s.slice(0, MAX_CELL_CHARS - 1) + '…';
  return FORMULA_START.test(s) ? `'${s}` : s;
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

export function toCell(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Formula) return value.text;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean' || value instanceof Date) return value;
  return toSheetText(String(value));
}

/** Neutralises every cell of a block of rows. */
export function toCells(rows: readonly (readonly unknown[])[]): CellValue[][] {
  return rows.map(row => row.map(toCell));
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
