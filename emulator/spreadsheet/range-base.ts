/**
 * Range, first half: the rectangle, its metering and cell helpers, and what
 * is not the values — number formats, fonts, colours, alignment, notes, data
 * validation, checkboxes, protection, filters. range.ts (FakeRange) extends it
 * with positions, values, formulas, clearing, copying and sorting. Import
 * FakeRange from range.ts, never this base class directly (range.ts must be
 * what loads it).
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import {real} from '../core/cast';
import type {GridRect} from './a1';
import {rectA1} from './a1';
import {sheetCell, toStored} from './cells';
import type {Typed} from './typing';
import {typeText} from './typing';
import {FakeDataValidation} from './data-validation';
import {FakeFilter} from './filter';
import type {Cell} from './format';
import {FakeProtection} from './protection';
import type {FakeRange} from './range';
import type {FakeSheet, FormatKey} from './sheet';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** How writeValues reads strings (see there). */
export type WriteInput = 'typed' | 'formulas' | 'raw';

function dimsError(
  kind: 'rows' | 'columns',
  data: number,
  range: number,
): Error {
  return new Error(
    `The number of ${kind} in the data does not match the number of ${kind} in the range. The data has ${data} but the range has ${range}.`,
  );
}

const FORMAT_DEFAULTS: Record<FormatKey, string | boolean | number> = {
  numberFormat: 'General',
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontFamily: 'Arial',
  fontLine: 'none',
  fontSize: 10,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: true,
  note: '',
};

/** See FakeRange (range.ts). */
export abstract class RangeBase {
  /** This range as the FakeRange it always is (the only subclass). */
  private asRange(): FakeRange {
    return this as unknown as FakeRange;
  }

  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  protected m(method: string, cost?: {read?: number; written?: number}): void {
    this.sheet.parent.env.meter.call('Range', method, cost);
  }

  protected get cells(): number {
    return this.numRows * this.numColumns;
  }

  protected self(): Range {
    return real<Range>(this);
  }

  rect(): GridRect {
    return {
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    };
  }

  a1(): string {
    return rectA1(this.rect());
  }

  /** The value of one cell (0-based), formulas evaluated. */
  cellValue(r: number, c: number): Cell {
    return sheetCell(this.sheet, r, c);
  }

  /** Values as getValues returns them (fresh arrays, Date copies). */
  readValues(): unknown[][] {
    const {values, formulas} = this.sheet;
    const r0 = this.row - 1;
    const c0 = this.column - 1;
    const out: unknown[][] = new Array(this.numRows);
    for (let i = 0; i < this.numRows; i += 1) {
      const src = values[r0 + i];
      const row: unknown[] = new Array(this.numColumns);
      const frow = formulas.rows[r0 + i];
      for (let j = 0; j < this.numColumns; j += 1) {
        const f = frow?.[c0 + j];
        let v: Cell | undefined;
        if (f !== undefined) v = sheetCell(this.sheet, r0 + i, c0 + j);
        else v = src?.[c0 + j];
        if (v === undefined) row[j] = '';
        else if (v instanceof Date) row[j] = new Date(v.getTime());
        else row[j] = v;
      }
      out[i] = row;
    }
    return out;
  }

