/**
 * A fake sheet (tab). Values are a dense array of rows (each row an array of
 * typed cells; a missing row or cell is empty), so that getValues/setValues
 * cost one pass over the cells. Formats, validations, notes and formulas are
 * sparse grids beside it.
 */
import {parseA1, rectA1, GridRect} from './a1';
import type {Cell} from './format';
import {SparseGrid} from './grid';
import {FakeRange, real} from './range';
import type {FakeSpreadsheet} from './spreadsheet';
import {
  FakeConditionalFormatRule,
  FakeDataValidation,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
  FakeFilter,
  FakeProtection,
} from './builders';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Google's limit on cells in one spreadsheet. */
export const MAX_CELLS = 10_000_000;

export type FormatKey =
  | 'numberFormat'
  | 'background'
  | 'fontColor'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontFamily'
  | 'fontLine'
  | 'fontSize'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrap'
  | 'note';

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

export class FakeSheet implements Pick<Sheet, SheetKeys> {
  /** Rows of typed cells; `undefined` / missing = empty. */
  values: ((Cell | undefined)[] | undefined)[] = [];
  formulas = new SparseGrid<string>();
  formats: Record<FormatKey, SparseGrid<string | boolean>> = {
    numberFormat: new SparseGrid(),
    background: new SparseGrid(),
    fontColor: new SparseGrid(),
    fontWeight: new SparseGrid(),
    fontStyle: new SparseGrid(),
    fontFamily: new SparseGrid(),
    fontLine: new SparseGrid(),
    fontSize: new SparseGrid(),
    horizontalAlignment: new SparseGrid(),
    verticalAlignment: new SparseGrid(),
    wrap: new SparseGrid(),
    note: new SparseGrid(),
  };
  validations = new SparseGrid<FakeDataValidation>();
  conditionalRules: FakeConditionalFormatRule[] = [];
  protections: FakeProtection[] = [];
  filter: FakeFilter | null = null;
  charts: FakeEmbeddedChart[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenColumns = new Set<number>();
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  /** URL of the form whose responses land here (response sheets), or null. */
  formUrl: string | null = null;
  /** Id of that form (for the Forms module). */
  formId: string | null = null;
  private lastCache: {row: number; column: number} | null = null;
  /** Formula values computed at spreadsheet version `cacheVersion` (key r * 65536 + c). */
  formulaCache = new Map<number, Cell>();
  cacheVersion = -1;

  constructor(
    readonly parent: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  // ------------------------------------------------------------ internals

  m(
    method: string,
    cost?: {read?: number; written?: number; create?: boolean},
  ): void {
    this.parent.env.meter.call('Sheet', method, cost);
  }

  /** Marks the cached last row/column stale (after any content change). */
  touch(): void {
    this.lastCache = null;
    this.parent.version += 1;
  }

  /**
   * After a write: the cached extent grows to (maxRow, maxColumn), the last
   * non-empty cell written (1-based, 0 = none), unless a non-empty cell was
   * emptied (`shrunk`), which drops the cache. Keeps appends O(row).
   */
  noteWrite(maxRow: number, maxColumn: number, shrunk: boolean): void {
    this.parent.version += 1;
    if (shrunk) this.lastCache = null;
    else if (this.lastCache && maxRow > 0) {
      this.lastCache = {
        row: Math.max(this.lastCache.row, maxRow),
        column: Math.max(this.lastCache.column, maxColumn),
      };
    }
  }

  /** Last non-empty row and column (1-based; 0 when empty), cached. */
  extent(): {row: number; column: number} {
    if (this.lastCache) return this.lastCache;
    let row = 0;
    let column = 0;
    const vals = this.values;
    for (let r = 0; r < vals.length; r += 1) {
      const cells = vals[r];
      if (!cells) continue;
      for (let c = cells.length - 1; c >= 0; c -= 1) {
        const v = cells[c];
        if (v !== undefined && v !== '') {
          row = r + 1;
          if (c + 1 > column) column = c + 1;
          break;
        }
      }
    }
    this.formulas.forEach((r, c) => {
      if (r + 1 > row) row = r + 1;
      if (c + 1 > column) column = c + 1;
    });
    this.lastCache = {row, column};
    return this.lastCache;
  }

  /** Checks a rectangle against Google's rules and the grid's size. */
  checkRect(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): void {
    if (!Number.isFinite(row) || !Number.isFinite(column)) {
      throw new Error(`Cannot convert '${row}' to int.`);
    }
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1)
      throw new Error('The starting column of the range is too small.');
    if (numRows < 1)
      throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) {
      throw new Error('The number of columns in the range must be at least 1.');
    }
    if (
      row + numRows - 1 > this.maxRows ||
      column + numColumns - 1 > this.maxColumns
    ) {
      throw new Error(
        'The coordinates of the range are outside the dimensions of the sheet.',
      );
    }
  }

