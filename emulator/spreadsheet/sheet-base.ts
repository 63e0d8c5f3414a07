/**
 * Sheet, first half: its cells and formats, metering and size checks, and
 * its layout and decorations — frozen rows, widths, hidden state, tab colour,
 * linked form, conditional format rules, protections, filter, charts.
 * sheet.ts (FakeSheet) extends it with names, ranges, rows and columns,
 * clearing. Import FakeSheet from sheet.ts, never this base class directly
 * (sheet.ts must be what loads it).
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
import {real} from '../core/cast';
import type {GridRect} from './a1';
import {parseA1, rectA1} from './a1';
import {FakeConditionalFormatRule} from './conditional-format';
import type {FakeDataValidation} from './data-validation';
import type {FakeEmbeddedChart} from './embedded-chart';
import {FakeEmbeddedChartBuilder} from './embedded-chart';
import type {FakeFilter} from './filter';
import type {Cell} from './format';
import {SparseGrid} from './grid';
import {FakeProtection} from './protection';
import {FakeRange} from './range';
import type {FakeSheet} from './sheet';
import type {FakeSpreadsheet} from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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

/** See FakeSheet (sheet.ts). */
export abstract class SheetBase {
  /** This sheet as the FakeSheet it always is (the only subclass). */
  private asSheet(): FakeSheet {
    return this as unknown as FakeSheet;
  }
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
      this.asSheet(),
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

  protected spliceAllRows(at: number, remove: number, insert: number): void {
    if (this.values.length > at) {
      this.values.splice(at, remove, ...new Array<undefined>(insert));
    }
    this.formulas.spliceRows(at, remove, insert);
    for (const g of Object.values(this.formats))
      g.spliceRows(at, remove, insert);
    this.validations.spliceRows(at, remove, insert);
    this.touch();
  }

  protected spliceAllColumns(at: number, remove: number, insert: number): void {
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
        if (range.sheet !== this.asSheet()) {
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
    const p = new FakeProtection(this.parent, this.asSheet(), null);
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
    return real(new FakeEmbeddedChartBuilder(this.asSheet(), null));
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
