/**
 * What every element of a document shares (Element), and the per-document context.
 * Reference: https://developers.google.com/apps-script/reference/document/element
 */
import {real} from '../core/cast';
import type {EmuEnv} from '../core/env';
import type {ContainerEl, FakeDocument} from './internal';
import {documentText, ParaEl} from './internal';

type GBody = GoogleAppsScript.Document.Body;
type GParagraph = GoogleAppsScript.Document.Paragraph;
type GListItem = GoogleAppsScript.Document.ListItem;
type GTable = GoogleAppsScript.Document.Table;
type GTableRow = GoogleAppsScript.Document.TableRow;
type GTableCell = GoogleAppsScript.Document.TableCell;
type GText = GoogleAppsScript.Document.Text;
type GElement = GoogleAppsScript.Document.Element;
type GContainer = GoogleAppsScript.Document.ContainerElement;
type GImage = GoogleAppsScript.Document.InlineImage;

export type Attrs = Record<string, unknown>;
export interface Run {
  text: string;
  attrs: Attrs;
}

/** Attributes that belong to characters (the rest belong to paragraphs/cells). */
export const TEXT_ATTRS = [
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_SIZE',
  'FONT_FAMILY',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
];

const MUTATING = /^(set|append|insert|remove|clear|replace|delete|merge|add)/;

/** What every element of one document shares. */
export class DocCtx {
  closed = false;
  /** Plain text as last saved (null: identical to the current state). */
  savedText: string | null = null;
  dirtyExec: number | null = null;
  constructor(
    readonly env: EmuEnv,
    public doc: FakeDocument | null = null,
  ) {}
  call(service: string, method: string): void {
    this.env.meter.call(service, method);
    if (!MUTATING.test(method) || !this.doc) return;
    if (this.closed) {
      throw new Error('Document is closed, its contents cannot be updated.');
    }
    const exec = this.env.meter.current?.id ?? null;
    if (exec !== null && this.dirtyExec !== exec) {
      // First change of this execution: what was there before is what Google
      // saved at the end of the previous execution.
      this.savedText = documentText(this.doc);
      this.dirtyExec = exec;
    }
  }
}

export function childIndexError(i: number, n: number): Error {
  return new Error(
    `Child index (${i}) must be less than the number of child elements (${n}).`,
  );
}

export abstract class DocEl {
  parent: ContainerEl | null = null;
  attrs: Attrs = {};
  abstract readonly type: string;
  abstract readonly service: string;
  constructor(public ctx: DocCtx) {}
  protected m(method: string): void {
    this.ctx.call(this.service, method);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    this.m('getType');
    return real(this.type);
  }
  getParent(): GContainer {
    this.m('getParent');
    return real(this.parent);
  }
  getNextSibling(): GElement {
    this.m('getNextSibling');
    if (!this.parent) return real(null);
    const i = this.parent.children.indexOf(this);
    return real(this.parent.children[i + 1] ?? null);
  }
  getPreviousSibling(): GElement {
    this.m('getPreviousSibling');
    if (!this.parent) return real(null);
    const i = this.parent.children.indexOf(this);
    return real(i > 0 ? this.parent.children[i - 1] : null);
  }
  isAtDocumentEnd(): boolean {
    this.m('isAtDocumentEnd');
    const isLast = (el: DocEl): boolean => {
      const p = el.parent;
      if (!p) return el.type === 'BODY_SECTION';
      return p.children[p.children.length - 1] === el && isLast(p);
    };
    return isLast(this);
  }
  removeFromParent(): never {
    this.m('removeFromParent');
    const p = this.parent;
    if (
      p &&
      this instanceof ParaEl &&
      p.type.endsWith('_SECTION') &&
      p.children.filter(c => c instanceof ParaEl).length === 1
    ) {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    if (p) p.detach(this);
    return real<never>(this);
  }
  getAttributes(): Attrs {
    this.m('getAttributes');
    return {...this.attrs};
  }
  setAttributes(attributes: Attrs): never {
    this.m('setAttributes');
    this.applyAttributes(attributes);
    return real<never>(this);
  }
  protected applyAttributes(attributes: Attrs): void {
    for (const [k, v] of Object.entries(attributes)) this.attrs[k] = v;
  }
  /** Deep copy, detached. */
  abstract clone(ctx: DocCtx): DocEl;
  copy(): never {
    this.m('copy');
    return real<never>(this.clone(this.ctx));
  }
  private cast(type: string): never {
    if (this.type !== type) {
      throw new Error(`Cannot cast element of type ${this.type} to ${type}.`);
    }
    return real<never>(this);
  }
  asBody(): GBody {
    return this.cast('BODY_SECTION');
  }
  asHeaderSection(): GoogleAppsScript.Document.HeaderSection {
    return this.cast('HEADER_SECTION');
  }
  asFooterSection(): GoogleAppsScript.Document.FooterSection {
    return this.cast('FOOTER_SECTION');
  }
  asParagraph(): GParagraph {
    return this.cast('PARAGRAPH');
  }
  asListItem(): GListItem {
    return this.cast('LIST_ITEM');
  }
  asTable(): GTable {
    return this.cast('TABLE');
  }
  asTableRow(): GTableRow {
    return this.cast('TABLE_ROW');
  }
  asTableCell(): GTableCell {
    return this.cast('TABLE_CELL');
  }
  asText(): GText {
    return this.cast('TEXT');
  }
  asInlineImage(): GImage {
    return this.cast('INLINE_IMAGE');
  }
  asPageBreak(): GoogleAppsScript.Document.PageBreak {
    return this.cast('PAGE_BREAK');
  }
  asHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.cast('HORIZONTAL_RULE');
  }
}
