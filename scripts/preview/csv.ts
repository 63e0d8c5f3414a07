/**
 * A small RFC 4180 CSV reader that keeps the line where each record starts
 * (for messages) and guesses the separator from the header line.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  separator: string;
  header: string[];
  records: CsvRecord[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(reason);
  }
}

/** Separator of the first line, counting only characters outside quotes. */
export function guessSeparator(text: string): string {
  const counts: Record<string, number> = {',': 0, ';': 0, '\t': 0};
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][1] > 0
    ? Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0]
    : ',';
}

export function parseCsv(input: string): CsvTable {
  const text = input.replace(/^\ufeff/, '');
  const sep = guessSeparator(text);
  const rows: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  let any = false;
  const endRecord = (): void => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !any))
      rows.push({line: start, fields});
    fields = [];
    field = '';
    any = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '')
        throw new CsvError(
          line,
          'guillemet au milieu d’un champ (le champ doit être entièrement entre guillemets)',
        );
      quoted = true;
      any = true;
    } else if (ch === sep) {
      fields.push(field);
      field = '';
      any = true;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      start = line;
    } else {
      field += ch;
      any = true;
    }
    i++;
  }
  if (quoted) throw new CsvError(start, 'guillemet ouvert jamais refermé');
  if (field !== '' || fields.length > 0 || any) endRecord();
  if (rows.length === 0) throw new CsvError(1, 'fichier vide');
  const [head, ...records] = rows;
  return {separator: sep, header: head.fields.map(h => h.trim()), records};
}
