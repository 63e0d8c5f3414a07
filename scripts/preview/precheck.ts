/**
 * Reads every file given on the command line before anything runs, so that an
 * unreadable file stops `npm start` at once with "file, line, reason" (and exit
 * code 1) instead of half a preview. Row-level problems of a readable file
 * (unknown commune, bad time…) are the importer's business: they end up in
 * report.json's `tracker.rejected`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {COMMUNES} from '../../src/generated/communes';
import {AddonError} from '../../src/gas/errors';
import {FR} from '../../src/i18n/fr';
import {EN} from '../../src/i18n/en';
import {t} from '../../src/i18n';
import {CommuneIndex} from '../../src/tracker/communes';
import {parseImportFile} from '../../src/tracker/import/detect';
import {isOdsHeader} from '../../src/tracker/import/ods';
import type {ImportFormat} from '../../src/tracker/import/types';
import {
  CsvSyntaxError,
  detectDelimiter,
  parseCsvRecords,
} from '../../src/shared/csv';

/** The formats of --events: the add-on's own import formats. */
export type EventsFormat = ImportFormat;
export type ResponsesFormat = 'forms-csv' | 'sheet-csv';

export interface EventsFile {
  path: string;
  fileName: string;
  format: EventsFormat;
  /** The file's text as given (BOM included): what the importer receives. */
  content: string;
  /** Records (JSON) or data rows (CSV) in the file. */
  records: number;
}

export interface ResponsesFile {
  path: string;
  fileName: string;
  format: ResponsesFormat;
  content: string;
  table: CsvTable;
}

/** A CSV file read by the add-on's own reader (src/shared/csv.ts): header, then data records. */
export interface CsvTable {
  separator: string;
  header: string[];
  records: {line: number; fields: string[]}[];
}

export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    // The add-on's own messages name the line already: said once.
    super(
      line > 0 && !reason.includes(`ligne ${line}`)
        ? `${file}, ligne ${line} : ${reason}`
        : `${file} : ${reason}`,
    );
  }
}

/**
 * RFC 5545, 3.1: a line may be folded inside a UTF-8 character, and must be
 * unfolded before it is decoded. The bytes of a character cut by a fold are
 * moved after the fold, so that each line decodes whole and keeps its number
 * (as the import dialog does in the browser).
 */
export function mendIcsFolds(buf: Buffer): Buffer {
  const out: number[] = [];
  const continuation = (b: number | undefined) =>
    b !== undefined && b >= 0x80 && b < 0xc0;
  for (let i = 0; i < buf.length; i++) {
    const crlf = buf[i] === 0x0d && buf[i + 1] === 0x0a ? 2 : 0;
    const lf = buf[i] === 0x0a ? 1 : 0;
    const eol = crlf || lf;
    const ws = buf[i + eol];
    if (eol && (ws === 0x20 || ws === 0x09) && continuation(buf[i + eol + 1])) {
      let k = out.length;
      while (k > 0 && continuation(out[k - 1])) k--;
      const carry = k > 0 && out[k - 1] >= 0xc0 ? out.splice(k - 1) : [];
      out.push(...buf.subarray(i, i + eol + 1), ...carry);
      i += eol;
    } else {
      out.push(buf[i]);
    }
  }
  return Buffer.from(out);
}

const ICS_NAME = /\.(ics|ical|icalendar|ifb)$/i;
const ICS_START = /^\ufeff?\s*BEGIN:VCALENDAR/i;

function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(
      file,
      0,
      code === 'ENOENT'
        ? 'fichier introuvable'
        : code === 'EISDIR'
          ? 'c’est un dossier, pas un fichier'
          : `lecture impossible (${code ?? String(e)})`,
    );
  }
  if (
    ICS_NAME.test(file) ||
    ICS_START.test(buf.subarray(0, 64).toString('latin1'))
  ) {
    buf = mendIcsFolds(buf);
  }
  const text = buf.toString('utf8');
  if (text.includes('\ufffd')) {
    // Position of the first byte that is not UTF-8, as a line number.
    const bad = text.indexOf('\ufffd');
    throw new FileError(
      file,
      text.slice(0, bad).split('\n').length,
      'le fichier n’est pas en UTF-8 (enregistrez-le en UTF-8)',
    );
  }
  return text;
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(
  text: string,
  offset: number,
): {line: number; column: number} {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return {line: lines.length, column: lines[lines.length - 1].length + 1};
}

const JSON_ERRORS: [RegExp, string][] = [
  [
    /end of JSON/i,
    'fin de fichier inattendue (crochet ou accolade non refermé ?)',
  ],
  [/Expected ',' or '}'/, 'virgule ou « } » attendue après une valeur'],
  [/Expected ',' or ']'/, 'virgule ou « ] » attendue après un élément'],
  [
    /double-quoted property name/,
    'nom de champ entre guillemets attendu (virgule en trop ?)',
  ],
  [/Unterminated string/, 'texte entre guillemets jamais refermé'],
  [
    /control character/,
    'caractère de contrôle interdit dans un texte (retour à la ligne non échappé ?)',
  ],
  [/Unexpected (token|non-whitespace)/, 'caractère inattendu'],
];

function frenchJsonError(message: string): string {
  const known = JSON_ERRORS.find(([re]) => re.test(message));
  return known
    ? known[1]
    : `syntaxe incorrecte (${message.replace(/ in JSON at position \d+.*$/, '')})`;
}

