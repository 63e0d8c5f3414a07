/**
 * The add-on's one CSV reader (programme imports, Google Forms downloads):
 * RFC 4180 quoting (a field opened by a quote may hold the delimiter, doubled
 * quotes and line breaks), comma or semicolon, CRLF or LF, an optional UTF-8
 * byte-order mark. Pure: it runs in Apps Script and in tests alike.
 */

export interface CsvRecord {
  /** Line of the file where the record starts (1-based). */
  line: number;
  cells: string[];
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
 * `keepBlank` (a Forms download keeps its shape row for row).
 */
export function parseCsvRecords(
  text: string,
  delimiter: string,
  options: {keepBlank?: boolean} = {},
): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  // A quoted empty cell is still a cell: a last line `""` is a record.
  let touched = false;
  let line = 1;
  let start = 1;
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
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      touched = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || cells.length > 0 || touched) endRecord();
  return options.keepBlank
    ? records
    : records.filter(r => r.cells.some(c => c.trim() !== ''));
}

/** The rows of a CSV as a table of strings (blank lines kept as rows of one empty cell). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  return parseCsvRecords(text, delimiter, {keepBlank: true}).map(r => r.cells);
}