  rangeOf(rect: GridRect): FakeRange {
    this.checkRect(rect.row, rect.column, rect.numRows, rect.numColumns);
    return new FakeRange(
      this,
      rect.row,
      rect.column,
      rect.numRows,
      rect.numColumns,
    );
  }

  /** A1 on this sheet ("B2:C", "A:A", "Name!A1" must name this sheet). */
  rangeA1(a1: string): FakeRange {
    const parsed = parseA1(a1, this.maxRows, this.maxColumns);
    const rect = parsed.rect;
    if (rect.row > this.maxRows || rect.column > this.maxColumns) {
      throw new Error('Range not found');
    }
    rect.numRows = Math.min(rect.numRows, this.maxRows - rect.row + 1);
    rect.numColumns = Math.min(
      rect.numColumns,
      this.maxColumns - rect.column + 1,
    );
    return this.rangeOf(rect);
  }

  /** Grows the grid (used by appendRow and form responses). */
  ensureSize(rows: number, columns: number): void {
    const addRows = Math.max(0, rows - this.maxRows);
    const addCols = Math.max(0, columns - this.maxColumns);
    if (addRows || addCols) {
      this.parent.checkCellLimit(
        addRows * Math.max(this.maxColumns, columns) + addCols * this.maxRows,
      );
      this.maxRows += addRows;
      this.maxColumns += addCols;
    }
  }

  cellCount(): number {
    return this.maxRows * this.maxColumns;
  }

  private spliceAllRows(at: number, remove: number, insert: number): void {
    if (this.values.length > at) {
      this.values.splice(at, remove, ...new Array<undefined>(insert));
    }
    this.formulas.spliceRows(at, remove, insert);
    for (const g of Object.values(this.formats))
      g.spliceRows(at, remove, insert);
    this.validations.spliceRows(at, remove, insert);
    this.touch();
  }

  private spliceAllColumns(at: number, remove: number, insert: number): void {
    for (const row of this.values) {
      if (row && row.length > at)
        row.splice(at, remove, ...new Array<Cell | undefined>(insert));
    }
    this.formulas.spliceColumns(at, remove, insert);
    for (const g of Object.values(this.formats))
      g.spliceColumns(at, remove, insert);
    this.validations.spliceColumns(at, remove, insert);
    this.touch();
  }

  // ------------------------------------------------------------ Sheet API

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

