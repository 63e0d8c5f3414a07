/**
 * A fake range: a rectangle of a FakeSheet. getValues/setValues are one pass
 * over the cells (no per-cell objects besides the values themselves).
 */
import {rectA1, GridRect} from './a1';
import {Cell, displayValue} from './format';
import {evaluateFormula, FormulaContext} from './formula';
import type {FakeSheet, FormatKey} from './sheet';
import {FakeDataValidation, FakeFilter, FakeProtection} from './builders';
import {real} from '../cast';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Our fakes are handed out typed as the real interfaces (re-exported for the spreadsheet modules). */
export {real} from '../cast';

/** Converts a value written by a script to what the cell stores. */
export function toStored(v: unknown): {
  value: Cell | undefined;
  formula?: string;
} {
  if (v === null || v === undefined) return {value: undefined};
  switch (typeof v) {
    case 'string':
      if (v === '') return {value: undefined};
      if (v.length > 1 && v.startsWith('='))
        return {value: undefined, formula: v};
      if (v.startsWith("'"))
        return {value: v.slice(1) === '' ? undefined : v.slice(1)};
      return {value: v};
    case 'number':
    case 'boolean':
      return {value: v};
    default:
      if (v instanceof Date) return {value: new Date(v.getTime())};
      return {value: String(v)};
  }
}

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

let formulaDepth = 0;

/** The value of one cell of a sheet (0-based), its formula evaluated. */
export function sheetCell(sheet: FakeSheet, r: number, c: number): Cell {
  const f = sheet.formulas.rows[r]?.[c];
  if (f !== undefined) {
    // Results are cached until anything in the spreadsheet changes.
    if (sheet.cacheVersion !== sheet.parent.version) {
      sheet.formulaCache.clear();
      sheet.cacheVersion = sheet.parent.version;
    }
    const key = r * 65536 + c;
    let v = sheet.formulaCache.get(key);
    if (v === undefined) {
      v = evaluateIn(sheet, f);
      sheet.formulaCache.set(key, v);
    }
    return v;
  }
  const v = sheet.values[r]?.[c];
  return v === undefined ? '' : v;
}

/** How formulas of `sheet` read cells (1-based), across sheets of its spreadsheet. */
export function formulaContext(sheet: FakeSheet): FormulaContext {
  const find = (name: string | null): FakeSheet => {
    const s = name === null ? sheet : sheet.parent.sheetByName(name);
    if (!s) throw new Error('#REF!');
    return s;
  };
  return {
    cell: (name, row, column) => {
      const s = find(name);
      if (row < 1 || column < 1) throw new Error('#REF!');
      return sheetCell(s, row - 1, column - 1);
    },
    range: (name, r1, c1, r2, c2) => {
      const s = find(name);
      const rEnd = Math.min(r2, s.maxRows);
      const cEnd = Math.min(c2, s.maxColumns);
      if (r1 < 1 || c1 < 1) throw new Error('#REF!');
      // Many formulas read the same columns: cache blocks per spreadsheet version.
      const ss = s.parent;
      if (ss.rangeCacheVersion !== ss.version) {
        ss.rangeCache.clear();
        ss.rangeCacheVersion = ss.version;
      }
      const key = `${s.sheetId}:${r1}:${c1}:${rEnd}:${cEnd}`;
      const hit = ss.rangeCache.get(key);
      if (hit) return hit;
      const out: Cell[][] = [];
      for (let r = r1; r <= rEnd; r += 1) {
        const row: Cell[] = [];
        for (let c = c1; c <= cEnd; c += 1)
          row.push(sheetCell(s, r - 1, c - 1));
        out.push(row);
      }
      ss.rangeCache.set(key, out);
      return out;
    },
  };
}

/** Evaluates a formula in a sheet, shifted by (dr, dc) (guarding against cycles). */
export function evaluateIn(
  sheet: FakeSheet,
  formula: string,
  dr = 0,
  dc = 0,
): Cell {
  if (formulaDepth > 40) return '#REF!';
  formulaDepth += 1;
  try {
    return evaluateFormula(formula, formulaContext(sheet), dr, dc);
  } finally {
    formulaDepth -= 1;
  }
}

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

export class FakeRange implements Pick<Range, RangeKeys> {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private m(method: string, cost?: {read?: number; written?: number}): void {
    this.sheet.parent.env.meter.call('Range', method, cost);
  }

  private get cells(): number {
    return this.numRows * this.numColumns;
  }

  private self(): Range {
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

  // -------------------------------------------------- raw (unmetered) access

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
   * Writes a block (dimensions already checked), as setValues does. With
   * `asText`, strings are stored as typed (Google Forms writes answers this
   * way: an answer starting with "=" stays text, never a formula).
   */
  writeValues(
    data: readonly (readonly unknown[])[],
    checkValidation = true,
    asText = false,
  ): void {
    const sheet = this.sheet;
    const r0 = this.row - 1;
    const c0 = this.column - 1;
    const hasFormulas = sheet.formulas.rows.length > r0;
    if (checkValidation && sheet.validations.rows.length > r0) {
      this.checkValidations(data);
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
          const str = v as string;
          const c = asText ? 0 : str.charCodeAt(0);
          if (c === 61 /* = */ && str.length > 1) {
            sheet.formulas.set(r0 + i, c0 + j, str);
            dst[c0 + j] = undefined;
            rowLast = j;
            continue;
          }
          stored =
            str === ''
              ? undefined
              : c === 39 /* ' */
                ? str.slice(1) || undefined
                : str;
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

  private checkValidations(data: readonly (readonly unknown[])[]): void {
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
        if (!rule.accepts(toStored(data[i][j]).value ?? '', list)) {
          throw new Error(
            `The data you entered in cell ${rectA1({row: r0 + i + 1, column: c0 + j + 1, numRows: 1, numColumns: 1})} violates the data validation rules set on this cell.`,
          );
        }
      }
    }
  }

  private checkDims(data: unknown): readonly (readonly unknown[])[] {
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

  private eachCell(
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

  // ------------------------------------------------------------ geometry

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

  // -------------------------------------------------------------- values

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
    );
    return this.self();
  }
  setFormula(formula: string): Range {
    this.m('setFormula', {written: this.cells});
    const f = formula.startsWith('=') ? formula : `=${formula}`;
    const row = new Array<unknown>(this.numColumns).fill(f);
    this.writeValues(new Array<unknown[]>(this.numRows).fill(row));
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
    target.writeValues(block, false);
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
    this.writeValues(rows, false);
    return this.self();
  }

  // ------------------------------------------------------------- formats

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

  // ----------------------------------------------------------- validation

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

  // ------------------------------------------------ protection and filter

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.m('protect');
    const p = new FakeProtection(this.sheet.parent, this.sheet, this);
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
    this.sheet.filter = new FakeFilter(this.sheet, this);
    return real(this.sheet.filter);
  }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    this.m('getFilter');
    return this.sheet.filter ? real(this.sheet.filter) : null;
  }
}