  /**
   * Writes a block (dimensions already checked). `input` says how strings
   * are read:
   * - 'typed' (setValue, setValues, appendRow, a person typing): as Sheets
   *   reads typed text in the spreadsheet's locale and time zone (typing.ts);
   *   a cell formatted "@" keeps the string as it is.
   * - 'formulas' (setFormula(s), copyTo): "=" starts a formula, a leading
   *   apostrophe is dropped, any other string stays text.
   * - 'raw' (Google Forms answers and headers, sort): strings stay as they
   *   are (an answer starting with "=" stays text, never a formula).
   */
  writeValues(
    data: readonly (readonly unknown[])[],
    checkValidation = true,
    input: WriteInput = 'typed',
  ): void {
    const sheet = this.sheet;
    const r0 = this.row - 1;
    const c0 = this.column - 1;
    const hasFormulas = sheet.formulas.rows.length > r0;
    const ss = sheet.parent;
    const nf = sheet.formats.numberFormat;
    const now = ss.env.clock.nowMillis();
    /** What a string written at (r, c) becomes. */
    const convert = (str: string, r: number, c: number): Typed => {
      if (input === 'raw') return {value: str === '' ? undefined : str};
      if (input === 'typed') {
        if (nf.get(r, c) === '@') return {value: str === '' ? undefined : str};
        return typeText(str, ss.locale, ss.timeZone, now);
      }
      const c0 = str.charCodeAt(0);
      if (c0 === 61 /* = */ && str.length > 1) {
        return {value: undefined, formula: str};
      }
      if (str === '') return {value: undefined};
      return {value: c0 === 39 /* ' */ ? str.slice(1) || undefined : str};
    };
    if (checkValidation && sheet.validations.rows.length > r0) {
      this.checkValidations(data, convert);
    }
    let maxRow = 0;
    let maxCol = 0;
    let shrunk = false;
    for (let i = 0; i < this.numRows; i += 1) {
      let dst = sheet.values[r0 + i];
      if (!dst) dst = sheet.values[r0 + i] = [];
      const src = data[i];
      const frow = hasFormulas ? sheet.formulas.rows[r0 + i] : undefined;
      let rowLast = -1;
      for (let j = 0; j < this.numColumns; j += 1) {
        const v = src[j];
        let stored: Cell | undefined;
        const t = typeof v;
        if (t === 'number' || t === 'boolean') stored = v as number | boolean;
        else if (t === 'string') {
          const typed = convert(v as string, r0 + i, c0 + j);
          if (typed.formula !== undefined) {
            sheet.formulas.set(r0 + i, c0 + j, typed.formula);
            dst[c0 + j] = undefined;
            rowLast = j;
            continue;
          }
          stored = typed.value;
          if (typed.autoFormat && nf.get(r0 + i, c0 + j) === undefined) {
            nf.set(r0 + i, c0 + j, typed.autoFormat);
          }
        } else stored = toStored(v).value;
        let hadFormula = false;
        if (frow && frow[c0 + j] !== undefined) {
          frow[c0 + j] = undefined;
          hadFormula = true;
        }
        if (stored === undefined) {
          const old = dst[c0 + j];
          if (hadFormula || (old !== undefined && old !== '')) shrunk = true;
        } else rowLast = j;
        dst[c0 + j] = stored;
      }
      if (rowLast >= 0) {
        maxRow = r0 + i + 1;
        if (c0 + rowLast + 1 > maxCol) maxCol = c0 + rowLast + 1;
      }
    }
    sheet.noteWrite(maxRow, maxCol, shrunk);
  }

  private checkValidations(
    data: readonly (readonly unknown[])[],
    convert: (s: string, r: number, c: number) => Typed,
  ): void {
    const r0 = this.row - 1;
    const c0 = this.column - 1;
    const lists = new Map<FakeDataValidation, string[]>();
    for (let i = 0; i < this.numRows; i += 1) {
      const vrow = this.sheet.validations.rows[r0 + i];
      if (!vrow) continue;
      for (let j = 0; j < this.numColumns; j += 1) {
        const rule = vrow[c0 + j];
        if (!rule || rule.allowInvalid) continue;
        let list = lists.get(rule);
        if (
          !list &&
          (rule.kind === 'VALUE_IN_LIST' || rule.kind === 'VALUE_IN_RANGE')
        ) {
          lists.set(rule, (list = rule.listValues()));
        }
        const v = data[i][j];
        const typed =
          typeof v === 'string'
            ? convert(v, r0 + i, c0 + j)
            : {value: toStored(v).value};
        if (!rule.accepts(typed.value ?? '', list)) {
          throw new Error(
            `The data you entered in cell ${rectA1({row: r0 + i + 1, column: c0 + j + 1, numRows: 1, numColumns: 1})} violates the data validation rules set on this cell.`,
          );
        }
      }
    }
  }

