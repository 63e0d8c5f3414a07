/**
 * The add-on's one CSV reader (programme imports, Google Forms downloads),
 * also used by `npm start` to check the files it is given: RFC 4180 quoting
 * (a field opened by a quote may hold the delimiter, doubled quotes and line
 * breaks), comma or semicolon, CRLF, LF or CR, an optional UTF-8 byte-order
 * mark. A malformed quote is refused with a French message naming its line,
 * never read as best it can: an unclosed quote would swallow every following
 * line into one cell, a stray one would merge or split cells silently. Pure:
 * it runs in Apps Script and in tests alike.
 */
import {AddonError} from '../gas/errors';

export interface CsvRecord {
  /** Line of the file where the record starts (1-based). */
  line: number;
  cells: string[];
}

/** A quote the reader cannot read without guessing; `line` is 1-based. */
export class CsvSyntaxError extends AddonError {
  constructor(
    kind: 'unclosedQuote' | 'strayQuote',
    readonly line: number,
  ) {
    super(
      kind === 'unclosedQuote'
        ? 'csv.error.unclosedQuote'
        : 'csv.error.strayQuote',
      {line},
    );
    this.name = 'CsvSyntaxError';
  }
}

/** The delimiter of the header line: the one of ';' and ',' found more often outside quotes. */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Records with the line each starts on. Blank lines are skipped unless
 * `keepBlank` (a Forms download keeps its shape row for row). Throws a
 * CsvSyntaxError for a quote left open at the end of the file (naming the
 * line where it was opened), a quote inside a field that does not start with
 * one, or text after the quote that closes a field.
 */
export function parseCsvRecords(
  text: string,
  delimiter: string,
  options: {keepBlank?: boolean} = {},
): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  /** Inside a quoted field. */
  let quoted = false;
  /** Just after the quote that closed a field: only a delimiter or a line end may follow. */
  let closed = false;
  // A quoted empty cell is still a cell: a last line `""` is a record.
  let touched = false;
  let line = 1;
  let start = 1;
  let openedAt = 1;
  const endRecord = () => {
    cells.push(cell);
    records.push({line: start, cells});
    cells = [];
    cell = '';
    touched = false;
  };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          closed = true;
        }
      } else {
        // \r\n, \n and a lone \r each start a new line of the file.
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      closed = false;
      touched = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      closed = false;
      line++;
      start = line;
    } else if (closed) {
      throw new CsvSyntaxError('strayQuote', line);
    } else if (ch === '"') {
      if (cell !== '') throw new CsvSyntaxError('strayQuote', line);
      quoted = true;
      openedAt = line;
      touched = true;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new CsvSyntaxError('unclosedQuote', openedAt);
  if (cell !== '' || cells.length > 0 || touched) endRecord();
  return options.keepBlank
    ? records
    : records.filter(r => r.cells.some(c => c.trim() !== ''));
}

/** The rows of a CSV as a table of strings (blank lines kept as rows of one empty cell). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  return parseCsvRecords(text, delimiter, {keepBlank: true}).map(r => r.cells);
}
