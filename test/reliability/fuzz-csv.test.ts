/**
 * The add-on's one CSV reader (src/shared/csv.ts) against an independent
 * one, papaparse (a test-only dependency), on generated files: well-formed
 * RFC 4180 tables are read cell for cell as papaparse reads them, and a file
 * with a quote put anywhere is either read the same or refused, in French,
 * at a line that holds a quote, where papaparse too finds the quoting wrong.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import {t} from '../../src/i18n';
import {CsvSyntaxError, parseCsv} from '../../src/shared/csv';
import {expectFilledMessage, runProperty} from './fuzz';

const SUITE = 'fuzz-csv';

const cellText = fc.oneof(
  {weight: 4, arbitrary: fc.string({maxLength: 12})},
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', '\r\n', '\r', '=1'),
        {
          maxLength: 8,
        },
      )
      .map(p => p.join('')),
  },
);

/** A table, a delimiter, a line end, and whether each cell is quoted when it need not be. */
const table = fc.record({
  rows: fc.array(
    fc.array(fc.tuple(cellText, fc.boolean()), {minLength: 1, maxLength: 6}),
    {minLength: 1, maxLength: 10},
  ),
  delimiter: fc.constantFrom(',', ';'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
});

/**
 * RFC 4180: a cell is quoted when it must be (delimiter, quote, line break)
 * or when asked; a row of one empty cell is written `""` (else it reads as a
 * blank line, or as nothing at the end of the file).
 */
function write(rows: [string, boolean][][], delimiter: string, eol: string) {
  return rows
    .map(r =>
      r
        .map(([c, quoteAnyway]) =>
          quoteAnyway ||
          /["\r\n]/.test(c) ||
          c.includes(delimiter) ||
          (r.length === 1 && c === '')
            ? `"${c.replace(/"/g, '""')}"`
            : c,
        )
        .join(delimiter),
    )
    .join(eol);
}

/** papaparse's reading of a file: rows, and whether it found the quoting wrong. */
function papa(text: string, delimiter: string, eol: string) {
  const r = Papa.parse<string[]>(text, {
    delimiter,
    newline: eol as '\n' | '\r\n' | '\r',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
  });
  // A line end closing the file ends the last record (RFC 4180), not a new one.
  const rows =
    text.endsWith(eol) &&
    r.data.length > 0 &&
    r.data[r.data.length - 1].join('') === '' &&
    r.data[r.data.length - 1].length === 1
      ? r.data.slice(0, -1)
      : r.data;
  return {rows, quoteError: r.errors.some(e => e.type === 'Quotes')};
}

/**
 * Walks the text along papaparse's cells: true when one of them stands in
 * the text unquoted yet holds a quote (a stray quote papaparse kept), or
 * when its cells cannot be found in order at all.
 */
function keptStrayQuote(
  text: string,
  rows: string[][],
  delimiter: string,
  eol: string,
): boolean {
  let at = 0;
  const endsAt = (i: number) =>
    i === text.length ||
    text.startsWith(delimiter, i) ||
    text.startsWith(eol, i);
  for (const row of rows) {
    for (const cell of row) {
      const quoted = `"${cell.replace(/"/g, '""')}"`;
      if (text.startsWith(quoted, at) && endsAt(at + quoted.length)) {
        at += quoted.length;
      } else if (text.startsWith(cell, at) && endsAt(at + cell.length)) {
        if (cell.includes('"')) return true;
        at += cell.length;
      } else {
        return true;
      }
      if (text.startsWith(delimiter, at)) at += delimiter.length;
    }
    if (text.startsWith(eol, at)) at += eol.length;
  }
  return false;
}

describe('parseCsv against papaparse', () => {
  test('well-formed tables: the same rows, cell for cell', () => {
    runProperty(
      table,
      ({rows, delimiter, eol}) => {
        const text = write(rows, delimiter, eol);
        const ours = parseCsv(text, delimiter);
        const theirs = papa(text, delimiter, eol);
        expect(theirs.quoteError).toBe(false);
        expect(ours).toEqual(theirs.rows);
        // And both give back what was written.
        expect(ours).toEqual(rows.map(r => r.map(([c]) => c)));
        return 'result';
      },
      {numRuns: 400, suite: SUITE},
    );
  });

  test('a quote put anywhere: read as papaparse reads it, or refused at a line holding a quote', () => {
    runProperty(
      fc.tuple(
        table,
        fc.oneof(
          {weight: 3, arbitrary: fc.constant(null)},
          {weight: 2, arbitrary: fc.nat()},
        ),
      ),
      ([{rows, delimiter, eol}, at]) => {
        // One line-end convention in the whole file, inside cells too:
        // papaparse splits on the one it is given, the add-on on any.
        const same = rows.map(r =>
          r.map(
            ([c, q]) => [c.replace(/\r\n|\r|\n/g, eol), q] as [string, boolean],
          ),
        );
        let text = write(same, delimiter, eol);
        if (at !== null) {
          const i = at % (text.length + 1);
          text = `${text.slice(0, i)}"${text.slice(i)}`;
        }
        const theirs = papa(text, delimiter, eol);
        let ours: string[][];
        try {
          ours = parseCsv(text, delimiter);
        } catch (e) {
          expect(e).toBeInstanceOf(CsvSyntaxError);
          const err = e as CsvSyntaxError;
          expect(err.message).toBe(t(err.key, err.params, 'fr'));
          expectFilledMessage(err.message);
          // The line named holds a quote…
          const lines = text.split(/\r\n|\r|\n/);
          expect(lines[err.line - 1] ?? '').toContain('"');
          // …and papaparse too finds the quoting wrong, or (lenient there)
          // keeps a quote inside a cell that was not quoted.
          const strayKept = keptStrayQuote(text, theirs.rows, delimiter, eol);
          expect(theirs.quoteError || strayKept).toBe(true);
          return 'error';
        }
        expect(theirs.quoteError).toBe(false);
        expect(ours).toEqual(theirs.rows);
        return 'result';
      },
      {numRuns: 400, suite: SUITE},
    );
  });

  test('the two refusals, by hand: an unclosed quote, a quote inside a cell', () => {
    const unclosed = 'Titre;Date\n"Atelier;07/10/2026\nBalade;08/10/2026\n';
    expect(() => parseCsv(unclosed, ';')).toThrow(
      expect.objectContaining({key: 'csv.error.unclosedQuote', line: 2}),
    );
    expect(papa(unclosed, ';', '\n').quoteError).toBe(true);
    const stray = 'Titre;Date\nAtelier "robots";07/10/2026\n';
    expect(() => parseCsv(stray, ';')).toThrow(
      expect.objectContaining({key: 'csv.error.strayQuote', line: 2}),
    );
    const after = 'Titre;Date\n"Atelier" robots;07/10/2026\n';
    expect(() => parseCsv(after, ';')).toThrow(
      expect.objectContaining({key: 'csv.error.strayQuote', line: 2}),
    );
    expect(papa(after, ';', '\n').quoteError).toBe(true);
    // Opened on line 2, never closed: the line named is where it opened.
    expect(() => parseCsv('a\n"b\nc\nd', ',')).toThrow(
      expect.objectContaining({line: 2}),
    );
    // A quoted cell over three lines is one cell; the next record's line follows.
    expect(parseCsv('a,"b\r\nc\rd",e\nf', ',')).toEqual([
      ['a', 'b\r\nc\rd', 'e'],
      ['f'],
    ]);
  });
});