  protected checkDims(data: unknown): readonly (readonly unknown[])[] {
    if (!Array.isArray(data)) {
      throw new Error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
      );
    }
    if (data.length !== this.numRows)
      throw dimsError('rows', data.length, this.numRows);
    for (const row of data) {
      if (!Array.isArray(row)) {
        throw new Error(
          "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
        );
      }
      if (row.length !== this.numColumns) {
        throw dimsError('columns', row.length, this.numColumns);
      }
    }
    return data as unknown[][];
  }

  protected eachCell(
    fn: (r: number, c: number, i: number, j: number) => void,
  ): void {
    const r0 = this.row - 1;
    const c0 = this.column - 1;
    for (let i = 0; i < this.numRows; i += 1) {
      for (let j = 0; j < this.numColumns; j += 1) fn(r0 + i, c0 + j, i, j);
    }
  }

  private setFormat(key: FormatKey, v: string | boolean | null): void {
    const grid = this.sheet.formats[key];
    this.eachCell((r, c) => grid.set(r, c, v === null ? undefined : v));
  }

  private setFormats(key: FormatKey, data: unknown): void {
    const rows = this.checkDims(data);
    const grid = this.sheet.formats[key];
    this.eachCell((r, c, i, j) => {
      const v = rows[i][j];
      grid.set(
        r,
        c,
        v === null || v === undefined || v === ''
          ? undefined
          : (v as string | boolean),
      );
    });
  }

  private getFormats<T>(key: FormatKey): T[][] {
    const grid = this.sheet.formats[key];
    const def = FORMAT_DEFAULTS[key];
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i += 1) {
      const row: T[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j += 1) {
        row[j] = (grid.get(this.row - 1 + i, this.column - 1 + j) ?? def) as T;
      }
      out.push(row);
    }
    return out;
  }

  private getFormat<T>(key: FormatKey): T {
    return (this.sheet.formats[key].get(this.row - 1, this.column - 1) ??
      FORMAT_DEFAULTS[key]) as T;
  }

  setNumberFormat(numberFormat: string): Range {
    this.m('setNumberFormat');
    this.setFormat('numberFormat', numberFormat);
    return this.self();
  }
  setNumberFormats(numberFormats: unknown[][]): Range {
    this.m('setNumberFormats');
    this.setFormats('numberFormat', numberFormats);
    return this.self();
  }
  getNumberFormat(): string {
    this.m('getNumberFormat');
    return this.getFormat('numberFormat');
  }
  getNumberFormats(): string[][] {
    this.m('getNumberFormats');
    return this.getFormats('numberFormat');
  }
  setBackground(color: string | null): Range {
    this.m('setBackground');
    this.setFormat('background', color);
    return this.self();
  }
  setBackgrounds(color: string[][]): Range {
    this.m('setBackgrounds');
    this.setFormats('background', color);
    return this.self();
  }
  getBackground(): string {
    this.m('getBackground');
    return this.getFormat('background');
  }
  getBackgrounds(): string[][] {
    this.m('getBackgrounds');
    return this.getFormats('background');
  }
  setFontColor(color: string | null): Range {
    this.m('setFontColor');
    this.setFormat('fontColor', color);
    return this.self();
  }
  setFontColors(colors: unknown[][]): Range {
    this.m('setFontColors');
    this.setFormats('fontColor', colors);
    return this.self();
  }
  getFontColor(): string {
    this.m('getFontColor');
    return this.getFormat('fontColor');
  }
  getFontColors(): string[][] {
    this.m('getFontColors');
    return this.getFormats('fontColor');
  }
  setFontWeight(fontWeight: string | null): Range {
    this.m('setFontWeight');
    this.setFormat('fontWeight', fontWeight);
    return this.self();
  }
  setFontWeights(fontWeights: unknown[][]): Range {
    this.m('setFontWeights');
    this.setFormats('fontWeight', fontWeights);
    return this.self();
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    this.m('getFontWeight');
    return this.getFormat('fontWeight');
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    this.m('getFontWeights');
    return this.getFormats('fontWeight');
  }
  setFontStyle(fontStyle: string | null): Range {
    this.m('setFontStyle');
    this.setFormat('fontStyle', fontStyle);
    return this.self();
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    this.m('getFontStyle');
    return this.getFormat('fontStyle');
  }
  setFontFamily(fontFamily: string | null): Range {
    this.m('setFontFamily');
    this.setFormat('fontFamily', fontFamily);
    return this.self();
  }
  getFontFamily(): string {
    this.m('getFontFamily');
    return this.getFormat('fontFamily');
  }
  setFontLine(fontLine: string | null): Range {
    this.m('setFontLine');
    this.setFormat('fontLine', fontLine);
    return this.self();
  }
  setFontSize(size: number): Range {
    this.m('setFontSize');
    this.setFormat('fontSize', String(size));
    return this.self();
  }
  getFontSize(): number {
    this.m('getFontSize');
    return Number(this.getFormat('fontSize'));
  }
  setHorizontalAlignment(alignment: string | null): Range {
    this.m('setHorizontalAlignment');
    this.setFormat('horizontalAlignment', alignment);
    return this.self();
  }
  setHorizontalAlignments(alignments: unknown[][]): Range {
    this.m('setHorizontalAlignments');
    this.setFormats('horizontalAlignment', alignments);
    return this.self();
  }
  getHorizontalAlignment(): string {
    this.m('getHorizontalAlignment');
    return this.getFormat('horizontalAlignment');
  }
  setVerticalAlignment(alignment: string | null): Range {
    this.m('setVerticalAlignment');
    this.setFormat('verticalAlignment', alignment);
    return this.self();
  }
  setWrap(isWrapEnabled: boolean): Range {
    this.m('setWrap');
    this.setFormat('wrap', isWrapEnabled);
    return this.self();
  }
  setWraps(isWrapEnabled: unknown[][]): Range {
    this.m('setWraps');
    this.setFormats('wrap', isWrapEnabled);
    return this.self();
  }
  getWrap(): boolean {
    this.m('getWrap');
    return this.getFormat('wrap');
  }
  getWraps(): boolean[][] {
    this.m('getWraps');
    return this.getFormats('wrap');
  }
  setNote(note: string | null): Range {
    this.m('setNote');
    this.setFormat('note', note === '' ? null : note);
    return this.self();
  }
  setNotes(notes: unknown[][]): Range {
    this.m('setNotes');
    this.setFormats('note', notes);
    return this.self();
  }
  getNote(): string {
    this.m('getNote');
    return this.getFormat('note');
  }
  getNotes(): string[][] {
    this.m('getNotes');
    return this.getFormats('note');
  }
  clearNote(): Range {
    this.m('clearNote');
    this.setFormat('note', null);
    return this.self();
  }
  setBorder(): Range {
    this.m('setBorder');
    return this.self();
  }
  merge(): Range {
    this.m('merge');
    return this.self();
  }
  mergeAcross(): Range {
    this.m('mergeAcross');
    return this.self();
  }
  breakApart(): Range {
    this.m('breakApart');
    return this.self();
  }

  setDataValidation(
    rule: GoogleAppsScript.Spreadsheet.DataValidation | null,
  ): Range {
    this.m('setDataValidation');
    const v = rule as unknown as FakeDataValidation | null;
    this.eachCell((r, c) => this.sheet.validations.set(r, c, v ?? undefined));
    return this.self();
  }
  setDataValidations(
    rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][],
  ): Range {
    this.m('setDataValidations');
    const rows = this.checkDims(rules) as (FakeDataValidation | null)[][];
    this.eachCell((r, c, i, j) =>
      this.sheet.validations.set(r, c, rows[i][j] ?? undefined),
    );
    return this.self();
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    this.m('getDataValidation');
    return real(
      this.sheet.validations.get(this.row - 1, this.column - 1) ?? null,
    );
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    this.m('getDataValidations');
    const out: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = [];
    for (let i = 0; i < this.numRows; i += 1) {
      const row: (GoogleAppsScript.Spreadsheet.DataValidation | null)[] = [];
      for (let j = 0; j < this.numColumns; j += 1) {
        row.push(
          real(
            this.sheet.validations.get(this.row - 1 + i, this.column - 1 + j) ??
              null,
          ),
        );
      }
      out.push(row);
    }
    return out;
  }
  clearDataValidations(): Range {
    this.m('clearDataValidations');
    this.sheet.validations.clearRect(
      this.row - 1,
      this.column - 1,
      this.numRows,
      this.numColumns,
    );
    return this.self();
  }
  insertCheckboxes(): Range {
    this.m('insertCheckboxes', {written: this.cells});
    const rule = FakeDataValidation.checkbox(this.sheet.parent);
    this.eachCell((r, c) => {
      this.sheet.validations.set(r, c, rule);
      const v = this.sheet.values[r]?.[c];
      if (v === undefined || v === '') {
        if (!this.sheet.values[r]) this.sheet.values[r] = [];
        this.sheet.values[r]![c] = false;
      }
    });
    this.sheet.touch();
    return this.self();
  }
  private setChecked(v: boolean): void {
    this.eachCell((r, c) => {
      if (this.sheet.validations.get(r, c)?.kind === 'CHECKBOX') {
        if (!this.sheet.values[r]) this.sheet.values[r] = [];
        this.sheet.values[r]![c] = v;
      }
    });
    this.sheet.touch();
  }
  check(): Range {
    this.m('check', {written: this.cells});
    this.setChecked(true);
    return this.self();
  }
  uncheck(): Range {
    this.m('uncheck', {written: this.cells});
    this.setChecked(false);
    return this.self();
  }
  isChecked(): boolean | null {
    this.m('isChecked', {read: this.cells});
    let all: boolean | null = null;
    let first = true;
    let mixed = false;
    this.eachCell((r, c) => {
      const v = this.cellValue(r, c) === true;
      if (first) {
        all = v;
        first = false;
      } else if (all !== v) mixed = true;
    });
    return mixed ? null : all;
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.m('protect');
    const p = new FakeProtection(this.sheet.parent, this.sheet, this.asRange());
    this.sheet.protections.push(p);
    return real(p);
  }
  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    this.m('createFilter');
    if (this.sheet.filter) {
      throw new Error(
        "You can't create a filter in a sheet that already has a filter.",
      );
    }
    this.sheet.filter = new FakeFilter(this.sheet, this.asRange());
    return real(this.sheet.filter);
  }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    this.m('getFilter');
    return this.sheet.filter ? real(this.sheet.filter) : null;
  }
}
