/**
 * --responses files: their rows are written into the response sheet linked to
 * the general-public form, laid out as Google lays out a linked sheet —
 * "Horodateur" first as a date, numbers as numbers, checkbox answers joined
 * with ", " (a Forms CSV download joins them with ";"). Files with other
 * questions add their columns at the end, as Google does when a question is
 * added. One write per file: what the sheet would hold had Google received
 * those answers.
 */
import {formDump} from '../../emulator/forms/dump';
import {parisOffset} from './emulator';
import type {ResponsesFile} from './precheck';
import type {WorkspaceLike} from './ws';

interface RangeLike {
  getValues(): unknown[][];
  setValues(v: unknown[][]): unknown;
}
interface SheetLike {
  getLastRow(): number;
  getLastColumn(): number;
  getRange(r: number, c: number, h: number, w: number): RangeLike;
  getMaxColumns?(): number;
  insertColumnsAfter?(after: number, n: number): unknown;
}

const pad = (n: string): string => n.padStart(2, '0');

/** "2026/10/03 4:12:33 PM GMT+2" (Forms download) or "03/10/2026 16:12:33" (sheet download) → Date. */
export function parseStamp(text: string): Date | string {
  let m =
    /^(\d{4})\/(\d{2})\/(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?: ?([AP]M))?(?: (?:GMT|UTC)([+-]\d{1,2}))?/i.exec(
      text.trim(),
    );
  if (m) {
    let h = Number(m[4]);
    if (m[7]) h = (h % 12) + (/p/i.test(m[7]) ? 12 : 0);
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    const off = m[8]
      ? `${m[8].startsWith('-') ? '-' : '+'}${pad(m[8].replace(/[+-]/, ''))}:00`
      : parisOffset(day);
    return new Date(`${day}T${pad(String(h))}:${m[5]}:${m[6]}${off}`);
  }
  m =
    /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
      text.trim(),
    );
  if (m) {
    const day = `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
    return new Date(
      `${day}T${pad(m[4] ?? '0')}:${m[5] ?? '00'}:${m[6] ?? '00'}${parisOffset(day)}`,
    );
  }
  return text;
}

/** A cell as the linked sheet types it. */
function typed(value: string): string | number {
  const v = value.trim();
  if (/^-?\d+(?:[.,]\d+)?$/.test(v) && !/^0\d/.test(v))
    return Number(v.replace(',', '.'));
  return value;
}

/** Columns that hold checkbox answers in a Forms download: ";"-joined short options. */
function checkboxColumns(file: ResponsesFile): Set<number> {
  const out = new Set<number>();
  if (file.format !== 'forms-csv') return out;
  file.table.header.forEach((_, c) => {
    const values = file.table.records.map(r => r.fields[c] ?? '');
    if (values.some(v => v.includes(';')) && values.every(v => v.length <= 120))
      out.add(c);
  });
  return out;
}

export function writeResponses(
  ws: WorkspaceLike,
  ss: unknown,
  form: unknown,
  files: ResponsesFile[],
): number {
  void ws;
  const dest = formDump(form as Parameters<typeof formDump>[0]).destination;
  if (!dest)
    throw new Error("le questionnaire n'est lié à aucune feuille de réponses");
  const book = ss as {getSheetByName(n: string): SheetLike | null};
  const sheet = book.getSheetByName(dest.sheetName);
  if (!sheet) throw new Error(`feuille « ${dest.sheetName} » introuvable`);
  // The answers of the files replace the sheet's: the bilan counts them and nothing else.
  const header: string[] = [];
  const rows: unknown[][] = [];
  for (const file of files) {
    const multi = checkboxColumns(file);
    const index = file.table.header.map((h, c) => {
      // The timestamp column keeps the sheet's own title ("Horodateur").
      const name = c === 0 ? (header[0] ?? h) : h;
      let i = header.indexOf(name);
      if (i < 0) {
        header.push(name);
        i = header.length - 1;
      }
      return i;
    });
    for (const rec of file.table.records) {
      const row: unknown[] = [];
      rec.fields.forEach((v, c) => {
        row[index[c]] =
          c === 0
            ? parseStamp(v)
            : multi.has(c)
              ? v
                  .split(/\s*;\s*/)
                  .filter(Boolean)
                  .join(', ')
              : typed(v);
      });
      rows.push(row);
    }
  }
  const width = header.length;
  const full = rows.map(r =>
    Array.from({length: width}, (_, i) => (r[i] === undefined ? '' : r[i])),
  );
  const lastCol = Math.max(sheet.getLastColumn(), 1);
  if (
    sheet.getMaxColumns &&
    sheet.insertColumnsAfter &&
    sheet.getMaxColumns() < width
  )
    sheet.insertColumnsAfter(
      sheet.getMaxColumns(),
      width - sheet.getMaxColumns(),
    );
  // Clear what the sheet held (only its header, as nobody answered the new form yet).
  if (lastCol > width)
    sheet
      .getRange(1, width + 1, 1, lastCol - width)
      .setValues([Array(lastCol - width).fill('')]);
  sheet.getRange(1, 1, 1, width).setValues([header]);
  if (full.length > 0) sheet.getRange(2, 1, full.length, width).setValues(full);
  return full.length;
}
