/** A1 notation: parsing and formatting cell and range addresses. */

export interface GridRect {
  /** 1-based first row and column. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rectA1(r: GridRect): string {
  const first = cellA1(r.row, r.column);
  if (r.numRows === 1 && r.numColumns === 1) return first;
  return `${first}:${cellA1(r.row + r.numRows - 1, r.column + r.numColumns - 1)}`;
}

/** Quotes a sheet name for A1 notation when needed: 'Réponses au formulaire 1'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedA1 {
  sheetName: string | null;
  rect: GridRect;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses "A1", "A1:C3", "A:C", "2:5", "Sheet!B2:D", "'My sheet'!A1".
 * Open ends (whole columns / rows) extend to the sheet's max rows / columns.
 */
export function parseA1(
  notation: string,
  maxRows: number,
  maxColumns: number,
): ParsedA1 {
  let text = notation.trim();
  let sheetName: string | null = null;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    let s = text.slice(0, bang);
    if (s.startsWith("'") && s.endsWith("'")) {
      s = s.slice(1, -1).replace(/''/g, "'");
    }
    sheetName = s;
    text = text.slice(bang + 1);
  }
  const [a, b] = text.split(':');
  const pa = PART.exec(a ?? '');
  const pb = b === undefined ? pa : PART.exec(b);
  if (!pa || !pb || (!pa[1] && !pa[2]) || (!pb[1] && !pb[2])) {
    throw new Error('Range not found');
  }
  const c1 = pa[1] ? columnNumber(pa[1]) : 1;
  const r1 = pa[2] ? Number(pa[2]) : 1;
  const c2 = pb[1] ? columnNumber(pb[1]) : maxColumns;
  const r2 = pb[2] ? Number(pb[2]) : b === undefined ? r1 : maxRows;
  // "A:C" → rows 1..max; "2:5" → columns 1..max; "B2:D" → rows 2..max.
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  if (row < 1 || column < 1) throw new Error('Range not found');
  return {
    sheetName,
    rect: {
      row,
      column,
      numRows: Math.abs(r2 - r1) + 1,
      numColumns: Math.abs(c2 - c1) + 1,
    },
  };
}
