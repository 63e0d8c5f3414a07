/**
 * Paragraphs and list items.
 * Reference: https://developers.google.com/apps-script/reference/document/paragraph
 * Reference: https://developers.google.com/apps-script/reference/document/list-item
 */
import {blobData} from '../base/blob';
import {real} from '../core/cast';
import type {Attrs, DocCtx} from './internal';
import {
  ContainerEl,
  HorizontalRuleEl,
  InlineImageEl,
  PageBreakEl,
  pickText,
  TEXT_ATTRS,
  TextEl,
  TextView,
} from './internal';

type GParagraph = GoogleAppsScript.Document.Paragraph;
type GListItem = GoogleAppsScript.Document.ListItem;
type GText = GoogleAppsScript.Document.Text;
type GImage = GoogleAppsScript.Document.InlineImage;
type BlobSource = GoogleAppsScript.Base.BlobSource;

type ParaKeys =
  | 'setHeading'
  | 'getHeading'
  | 'setAlignment'
  | 'getAlignment'
  | 'setText'
  | 'getText'
  | 'appendText'
  | 'editAsText'
  | 'setAttributes'
  | 'getAttributes'
  | 'replaceText'
  | 'findText'
  | 'getNumChildren'
  | 'getChild'
  | 'appendInlineImage'
  | 'appendPageBreak'
  | 'appendHorizontalRule'
  | 'removeFromParent'
  | 'setLinkUrl'
  | 'setSpacingAfter'
  | 'setSpacingBefore'
  | 'setLineSpacing'
  | 'setIndentStart'
  | 'setIndentFirstLine'
  | 'getType'
  | 'clear'
  | 'copy';

export abstract class ParaEl extends ContainerEl {
  constructor(ctx: DocCtx, text = '') {
    super(ctx);
    if (text) this.adopt(new TextEl(ctx, text));
    this.attrs.HEADING = 'NORMAL';
  }
  /** Replaces the content by one Text keeping the first run's formatting. */
  replaceChildren(text: string): void {
    const first = this.children.find((c): c is TextEl => c instanceof TextEl);
    const attrs = first?.runs[0]?.attrs ?? {};
    for (const c of [...this.children]) this.detach(c);
    this.adopt(new TextEl(this.ctx, text, attrs));
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): never {
    this.m('setHeading');
    this.attrs.HEADING = String(heading);
    return real<never>(this);
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    this.m('getHeading');
    return real(this.attrs.HEADING ?? 'NORMAL');
  }
  setAlignment(
    alignment: GoogleAppsScript.Document.HorizontalAlignment,
  ): never {
    this.m('setAlignment');
    this.attrs.HORIZONTAL_ALIGNMENT = String(alignment);
    return real<never>(this);
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    this.m('getAlignment');
    return real(this.attrs.HORIZONTAL_ALIGNMENT ?? 'LEFT');
  }
  setText(text: string): void {
    this.m('setText');
    this.replaceChildren(String(text));
  }
  appendText(text: string | GText): GText {
    this.m('appendText');
    if (text instanceof TextEl)
      return real(this.adopt(text.parent ? text.clone(this.ctx) : text));
    // Google creates a new Text element, so the caller can format just it.
    return real(this.adopt(new TextEl(this.ctx, String(text))));
  }
  clear(): never {
    this.m('clear');
    for (const c of [...this.children]) this.detach(c);
    return real<never>(this);
  }
  editAsText(): GText {
    this.m('editAsText');
    const texts = this.children.filter(c => c instanceof TextEl);
    if (texts.length === 1 && this.children.length === 1) return real(texts[0]);
    return real(new TextView(this.ctx, this));
  }
  protected applyAttributes(attributes: Attrs): void {
    const textPart = pickText(attributes);
    for (const [k, v] of Object.entries(attributes ?? {})) {
      if (!TEXT_ATTRS.includes(k)) this.attrs[k] = v === null ? undefined : v;
    }
    if (Object.keys(textPart).length) {
      for (const c of this.children) {
        if (c instanceof TextEl && c.length())
          c.patchRange(0, c.length(), textPart);
      }
    }
  }
  setLinkUrl(url: string): never {
    this.m('setLinkUrl');
    for (const c of this.children) {
      if (c instanceof TextEl && c.length())
        c.patchRange(0, c.length(), {LINK_URL: url});
    }
    return real<never>(this);
  }
  private setNum(method: string, attr: string, v: number): never {
    this.m(method);
    this.attrs[attr] = Number(v);
    return real<never>(this);
  }
  setSpacingAfter(v: number): never {
    return this.setNum('setSpacingAfter', 'SPACING_AFTER', v);
  }
  setSpacingBefore(v: number): never {
    return this.setNum('setSpacingBefore', 'SPACING_BEFORE', v);
  }
  setLineSpacing(v: number): never {
    return this.setNum('setLineSpacing', 'LINE_SPACING', v);
  }
  setIndentStart(v: number): never {
    return this.setNum('setIndentStart', 'INDENT_START', v);
  }
  setIndentFirstLine(v: number): never {
    return this.setNum('setIndentFirstLine', 'INDENT_FIRST_LINE', v);
  }
  appendInlineImage(image: BlobSource | GImage): GImage {
    this.m('appendInlineImage');
    return real(this.adopt(imageFrom(this.ctx, image)));
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.m('appendPageBreak');
    return real(this.adopt(new PageBreakEl(this.ctx)));
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.m('appendHorizontalRule');
    return real(this.adopt(new HorizontalRuleEl(this.ctx)));
  }
}

export class ParagraphEl extends ParaEl implements Pick<GParagraph, ParaKeys> {
  readonly type = 'PARAGRAPH';
  readonly service = 'Paragraph';
  clone(ctx: DocCtx): ParagraphEl {
    return this.cloneChildrenInto(new ParagraphEl(ctx), ctx);
  }
}

export class ListItemEl
  extends ParaEl
  implements
    Pick<
      GListItem,
      | ParaKeys
      | 'setGlyphType'
      | 'getGlyphType'
      | 'setNestingLevel'
      | 'getNestingLevel'
      | 'getListId'
    >
{
  readonly type = 'LIST_ITEM';
  readonly service = 'ListItem';
  constructor(ctx: DocCtx, text = '') {
    super(ctx, text);
    this.attrs.GLYPH_TYPE = 'BULLET';
    this.attrs.NESTING_LEVEL = 0;
  }
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GListItem {
    this.m('setGlyphType');
    this.attrs.GLYPH_TYPE = String(glyphType);
    return real(this);
  }
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.m('getGlyphType');
    return real(this.attrs.GLYPH_TYPE);
  }
  setNestingLevel(level: number): GListItem {
    this.m('setNestingLevel');
    this.attrs.NESTING_LEVEL = Number(level);
    return real(this);
  }
  getNestingLevel(): number {
    this.m('getNestingLevel');
    return Number(this.attrs.NESTING_LEVEL ?? 0);
  }
  getListId(): string {
    this.m('getListId');
    return String(this.attrs.LIST_ID ?? '');
  }
  clone(ctx: DocCtx): ListItemEl {
    return this.cloneChildrenInto(new ListItemEl(ctx), ctx);
  }
}

export function imageFrom(
  ctx: DocCtx,
  image: BlobSource | GImage,
): InlineImageEl {
  if (image instanceof InlineImageEl)
    return image.parent ? image.clone(ctx) : image;
  const data = blobData(image as BlobSource);
  return new InlineImageEl(
    ctx,
    Buffer.from(data.bytes),
    data.contentType,
    data.name,
  );
}
