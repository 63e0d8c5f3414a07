/**
 * Tables, rows and cells.
 * Reference: https://developers.google.com/apps-script/reference/document/table
 * Reference: https://developers.google.com/apps-script/reference/document/table-row
 * Reference: https://developers.google.com/apps-script/reference/document/table-cell
 */
import {real} from '../core/cast';
import type {DocCtx} from './internal';
import {
  BlockContainer,
  childIndexError,
  ContainerEl,
  ParaEl,
  ParagraphEl,
  TextEl,
} from './internal';

type GTable = GoogleAppsScript.Document.Table;
type GTableRow = GoogleAppsScript.Document.TableRow;
type GTableCell = GoogleAppsScript.Document.TableCell;

type CellKeys =
  | 'setText'
  | 'getText'
  | 'setBackgroundColor'
  | 'getBackgroundColor'
  | 'editAsText'
  | 'appendParagraph'
  | 'appendListItem'
  | 'appendImage'
  | 'getNumChildren'
  | 'getChild'
  | 'clear'
  | 'setWidth'
  | 'getWidth'
  | 'setVerticalAlignment'
  | 'setPaddingTop'
  | 'setPaddingBottom'
  | 'setPaddingLeft'
  | 'setPaddingRight'
  | 'getParentRow'
  | 'getParentTable'
  | 'getColSpan'
  | 'getRowSpan'
  | 'replaceText'
  | 'getType';

export class TableCellEl
  extends BlockContainer
  implements Pick<GTableCell, CellKeys>
{
  readonly type = 'TABLE_CELL';
  readonly service = 'TableCell';
  static withText(ctx: DocCtx, text: string): TableCellEl {
    const c = new TableCellEl(ctx);
    c.adopt(new ParagraphEl(ctx, text));
    return c;
  }
  setText(text: string): never {
    this.m('setText');
    const first = this.children.find((c): c is ParaEl => c instanceof ParaEl);
    for (const c of [...this.children]) this.detach(c);
    const p = new ParagraphEl(this.ctx);
    if (first) p.attrs = {...first.attrs};
    this.adopt(p);
    const t = first?.children.find((c): c is TextEl => c instanceof TextEl);
    p.adopt(new TextEl(this.ctx, String(text), t?.runs[0]?.attrs ?? {}));
    return real<never>(this);
  }
  setBackgroundColor(color: string): GTableCell {
    this.m('setBackgroundColor');
    this.attrs.BACKGROUND_COLOR = color;
    return real(this);
  }
  getBackgroundColor(): string {
    this.m('getBackgroundColor');
    return real(this.attrs.BACKGROUND_COLOR ?? null);
  }
  setWidth(w: number): GTableCell {
    this.m('setWidth');
    this.attrs.WIDTH = Number(w);
    return real(this);
  }
  getWidth(): number {
    this.m('getWidth');
    return real(this.attrs.WIDTH ?? null);
  }
  setVerticalAlignment(
    a: GoogleAppsScript.Document.VerticalAlignment,
  ): GTableCell {
    this.m('setVerticalAlignment');
    this.attrs.VERTICAL_ALIGNMENT = String(a);
    return real(this);
  }
  private pad(method: string, attr: string, v: number): GTableCell {
    this.m(method);
    this.attrs[attr] = Number(v);
    return real(this);
  }
  setPaddingTop(v: number): GTableCell {
    return this.pad('setPaddingTop', 'PADDING_TOP', v);
  }
  setPaddingBottom(v: number): GTableCell {
    return this.pad('setPaddingBottom', 'PADDING_BOTTOM', v);
  }
  setPaddingLeft(v: number): GTableCell {
    return this.pad('setPaddingLeft', 'PADDING_LEFT', v);
  }
  setPaddingRight(v: number): GTableCell {
    return this.pad('setPaddingRight', 'PADDING_RIGHT', v);
  }
  getParentRow(): GTableRow {
    this.m('getParentRow');
    return real(this.parent);
  }
  getParentTable(): GTable {
    this.m('getParentTable');
    return real(this.parent?.parent ?? null);
  }
  getColSpan(): number {
    this.m('getColSpan');
    return 1;
  }
  getRowSpan(): number {
    this.m('getRowSpan');
    return 1;
  }
  clone(ctx: DocCtx): TableCellEl {
    return this.cloneChildrenInto(new TableCellEl(ctx), ctx);
  }
}

type RowKeys =
  | 'appendTableCell'
  | 'insertTableCell'
  | 'getCell'
  | 'getNumCells'
  | 'removeCell'
  | 'removeFromParent'
  | 'copy'
  | 'getText'
  | 'setMinimumHeight'
  | 'getParentTable'
  | 'replaceText'
  | 'editAsText'
  | 'getType';

