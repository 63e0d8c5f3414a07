/** A fake spreadsheet: its sheets, named ranges, locale and time zone. */
import {real} from '../core/cast';
import type {EmuEnv} from '../core/env';
import {driveEntry} from '../drive/registry';
import {parseA1} from './a1';
import type {SheetLocale} from './format';
import {FakeNamedRange} from './named-range';
import {FakeRange} from './range';
import {FakeSheet, MAX_CELLS} from './sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const LOCALE_CODES: Record<SheetLocale, string> = {
  fr: 'fr_FR',
  en: 'en_US',
};

/** Name of a new sheet: "Feuille N" in French, "Sheet N" in English. */
export function defaultSheetName(locale: SheetLocale, n: number): string {
  return locale === 'fr' ? `Feuille ${n}` : `Sheet${n}`;
}

export type SpreadsheetKeys =
  | 'appendRow'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getDataRange'
  | 'getFormUrl'
  | 'getId'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getName'
  | 'getNamedRanges'
  | 'getOwner'
  | 'getEditors'
  | 'addEditor'
  | 'getNumSheets'
  | 'getRange'
  | 'getRangeByName'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'removeNamedRange'
  | 'rename'
  | 'setActiveSheet'
  | 'setNamedRange'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

export class FakeSpreadsheet implements Pick<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  SpreadsheetKeys
> {
  sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  namedRanges: FakeNamedRange[] = [];
  toasts: {msg: string; title: string}[] = [];
  editors = new Set<string>();
  /** Bumped on every content or structure change (formula results cache key). */
  version = 0;
  /** Blocks read by formulas at `rangeCacheVersion` (see formulaContext). */
  rangeCache = new Map<string, import('./format').Cell[][]>();
  rangeCacheVersion = -1;
  locale: SheetLocale;
  localeCode: string;
  timeZone: string;
  private nextSheetId = 0;

  constructor(
    readonly env: EmuEnv,
    readonly id: string,
    public name: string,
    rows = 1000,
    columns = 26,
  ) {
    this.locale = env.locale;
    this.localeCode = LOCALE_CODES[env.locale];
    this.timeZone = env.timeZone;
    this.addSheet(defaultSheetName(this.locale, 1), 0, rows, columns);
  }

  private m(method: string, cost?: {create?: boolean}): void {
    this.env.meter.call('Spreadsheet', method, cost);
  }

  url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  /** Unmetered lookups for the emulator's own use. */
  sheetByName(name: string): FakeSheet | null {
    return this.sheets.find(s => s.name === name) ?? null;
  }

  checkCellLimit(extra: number): void {
    const total = this.sheets.reduce((n, s) => n + s.cellCount(), 0);
    if (total + extra > MAX_CELLS) {
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
  }

  addSheet(name: string, index: number, rows = 1000, columns = 26): FakeSheet {
    if (this.sheets.some(s => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    this.checkCellLimit(rows * columns);
    const sheet = new FakeSheet(this, name, this.nextSheetId, rows, columns);
    this.nextSheetId =
      this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7919;
    this.sheets.splice(
      Math.max(0, Math.min(index, this.sheets.length)),
      0,
      sheet,
    );
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  /** "Sheet!A1:B2" (or the active sheet's range for "A1:B2"). */
  rangeFromA1(a1: string): FakeRange {
    const parsed = parseA1(a1, 1, 1);
    const sheet =
      parsed.sheetName === null
        ? (this.activeSheet ?? this.sheets[0])
        : this.sheetByName(parsed.sheetName);
    if (!sheet) throw new Error('Range not found');
    const bang = a1.lastIndexOf('!');
    return sheet.rangeA1(bang >= 0 ? a1.slice(bang + 1) : a1);
  }

  // ------------------------------------------------------- Spreadsheet API

  getId(): string {
    this.m('getId');
    return this.id;
  }
  getName(): string {
    this.m('getName');
    return this.name;
  }
  rename(newName: string): void {
    this.m('rename');
    this.name = newName;
  }
  getUrl(): string {
    this.m('getUrl');
    return this.url();
  }
  getSheets(): Sheet[] {
    this.m('getSheets');
    return this.sheets.map(s => real<Sheet>(s));
  }
  getNumSheets(): number {
    this.m('getNumSheets');
    return this.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    this.m('getSheetByName');
    return real<Sheet | null>(this.sheetByName(String(name)));
  }
  getSheetById(id: number): Sheet | null {
    this.m('getSheetById');
    return real<Sheet | null>(this.sheets.find(s => s.sheetId === id) ?? null);
  }
  insertSheet(a?: unknown, b?: unknown, c?: unknown): Sheet {
    this.m('insertSheet', {create: true});
    let name: string | undefined;
    let index = this.sheets.length;
    let options: {template?: Sheet} | undefined;
    const rest: unknown[] = [a, b, c];
    if (typeof rest[0] === 'string') name = rest.shift() as string;
    if (typeof rest[0] === 'number') index = rest.shift() as number;
    if (rest[0] && typeof rest[0] === 'object')
      options = rest[0] as {template?: Sheet};
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(defaultSheetName(this.locale, n))) n += 1;
      name = defaultSheetName(this.locale, n);
    }
    const tpl = options?.template as unknown as FakeSheet | undefined;
    const sheet = this.addSheet(
      name,
      index,
      tpl?.maxRows ?? 1000,
      tpl?.maxColumns ?? 26,
    );
    if (tpl) copySheetContent(tpl, sheet);
    // Google makes the new sheet the active one.
    this.activeSheet = sheet;
    return real<Sheet>(sheet);
  }
  deleteSheet(sheet: Sheet): void {
    this.m('deleteSheet');
    const s = sheet as unknown as FakeSheet;
    if (!this.sheets.includes(s)) throw new Error('Sheet not found');
    if (this.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.sheets = this.sheets.filter(x => x !== s);
    this.version += 1;
    this.namedRanges = this.namedRanges.filter(n => n.range.sheet !== s);
    if (this.activeSheet === s) this.activeSheet = this.sheets[0];
  }
  getActiveSheet(): Sheet {
    this.m('getActiveSheet');
    return real<Sheet>(this.activeSheet ?? this.sheets[0]);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.m('setActiveSheet');
    this.activeSheet = sheet as unknown as FakeSheet;
    return sheet;
  }
  getRange(a1Notation: string): Range {
    this.m('getRange');
    return real<Range>(this.rangeFromA1(a1Notation));
  }
  getRangeByName(name: string): Range | null {
    this.m('getRangeByName');
    const n = this.namedRanges.find(x => x.name === name);
    return n ? real<Range>(n.range) : null;
  }
  setNamedRange(name: string, range: Range): void {
    this.m('setNamedRange');
    if (
      !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name)
    ) {
      throw new Error(
        `The name "${name}" is not a valid name for a named range.`,
      );
    }
    const r = range as unknown as FakeRange;
    const existing = this.namedRanges.find(x => x.name === name);
    if (existing) existing.range = r;
    else this.namedRanges.push(new FakeNamedRange(this, name, r));
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    this.m('getNamedRanges');
    return this.namedRanges.map(n => real(n));
  }
  removeNamedRange(name: string): void {
    this.m('removeNamedRange');
    this.namedRanges = this.namedRanges.filter(n => n.name !== name);
  }
  getOwner(): GoogleAppsScript.Base.User {
    this.m('getOwner');
    const owner = driveEntry(this.env, this.id)?.owner ?? '';
    return real({getEmail: () => owner});
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    this.m('getEditors');
    return [...this.editors].map(e =>
      real<GoogleAppsScript.Base.User>({getEmail: () => e}),
    );
  }
  addEditor(emailAddress: unknown): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.m('addEditor');
    this.editors.add(
      typeof emailAddress === 'string'
        ? emailAddress
        : (emailAddress as GoogleAppsScript.Base.User).getEmail(),
    );
    return real(this);
  }
  getSpreadsheetLocale(): string {
    this.m('getSpreadsheetLocale');
    return this.localeCode;
  }
  setSpreadsheetLocale(locale: string): void {
    this.m('setSpreadsheetLocale');
    this.localeCode = locale;
    this.locale = locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }
  getSpreadsheetTimeZone(): string {
    this.m('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.m('setSpreadsheetTimeZone');
    this.timeZone = timezone;
  }
  getFormUrl(): string | null {
    this.m('getFormUrl');
    return this.sheets.find(s => s.formUrl)?.formUrl ?? null;
  }
  toast(msg: string, title?: string): void {
    this.m('toast');
    this.toasts.push({msg: String(msg), title: title ?? ''});
  }
  getLastRow(): number {
    this.m('getLastRow');
    return (this.activeSheet ?? this.sheets[0]).extent().row;
  }
  getLastColumn(): number {
    this.m('getLastColumn');
    return (this.activeSheet ?? this.sheets[0]).extent().column;
  }
  getDataRange(): Range {
    this.m('getDataRange');
    const s = this.activeSheet ?? this.sheets[0];
    const {row, column} = s.extent();
    return real(new FakeRange(s, 1, 1, Math.max(row, 1), Math.max(column, 1)));
  }
  appendRow(rowContents: unknown[]): Sheet {
    this.m('appendRow');
    return (this.activeSheet ?? this.sheets[0]).appendRow(rowContents);
  }
}

/** Copies values, formulas, formats, validations and layout of a sheet. */
export function copySheetContent(from: FakeSheet, to: FakeSheet): void {
  to.values = from.values.map(r =>
    r?.map(v => (v instanceof Date ? new Date(v.getTime()) : v)),
  );
  to.formulas.rows = from.formulas.rows.map(r => r && [...r]);
  for (const k of Object.keys(from.formats) as (keyof FakeSheet['formats'])[]) {
    to.formats[k].rows = from.formats[k].rows.map(r => r && [...r]);
  }
  to.validations.rows = from.validations.rows.map(r => r && [...r]);
  to.frozenRows = from.frozenRows;
  to.frozenColumns = from.frozenColumns;
  to.columnWidths = new Map(from.columnWidths);
  to.touch();
}