  setFrozenRows(rows: number): void {
    this.m('setFrozenRows');
    if (rows < 0 || rows > this.maxRows)
      throw new Error('Those rows are out of bounds.');
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.m('getFrozenRows');
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.m('setFrozenColumns');
    if (columns < 0 || columns > this.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    this.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    this.m('getFrozenColumns');
    return this.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.m('setColumnWidth');
    this.columnWidths.set(columnPosition, width);
    return real<Sheet>(this);
  }

  setColumnWidths(
    startColumn: number,
    numColumns: number,
    width: number,
  ): Sheet {
    this.m('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c += 1)
      this.columnWidths.set(c, width);
    return real<Sheet>(this);
  }

  getColumnWidth(columnPosition: number): number {
    this.m('getColumnWidth');
    return this.columnWidths.get(columnPosition) ?? 100;
  }

  setRowHeight(rowPosition: number, height: number): Sheet {
    this.m('setRowHeight');
    this.rowHeights.set(rowPosition, height);
    return real<Sheet>(this);
  }

  autoResizeColumn(columnPosition: number): Sheet {
    this.m('autoResizeColumn');
    this.columnWidths.delete(columnPosition);
    return real<Sheet>(this);
  }

  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    this.m('autoResizeColumns');
    for (let c = startColumn; c < startColumn + numColumns; c += 1)
      this.columnWidths.delete(c);
    return real<Sheet>(this);
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.m('hideColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c += 1)
      this.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this.m('showColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c += 1)
      this.hiddenColumns.delete(c);
  }

  hideSheet(): Sheet {
    this.m('hideSheet');
    if (this.parent.sheets.filter(s => !s.hidden).length <= 1) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return real<Sheet>(this);
  }

  showSheet(): Sheet {
    this.m('showSheet');
    this.hidden = false;
    return real<Sheet>(this);
  }

  isSheetHidden(): boolean {
    this.m('isSheetHidden');
    return this.hidden;
  }

  setTabColor(color: string | null): Sheet {
    this.m('setTabColor');
    this.tabColor = color;
    return real<Sheet>(this);
  }

  getTabColor(): string | null {
    this.m('getTabColor');
    return this.tabColor;
  }

  getFormUrl(): string | null {
    this.m('getFormUrl');
    return this.formUrl;
  }

  // ------------------------------------------------ conditional formatting

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.m('getConditionalFormatRules');
    return this.conditionalRules.map(r => real(r.copyRule()));
  }

  setConditionalFormatRules(
    rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[],
  ): void {
    this.m('setConditionalFormatRules');
    this.conditionalRules = rules.map(r => {
      const rule = r as unknown as FakeConditionalFormatRule;
      if (!(rule instanceof FakeConditionalFormatRule)) {
        throw new Error('Invalid argument: rules');
      }
      for (const range of rule.ranges) {
        if (range.sheet !== this) {
          throw new Error(
            'The conditional format rule cannot reference a different sheet.',
          );
        }
      }
      return rule.copyRule();
    });
  }

  clearConditionalFormatRules(): void {
    this.m('clearConditionalFormatRules');
    this.conditionalRules = [];
  }

  // ----------------------------------------------------------- protections

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.m('protect');
    const p = new FakeProtection(this.parent, this, null);
    this.protections.push(p);
    return real(p);
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    this.m('getProtections');
    const want = String(type);
    return this.protections
      .filter(p => (want === 'SHEET' ? p.range === null : p.range !== null))
      .map(p => real(p));
  }

  // ---------------------------------------------------------------- filter

  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    this.m('getFilter');
    return this.filter ? real(this.filter) : null;
  }

  // ---------------------------------------------------------------- charts

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.m('newChart');
    return real(new FakeEmbeddedChartBuilder(this, null));
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.m('insertChart', {create: true});
    const c = chart as unknown as FakeEmbeddedChart;
    c.chartId = this.parent.env.ids.next('chart-');
    this.charts.push(c);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.m('getCharts');
    return this.charts.map(c => real(c));
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.m('removeChart');
    const c = chart as unknown as FakeEmbeddedChart;
    this.charts = this.charts.filter(x => x.chartId !== c.chartId);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.m('updateChart');
    const c = chart as unknown as FakeEmbeddedChart;
    const i = this.charts.findIndex(x => x.chartId === c.chartId);
    if (i < 0) throw new Error('The chart does not exist in this sheet.');
    this.charts[i] = c;
  }

  a1Of(range: FakeRange): string {
    return rectA1(range.rect());
  }
}