/** JSON.parse with the line and column of a syntax error. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    const offset = pos
      ? Number(pos[1]) + (text.startsWith('\ufeff') ? 1 : 0)
      : text.length;
    const {line, column} = lc
      ? {line: Number(lc[1]), column: Number(lc[2])}
      : lineColumn(text, offset);
    const what = frenchJsonError(message);
    throw new FileError(
      file,
      line,
      `JSON invalide, colonne ${column} : ${what}`,
    );
  }
}

/**
 * The format and record count of an events file, as the add-on's own import
 * reads it (the same detection, so `npm start` accepts what the dialog
 * accepts); a file the add-on refuses stops the run with its French message.
 */
function addonFormat(
  file: string,
  content: string,
): {format: EventsFormat; records: number} {
  try {
    const result = parseImportFile(path.basename(file), content, {
      communes: new CommuneIndex(COMMUNES, '38'),
    });
    return {format: result.format, records: result.given};
  } catch (e) {
    if (e instanceof AddonError) throw new FileError(file, 0, e.message);
    throw e;
  }
}

const norm = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** The Programme tab's header names in both languages, from the add-on's catalogues. */
function programmeHeaders(key: string): string[] {
  const fr = (FR as Record<string, string>)[`tracker.col.session.${key}`];
  const en = (EN as Record<string, string>)[`tracker.col.session.${key}`];
  return [fr, en].filter((x): x is string => typeof x === 'string');
}

function checkProgrammeCsv(file: string, table: CsvTable): void {
  const have = new Set(table.header.map(norm));
  const missing = (['title', 'date'] as const).filter(
    k => !programmeHeaders(k).some(h => have.has(norm(h))),
  );
  if (missing.length > 0) {
    const names = missing
      .map(k => `« ${programmeHeaders(k).join(' » / « ')} »`)
      .join(', ');
    throw new FileError(
      file,
      1,
      `colonne obligatoire absente de l’en-tête : ${names}`,
    );
  }
  checkWidth(file, table);
}

function checkWidth(file: string, table: CsvTable): void {
  for (const r of table.records) {
    if (
      r.fields.length !== table.header.length &&
      !(r.fields.length === 1 && r.fields[0] === '')
    )
      throw new FileError(
        file,
        r.line,
        `${r.fields.length} champs au lieu des ${table.header.length} de l’en-tête`,
      );
  }
}

/**
 * The file read by the add-on's CSV reader, so that `npm start` refuses what
 * the add-on's import refuses, with the same French message.
 */
function readCsv(file: string, text: string): CsvTable {
  const body = text.replace(/^\ufeff/, '');
  const separator = detectDelimiter(body);
  let records;
  try {
    records = parseCsvRecords(body, separator);
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      throw new FileError(file, e.line, t(e.key, e.params, 'fr'));
    throw e;
  }
  if (records.length === 0) throw new FileError(file, 1, 'fichier vide');
  const [head, ...rest] = records;
  return {
    separator,
    header: head.cells.map(h => h.trim()),
    records: rest.map(r => ({line: r.line, fields: r.cells})),
  };
}

export function checkEventsFile(file: string): EventsFile {
  const content = readText(file);
  const base = path.basename(file);
  if (content.replace(/^\ufeff/, '').trim() === '')
    throw new FileError(file, 1, 'fichier vide');
  const looksJson = /^\ufeff?\s*[[{]/.test(content);
  if (ICS_START.test(content) || (!looksJson && ICS_NAME.test(file))) {
    return {path: file, fileName: base, ...addonFormat(file, content), content};
  }
  if (/\.json$/i.test(file) || looksJson) {
    try {
      parseJson(file, content);
    } catch (e) {
      // Several API pages saved one after the other are not one JSON value,
      // but the add-on reads them: only its refusal stops the run.
      if (!(e instanceof FileError)) throw e;
      try {
        addonFormat(file, content);
      } catch {
        throw e;
      }
    }
    return {path: file, fileName: base, ...addonFormat(file, content), content};
  }
  const table = readCsv(file, content);
  if (isOdsHeader(table.header)) {
    return {path: file, fileName: base, ...addonFormat(file, content), content};
  }
  checkProgrammeCsv(file, table);
  return {
    path: file,
    fileName: base,
    format: 'csv',
    content,
    records: table.records.length,
  };
}

const TIMESTAMP = ['horodateur', 'timestamp', 'horodatage', 'marqueurtemporel'];
/** A Forms CSV download writes "2026/10/03 4:12:33 PM UTC+2"; a sheet download writes the displayed date. */
const FORMS_STAMP = /^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}:\d{2}/;

export function checkResponsesFile(file: string): ResponsesFile {
  const content = readText(file);
  if (content.replace(/^\ufeff/, '').trim() === '')
    throw new FileError(file, 1, 'fichier vide');
  if (/^\ufeff?\s*[[{]/.test(content))
    throw new FileError(
      file,
      1,
      'réponses attendues au format CSV (téléchargement Google Forms ou de la feuille de réponses), pas JSON',
    );
  const table = readCsv(file, content);
  if (!TIMESTAMP.includes(norm(table.header[0] ?? '')))
    throw new FileError(
      file,
      1,
      `la première colonne doit être « Horodateur » (ou « Timestamp »), comme dans un téléchargement de Google Forms ; trouvé « ${table.header[0] ?? ''} »`,
    );
  if (table.header.length < 2)
    throw new FileError(file, 1, 'aucune question après l’horodateur');
  checkWidth(file, table);
  const first = table.records[0]?.fields[0] ?? '';
  return {
    path: file,
    fileName: path.basename(file),
    format: FORMS_STAMP.test(first) ? 'forms-csv' : 'sheet-csv',
    content,
    table,
  };
}
