/**
 * Body, header and footer sections (and what table cells share with them).
 * Reference: https://developers.google.com/apps-script/reference/document/body
 * Reference: https://developers.google.com/apps-script/reference/document/header-section
 * Reference: https://developers.google.com/apps-script/reference/document/footer-section
 */
import {real} from '../core/cast';
import type {DocCtx, DocEl} from './internal';
import {
  childIndexError,
  ContainerEl,
  HorizontalRuleEl,
  imageFrom,
  InlineImageEl,
  ListItemEl,
  PageBreakEl,
  ParaEl,
  ParagraphEl,
  paragraphsIn,
  TableCellEl,
  TableEl,
  TableRowEl,
} from './internal';

type GBody = GoogleAppsScript.Document.Body;
type GParagraph = GoogleAppsScript.Document.Paragraph;
type GListItem = GoogleAppsScript.Document.ListItem;
type GTable = GoogleAppsScript.Document.Table;
type GElement = GoogleAppsScript.Document.Element;
type GImage = GoogleAppsScript.Document.InlineImage;
type BlobSource = GoogleAppsScript.Base.BlobSource;

type CellsOrTable = string[][] | GTable | null | undefined;

/** Body, header, footer and table cell: hold paragraphs, list items and tables. */
export abstract class BlockContainer extends ContainerEl {
  private insertBlock<T extends DocEl>(index: number, el: T): T {
    if (index < 0 || index > this.children.length) {
      throw childIndexError(index, this.children.length);
    }
    this.adopt(el, index);
    if (el instanceof ListItemEl) {
      // Consecutive list items share a list (as Google does for appended items).
      const prev = this.children[index - 1];
      el.attrs.LIST_ID =
        prev instanceof ListItemEl
          ? prev.attrs.LIST_ID
          : this.ctx.env.ids.next('kix.');
    }
    return el;
  }
  private paragraphOf(p: string | GParagraph): ParagraphEl {
    return p instanceof ParagraphEl
      ? p
      : new ParagraphEl(this.ctx, String(p ?? ''));
  }
  private listItemOf(p: string | GListItem): ListItemEl {
    return p instanceof ListItemEl
      ? p
      : new ListItemEl(this.ctx, String(p ?? ''));
  }
  private tableOf(cells: CellsOrTable): TableEl {
    if (cells instanceof TableEl) return cells;
    const t = new TableEl(this.ctx);
    if (Array.isArray(cells)) {
      for (const row of cells) {
        const r = new TableRowEl(this.ctx);
        t.adopt(r);
        for (const v of Array.isArray(row) ? row : [])
          r.adopt(TableCellEl.withText(this.ctx, String(v)));
      }
    }
    return t;
  }
  appendParagraph(p: string | GParagraph): GParagraph {
    this.m('appendParagraph');
    return real(this.insertBlock(this.children.length, this.paragraphOf(p)));
  }
  insertParagraph(i: number, p: string | GParagraph): GParagraph {
    this.m('insertParagraph');
    return real(this.insertBlock(i, this.paragraphOf(p)));
  }
  appendListItem(p: string | GListItem): GListItem {
    this.m('appendListItem');
    return real(this.insertBlock(this.children.length, this.listItemOf(p)));
  }
  insertListItem(i: number, p: string | GListItem): GListItem {
    this.m('insertListItem');
    return real(this.insertBlock(i, this.listItemOf(p)));
  }
  appendTable(cells?: CellsOrTable): GTable {
    this.m('appendTable');
    return real(this.insertBlock(this.children.length, this.tableOf(cells)));
  }
  insertTable(i: number, cells?: CellsOrTable): GTable {
    this.m('insertTable');
    return real(this.insertBlock(i, this.tableOf(cells)));
  }
  /** Images, page breaks and rules go in a new paragraph, as in Google Docs. */
  private inNewParagraph<T extends DocEl>(i: number, el: T): T {
    const p = new ParagraphEl(this.ctx);
    this.insertBlock(i, p);
    p.adopt(el);
    return el;
  }
  appendImage(image: BlobSource | GImage): GImage {
    this.m('appendImage');
    return real(
      this.inNewParagraph(this.children.length, imageFrom(this.ctx, image)),
    );
  }
  insertImage(i: number, image: BlobSource | GImage): GImage {
    this.m('insertImage');
    return real(this.inNewParagraph(i, imageFrom(this.ctx, image)));
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.m('appendPageBreak');
    return real(
      this.inNewParagraph(this.children.length, new PageBreakEl(this.ctx)),
    );
  }
  insertPageBreak(i: number): GoogleAppsScript.Document.PageBreak {
    this.m('insertPageBreak');
    return real(this.inNewParagraph(i, new PageBreakEl(this.ctx)));
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.m('appendHorizontalRule');
    return real(
      this.inNewParagraph(this.children.length, new HorizontalRuleEl(this.ctx)),
    );
  }
  insertHorizontalRule(i: number): GoogleAppsScript.Document.HorizontalRule {
    this.m('insertHorizontalRule');
    return real(this.inNewParagraph(i, new HorizontalRuleEl(this.ctx)));
  }
  removeChild(child: GElement): never {
    this.m('removeChild');
    const el = child as unknown as DocEl;
    if (!this.children.includes(el)) {
      throw new Error('Element does not contain the specified child element.');
    }
    const paragraphs = this.children.filter(c => c instanceof ParaEl);
    if (
      el instanceof ParaEl &&
      paragraphs.length === 1 &&
      this.type !== 'TABLE_CELL'
    ) {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    this.detach(el);
    return real<never>(this);
  }
  clear(): never {
    this.m('clear');
    for (const c of [...this.children]) this.detach(c);
    this.adopt(new ParagraphEl(this.ctx));
    return real<never>(this);
  }
  setText(text: string): never {
    this.m('setText');
    for (const c of [...this.children]) this.detach(c);
    this.adopt(new ParagraphEl(this.ctx, String(text)));
    return real<never>(this);
  }
  getParagraphs(): GParagraph[] {
    this.m('getParagraphs');
    return real(paragraphsIn(this));
  }
  getListItems(): GListItem[] {
    this.m('getListItems');
    return real(paragraphsIn(this).filter(p => p instanceof ListItemEl));
  }
  getTables(): GTable[] {
    this.m('getTables');
    const out: TableEl[] = [];
    const walk = (el: DocEl) => {
      if (el instanceof TableEl) out.push(el);
      if (el instanceof ContainerEl) el.children.forEach(walk);
    };
    this.children.forEach(walk);
    return real(out);
  }
  getImages(): GImage[] {
    this.m('getImages');
    const out: InlineImageEl[] = [];
    const walk = (el: DocEl) => {
      if (el instanceof InlineImageEl) out.push(el);
      if (el instanceof ContainerEl) el.children.forEach(walk);
    };
    this.children.forEach(walk);
    return real(out);
  }
}

type SectionKeys =
  | 'appendParagraph'
  | 'insertParagraph'
  | 'appendListItem'
  | 'insertListItem'
  | 'appendTable'
  | 'insertTable'
  | 'appendImage'
  | 'insertImage'
  | 'appendHorizontalRule'
  | 'getNumChildren'
  | 'getChild'
  | 'getChildIndex'
  | 'removeChild'
  | 'clear'
  | 'getParagraphs'
  | 'getTables'
  | 'getListItems'
  | 'getImages'
  | 'getText'
  | 'setText'
  | 'editAsText'
  | 'replaceText'
  | 'findText'
  | 'getType';

export class BodyEl
  extends BlockContainer
  implements
    Pick<
      GBody,
      | SectionKeys
      | 'appendPageBreak'
      | 'insertPageBreak'
      | 'setMarginTop'
      | 'setMarginBottom'
      | 'setMarginLeft'
      | 'setMarginRight'
      | 'setPageWidth'
      | 'setPageHeight'
    >
{
  readonly type = 'BODY_SECTION';
  readonly service = 'Body';
  private setNum(method: string, attr: string, v: number): GBody {
    this.m(method);
    this.attrs[attr] = Number(v);
    return real(this);
  }
  setMarginTop(v: number): GBody {
    return this.setNum('setMarginTop', 'MARGIN_TOP', v);
  }
  setMarginBottom(v: number): GBody {
    return this.setNum('setMarginBottom', 'MARGIN_BOTTOM', v);
  }
  setMarginLeft(v: number): GBody {
    return this.setNum('setMarginLeft', 'MARGIN_LEFT', v);
  }
  setMarginRight(v: number): GBody {
    return this.setNum('setMarginRight', 'MARGIN_RIGHT', v);
  }
  setPageWidth(v: number): GBody {
    return this.setNum('setPageWidth', 'PAGE_WIDTH', v);
  }
  setPageHeight(v: number): GBody {
    return this.setNum('setPageHeight', 'PAGE_HEIGHT', v);
  }
  clone(ctx: DocCtx): BodyEl {
    return this.cloneChildrenInto(new BodyEl(ctx), ctx);
  }
}

export class HeaderEl
  extends BlockContainer
  implements Pick<GoogleAppsScript.Document.HeaderSection, SectionKeys>
{
  readonly type = 'HEADER_SECTION';
  readonly service = 'HeaderSection';
  clone(ctx: DocCtx): HeaderEl {
    return this.cloneChildrenInto(new HeaderEl(ctx), ctx);
  }
}

export class FooterEl
  extends BlockContainer
  implements Pick<GoogleAppsScript.Document.FooterSection, SectionKeys>
{
  readonly type = 'FOOTER_SECTION';
  readonly service = 'FooterSection';
  clone(ctx: DocCtx): FooterEl {
    return this.cloneChildrenInto(new FooterEl(ctx), ctx);
  }
}