export class TableRowEl
  extends ContainerEl
  implements Pick<GTableRow, RowKeys>
{
  readonly type = 'TABLE_ROW';
  readonly service = 'TableRow';
  private cellOf(x?: string | GTableCell | null): TableCellEl {
    if (x instanceof TableCellEl) return x;
    return TableCellEl.withText(
      this.ctx,
      x === undefined || x === null ? '' : String(x),
    );
  }
  appendTableCell(x?: string | GTableCell | null): GTableCell {
    this.m('appendTableCell');
    return real(this.adopt(this.cellOf(x)));
  }
  insertTableCell(i: number, x?: string | GTableCell | null): GTableCell {
    this.m('insertTableCell');
    if (i < 0 || i > this.children.length)
      throw childIndexError(i, this.children.length);
    return real(this.adopt(this.cellOf(x), i));
  }
  getCell(i: number): GTableCell {
    this.m('getCell');
    const c = this.children[i];
    if (!c) throw childIndexError(i, this.children.length);
    return real(c);
  }
  getNumCells(): number {
    this.m('getNumCells');
    return this.children.length;
  }
  removeCell(i: number): GTableCell {
    this.m('removeCell');
    const c = this.children[i];
    if (!c) throw childIndexError(i, this.children.length);
    this.detach(c);
    return real(c);
  }
  setMinimumHeight(h: number): GTableRow {
    this.m('setMinimumHeight');
    this.attrs.MINIMUM_HEIGHT = Number(h);
    return real(this);
  }
  getParentTable(): GTable {
    this.m('getParentTable');
    return real(this.parent);
  }
  clone(ctx: DocCtx): TableRowEl {
    return this.cloneChildrenInto(new TableRowEl(ctx), ctx);
  }
}

type TableKeys =
  | 'appendTableRow'
  | 'insertTableRow'
  | 'getRow'
  | 'getNumRows'
  | 'getCell'
  | 'removeRow'
  | 'setBorderColor'
  | 'getBorderColor'
  | 'setBorderWidth'
  | 'getBorderWidth'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'getText'
  | 'replaceText'
  | 'editAsText'
  | 'removeFromParent'
  | 'copy'
  | 'getType';

export class TableEl extends ContainerEl implements Pick<GTable, TableKeys> {
  readonly type = 'TABLE';
  readonly service = 'Table';
  columnWidths: Record<number, number> = {};
  private rowOf(x?: GTableRow | null): TableRowEl {
    return x instanceof TableRowEl ? x : new TableRowEl(this.ctx);
  }
  appendTableRow(row?: GTableRow): GTableRow {
    this.m('appendTableRow');
    return real(this.adopt(this.rowOf(row)));
  }
  insertTableRow(i: number, row?: GTableRow | null): GTableRow {
    this.m('insertTableRow');
    if (i < 0 || i > this.children.length)
      throw childIndexError(i, this.children.length);
    return real(this.adopt(this.rowOf(row), i));
  }
  getRow(i: number): GTableRow {
    this.m('getRow');
    const r = this.children[i];
    if (!r) throw childIndexError(i, this.children.length);
    return real(r);
  }
  getNumRows(): number {
    this.m('getNumRows');
    return this.children.length;
  }
  getCell(r: number, c: number): GTableCell {
    this.m('getCell');
    const row = this.children[r];
    if (!(row instanceof TableRowEl))
      throw childIndexError(r, this.children.length);
    const cell = row.children[c];
    if (!cell) throw childIndexError(c, row.children.length);
    return real(cell);
  }
  removeRow(i: number): GTableRow {
    this.m('removeRow');
    const r = this.children[i];
    if (!r) throw childIndexError(i, this.children.length);
    this.detach(r);
    return real(r);
  }
  setBorderColor(color: string): GTable {
    this.m('setBorderColor');
    this.attrs.BORDER_COLOR = color;
    return real(this);
  }
  getBorderColor(): string {
    this.m('getBorderColor');
    return real(this.attrs.BORDER_COLOR ?? null);
  }
  setBorderWidth(w: number): GTable {
    this.m('setBorderWidth');
    this.attrs.BORDER_WIDTH = Number(w);
    return real(this);
  }
  getBorderWidth(): number {
    this.m('getBorderWidth');
    return Number(this.attrs.BORDER_WIDTH ?? 1);
  }
  setColumnWidth(i: number, w: number): GTable {
    this.m('setColumnWidth');
    this.columnWidths[i] = Number(w);
    return real(this);
  }
  getColumnWidth(i: number): number {
    this.m('getColumnWidth');
    return real(this.columnWidths[i] ?? null);
  }
  clone(ctx: DocCtx): TableEl {
    const t = this.cloneChildrenInto(new TableEl(ctx), ctx);
    t.columnWidths = {...this.columnWidths};
    return t;
  }
}
