/**
 * A fake range: a rectangle of a FakeSheet. getValues/setValues are one pass
 * over the cells (no per-cell objects besides the values themselves).
 *
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import {real} from '../core/cast';
import type {Cell} from './format';
import {displayValue} from './format';
import type {FormatKey} from './sheet';

import {RangeBase} from './range-base';

type Range = GoogleAppsScript.Spreadsheet.Range;

export type RangeKeys =
  | 'activate'
  | 'breakApart'
  | 'check'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'copyTo'
  | 'createFilter'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFilter'
  | 'getFontColor'
  | 'getFontColors'
  | 'getFontFamily'
  | 'getFontSize'
  | 'getFontStyle'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getWidth'
  | 'getWrap'
  | 'getWraps'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'isChecked'
  | 'merge'
  | 'mergeAcross'
  | 'offset'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontFamily'
  | 'setFontLine'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWraps'
  | 'sort'
  | 'uncheck';

export class FakeRange extends RangeBase implements Pick<Range, RangeKeys> {
  activate(): Range {
    this.m('activate');
    this.sheet.parent.activeSheet = this.sheet;
    return this.self();
  }
  getA1Notation(): string {
    this.m('getA1Notation');
    return this.a1();
  }
  getRow(): number {
    this.m('getRow');
    return this.row;
  }
  getRowIndex(): number {
    this.m('getRowIndex');
    return this.row;
  }
  getColumn(): number {
    this.m('getColumn');
    return this.column;
  }
  getLastRow(): number {
    this.m('getLastRow');
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    this.m('getLastColumn');
    return this.column + this.numColumns - 1;
  }
  getNumRows(): number {
    this.m('getNumRows');
    return this.numRows;
  }
  getHeight(): number {
    this.m('getHeight');
    return this.numRows;
  }
  getNumColumns(): number {
    this.m('getNumColumns');
    return this.numColumns;
  }
  getWidth(): number {
    this.m('getWidth');
    return this.numColumns;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.m('getSheet');
    return real(this.sheet);
  }
  getGridId(): number {
    this.m('getGridId');
    return this.sheet.sheetId;
  }
  getCell(row: number, column: number): Range {
    this.m('getCell');
    if (
      row < 1 ||
      column < 1 ||
      row > this.numRows ||
      column > this.numColumns
    ) {
      throw new Error('Cell reference out of range');
    }
    return real(
      new FakeRange(
        this.sheet,
        this.row + row - 1,
        this.column + column - 1,
        1,
        1,
      ),
    );
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    this.m('offset');
    const r = this.row + rowOffset;
    const c = this.column + columnOffset;
    const nr = numRows ?? this.numRows;
    const nc = numColumns ?? this.numColumns;
    this.sheet.checkRect(r, c, nr, nc);
    return real(new FakeRange(this.sheet, r, c, nr, nc));
  }

  getValues(): unknown[][] {
    this.m('getValues', {read: this.cells});
    return this.readValues();
  }
  getValue(): unknown {
    this.m('getValue', {read: 1});
    const v = this.cellValue(this.row - 1, this.column - 1);
    return v instanceof Date ? new Date(v.getTime()) : v;
  }
  setValues(values: unknown[][]): Range {
    this.m('setValues', {written: this.cells});
    this.writeValues(this.checkDims(values));
    return this.self();
  }
  setValue(value: unknown): Range {
    this.m('setValue', {written: this.cells});
    const row = new Array<unknown>(this.numColumns).fill(value);
    this.writeValues(new Array<unknown[]>(this.numRows).fill(row));
    return this.self();
  }
  isBlank(): boolean {
    this.m('isBlank', {read: this.cells});
    let blank = true;
    this.eachCell((r, c) => {
      if (blank && this.cellValue(r, c) !== '') blank = false;
    });
    return blank;
  }
  getDisplayValues(): string[][] {
    this.m('getDisplayValues', {read: this.cells});
    const ss = this.sheet.parent;
    const nf = this.sheet.formats.numberFormat;
    const out: string[][] = [];
    for (let i = 0; i < this.numRows; i += 1) {
      const row: string[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j += 1) {
        const r = this.row - 1 + i;
        const c = this.column - 1 + j;
        row[j] = displayValue(
          this.cellValue(r, c),
          nf.get(r, c) as string | undefined,
          ss.timeZone,
          ss.locale,
        );
      }
      out.push(row);
    }
    return out;
  }
  getDisplayValue(): string {
    this.m('getDisplayValue', {read: 1});
    const ss = this.sheet.parent;
    const r = this.row - 1;
    const c = this.column - 1;
    return displayValue(
      this.cellValue(r, c),
      this.sheet.formats.numberFormat.get(r, c) as string | undefined,
      ss.timeZone,
      ss.locale,
    );
  }
  getFormulas(): string[][] {
    this.m('getFormulas', {read: this.cells});
    const out: string[][] = [];
    for (let i = 0; i < this.numRows; i += 1) {
      const frow = this.sheet.formulas.rows[this.row - 1 + i];
      const row: string[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j += 1)
        row[j] = frow?.[this.column - 1 + j] ?? '';
      out.push(row);
    }
    return out;
  }
  getFormula(): string {
    this.m('getFormula', {read: 1});
    return this.sheet.formulas.get(this.row - 1, this.column - 1) ?? '';
  }
  setFormulas(formulas: string[][]): Range {
    this.m('setFormulas', {written: this.cells});
    const rows = this.checkDims(formulas);
    this.writeValues(
      rows.map(r =>
        r.map(f => (f === '' ? '' : String(f).startsWith('=') ? f : `=${f}`)),
      ),
      true,
      'formulas',
    );
    return this.self();
  }
  setFormula(formula: string): Range {
    this.m('setFormula', {written: this.cells});
    const f = formula.startsWith('=') ? formula : `=${formula}`;
    const row = new Array<unknown>(this.numColumns).fill(f);
    this.writeValues(
      new Array<unknown[]>(this.numRows).fill(row),
      true,
      'formulas',
    );
    return this.self();
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
  }): Range {
    this.m('clear');
    const all =
      !options ||
      (!options.contentsOnly &&
        !options.formatOnly &&
        !options.validationsOnly);
    const r0 = this.row - 1;
    const c0 = this.column - 1;
    if (all || options?.contentsOnly) this.clearValues();
    if (all || options?.formatOnly) {
      for (const [k, g] of Object.entries(this.sheet.formats)) {
        if (k !== 'note') g.clearRect(r0, c0, this.numRows, this.numColumns);
      }
    }
    if (all || options?.validationsOnly) {
      this.sheet.validations.clearRect(r0, c0, this.numRows, this.numColumns);
    }
    return this.self();
  }
  private clearValues(): void {
    const r0 = this.row - 1;
    const c0 = this.column - 1;
    for (let i = 0; i < this.numRows; i += 1) {
      const row = this.sheet.values[r0 + i];
      if (row)
        for (let j = 0; j < this.numColumns; j += 1)
          if (c0 + j < row.length) row[c0 + j] = undefined;
    }
    this.sheet.formulas.clearRect(r0, c0, this.numRows, this.numColumns);
    this.sheet.touch();
  }
  clearContent(): Range {
    this.m('clearContent');
    this.clearValues();
    return this.self();
  }
  clearFormat(): Range {
    this.m('clearFormat');
    for (const [k, g] of Object.entries(this.sheet.formats)) {
      if (k !== 'note')
        g.clearRect(
          this.row - 1,
          this.column - 1,
          this.numRows,
          this.numColumns,
        );
    }
    return this.self();
  }
  copyTo(destination: Range): void {
    this.m('copyTo', {read: this.cells, written: this.cells});
    const dst = destination as unknown as FakeRange;
    const block: unknown[][] = [];
    const r0 = this.row - 1;
    const c0 = this.column - 1;
    for (let i = 0; i < this.numRows; i += 1) {
      const row: unknown[] = [];
      for (let j = 0; j < this.numColumns; j += 1) {
        const f = this.sheet.formulas.get(r0 + i, c0 + j);
        const v = this.sheet.values[r0 + i]?.[c0 + j];
        row.push(
          f ??
            (typeof v === 'string' && (v.startsWith('=') || v.startsWith("'"))
              ? `'${v}`
              : v),
        );
      }
      block.push(row);
    }
    const target = new FakeRange(
      dst.sheet,
      dst.row,
      dst.column,
      this.numRows,
      this.numColumns,
    );
    dst.sheet.ensureSize(
      dst.row + this.numRows - 1,
      dst.column + this.numColumns - 1,
    );
    target.writeValues(block, false, 'formulas');
    for (const key of Object.keys(this.sheet.formats) as FormatKey[]) {
      const src = this.sheet.formats[key];
      const out = dst.sheet.formats[key];
      for (let i = 0; i < this.numRows; i += 1) {
        for (let j = 0; j < this.numColumns; j += 1) {
          out.set(dst.row - 1 + i, dst.column - 1 + j, src.get(r0 + i, c0 + j));
        }
      }
    }
  }
  sort(sortSpecObj: unknown): Range {
    this.m('sort', {read: this.cells, written: this.cells});
    const specs = (
      Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]
    ).map(s =>
      typeof s === 'number'
        ? {column: s, ascending: true}
        : (s as {column: number; ascending?: boolean}),
    );
    const rows = this.readValues() as Cell[][];
    const key = (v: Cell): [number, number | string] =>
      v === ''
        ? [3, 0]
        : typeof v === 'number'
          ? [0, v]
          : v instanceof Date
            ? [0, v.getTime()]
            : typeof v === 'boolean'
              ? [2, v ? 1 : 0]
              : [1, v.toLowerCase()];
    rows.sort((a, b) => {
      for (const s of specs) {
        const j = s.column - this.column;
        const ka = key(a[j]);
        const kb = key(b[j]);
        const dir = s.ascending === false ? -1 : 1;
        if (ka[0] !== kb[0])
          return ka[0] === 3 ? 1 : kb[0] === 3 ? -1 : (ka[0] - kb[0]) * dir;
        if (ka[1] < kb[1]) return -dir;
        if (ka[1] > kb[1]) return dir;
      }
      return 0;
    });
    this.writeValues(rows, false, 'raw');
    return this.self();
  }
}
