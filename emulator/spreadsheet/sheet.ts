/**
 * A fake sheet (tab). Values are a dense array of rows (each row an array of
 * typed cells; a missing row or cell is empty), so that getValues/setValues
 * cost one pass over the cells. Formats, validations, notes and formulas are
 * sparse grids beside it.
 */
import {real} from '../core/cast';
import {parseA1} from './a1';
import {SparseGrid} from './grid';
import {FakeRange} from './range';
import type {FormatKey} from './sheet-base';
import {SheetBase} from './sheet-base';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Google's limit on cells in one spreadsheet. */
export const MAX_CELLS = 10_000_000;

export type {FormatKey} from './sheet-base';

export type SheetKeys =
  | 'activate'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearConditionalFormatRules'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFilter'
  | 'getFormUrl'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getTabColor'
  | 'hideColumns'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setRowHeight'
  | 'setTabColor'
  | 'showColumns'
  | 'showSheet'
  | 'updateChart';

export class FakeSheet extends SheetBase implements Pick<Sheet, SheetKeys> {
  activate(): Sheet {
    this.m('activate');
    this.parent.activeSheet = this;
    return real<Sheet>(this);
  }

  getName(): string {
    this.m('getName');
    return this.name;
  }

  getSheetName(): string {
    this.m('getSheetName');
    return this.name;
  }

  setName(name: string): Sheet {
    this.m('setName');
    const n = String(name);
    const other = this.parent.sheets.find(
      s => s !== this && s.name.toLowerCase() === n.toLowerCase(),
    );
    if (other) {
      throw new Error(
        `A sheet with the name "${n}" already exists. Please enter another name.`,
      );
    }
    if (!n.trim()) throw new Error('Sheet name cannot be empty.');
    this.name = n;
    this.touch();
    return real<Sheet>(this);
  }

  getSheetId(): number {
    this.m('getSheetId');
    return this.sheetId;
  }

  getIndex(): number {
    this.m('getIndex');
    return this.parent.sheets.indexOf(this) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.m('getParent');
    return real(this.parent);
  }

  getRange(
    a: string | number,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    this.m('getRange');
    if (typeof a === 'string') {
      const parsed = parseA1(a, this.maxRows, this.maxColumns);
      if (parsed.sheetName !== null && parsed.sheetName !== this.name) {
        return real<Range>(this.parent.rangeFromA1(a));
      }
      return real<Range>(this.rangeA1(a));
    }
    const r = Math.trunc(Number(a));
    const c = Math.trunc(Number(column));
    const nr = numRows === undefined ? 1 : Math.trunc(Number(numRows));
    const nc = numColumns === undefined ? 1 : Math.trunc(Number(numColumns));
    this.checkRect(r, c, nr, nc);
    return real<Range>(new FakeRange(this, r, c, nr, nc));
  }

  getDataRange(): Range {
    this.m('getDataRange');
    const {row, column} = this.extent();
    return real<Range>(
      new FakeRange(this, 1, 1, Math.max(row, 1), Math.max(column, 1)),
    );
  }

  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    this.m('getSheetValues');
    const {row, column} = this.extent();
    const nr = numRows === -1 ? row - startRow + 1 : numRows;
    const nc = numColumns === -1 ? column - startColumn + 1 : numColumns;
    this.checkRect(startRow, startColumn, nr, nc);
    return new FakeRange(this, startRow, startColumn, nr, nc).readValues();
  }

  getLastRow(): number {
    this.m('getLastRow');
    return this.extent().row;
  }

  getLastColumn(): number {
    this.m('getLastColumn');
    return this.extent().column;
  }

  getMaxRows(): number {
    this.m('getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.m('getMaxColumns');
    return this.maxColumns;
  }

  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) {
      throw new Error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    this.m('appendRow', {written: rowContents.length});
    const at = this.extent().row + 1;
    this.ensureSize(at, rowContents.length);
    new FakeRange(this, at, 1, 1, Math.max(rowContents.length, 1)).writeValues([
      rowContents.length ? rowContents : [''],
    ]);
    return real<Sheet>(this);
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.m('insertRowsAfter');
    this.insertRowsAt(afterPosition, howMany);
    return real<Sheet>(this);
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.m('insertRowsBefore');
    this.insertRowsAt(beforePosition - 1, howMany);
    return real<Sheet>(this);
  }

  insertRowAfter(afterPosition: number): Sheet {
    this.m('insertRowAfter');
    this.insertRowsAt(afterPosition, 1);
    return real<Sheet>(this);
  }

  insertRowBefore(beforePosition: number): Sheet {
    this.m('insertRowBefore');
    this.insertRowsAt(beforePosition - 1, 1);
    return real<Sheet>(this);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.m('insertRows');
    this.insertRowsAt(rowIndex - 1, numRows);
  }

  /** Inserts `n` empty rows after 1-based row `after` (0 = at the top). */
  insertRowsAt(after: number, n: number): void {
    if (after < 0 || after > this.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    if (n < 1)
      throw new Error('The number of rows to insert must be at least 1.');
    this.parent.checkCellLimit(n * this.maxColumns);
    this.spliceAllRows(after, 0, n);
    this.maxRows += n;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.m('deleteRows');
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    if (howMany >= this.maxRows) {
      throw new Error("You can't delete all the rows on the sheet.");
    }
    this.spliceAllRows(rowPosition - 1, howMany, 0);
    this.maxRows -= howMany;
  }

  deleteRow(rowPosition: number): Sheet {
    this.m('deleteRow');
    this.deleteRows(rowPosition, 1);
    return real<Sheet>(this);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.m('insertColumnsAfter');
    this.insertColumnsAt(afterPosition, howMany);
    return real<Sheet>(this);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.m('insertColumnsBefore');
    this.insertColumnsAt(beforePosition - 1, howMany);
    return real<Sheet>(this);
  }

  insertColumnAfter(afterPosition: number): Sheet {
    this.m('insertColumnAfter');
    this.insertColumnsAt(afterPosition, 1);
    return real<Sheet>(this);
  }

  insertColumnBefore(beforePosition: number): Sheet {
    this.m('insertColumnBefore');
    this.insertColumnsAt(beforePosition - 1, 1);
    return real<Sheet>(this);
  }

  insertColumnsAt(after: number, n: number): void {
    if (after < 0 || after > this.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    this.parent.checkCellLimit(n * this.maxRows);
    this.spliceAllColumns(after, 0, n);
    this.maxColumns += n;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.m('deleteColumns');
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    if (howMany >= this.maxColumns) {
      throw new Error("You can't delete all the columns on the sheet.");
    }
    this.spliceAllColumns(columnPosition - 1, howMany, 0);
    this.maxColumns -= howMany;
  }

  deleteColumn(columnPosition: number): Sheet {
    this.m('deleteColumn');
    this.deleteColumns(columnPosition, 1);
    return real<Sheet>(this);
  }

  clear(): Sheet {
    this.m('clear');
    this.values = [];
    this.formulas = new SparseGrid();
    for (const k of Object.keys(this.formats) as FormatKey[]) {
      this.formats[k] = new SparseGrid();
    }
    this.touch();
    return real<Sheet>(this);
  }

  clearContents(): Sheet {
    this.m('clearContents');
    this.values = [];
    this.formulas = new SparseGrid();
    this.touch();
    return real<Sheet>(this);
  }

  clearFormats(): Sheet {
    this.m('clearFormats');
    for (const k of Object.keys(this.formats) as FormatKey[]) {
      if (k !== 'note') this.formats[k] = new SparseGrid();
    }
    return real<Sheet>(this);
  }
}
