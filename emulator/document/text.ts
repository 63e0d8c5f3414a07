/**
 * Text (formatting runs), "edit as text" views and RangeElement (findText).
 * Reference: https://developers.google.com/apps-script/reference/document/text
 * Reference: https://developers.google.com/apps-script/reference/document/range-element
 */
import {real} from '../core/cast';
import type {Attrs, DocCtx, Run, Segment} from './internal';
import {
  ContainerEl,
  DocEl,
  googleRegex,
  ParaEl,
  paragraphsIn,
  plain,
  replaceInParagraph,
  replaceInSegments,
  segmentsOfParagraph,
  TEXT_ATTRS,
} from './internal';

type GText = GoogleAppsScript.Document.Text;
type GElement = GoogleAppsScript.Document.Element;
type GRangeElement = GoogleAppsScript.Document.RangeElement;

/**
 * Character formatting shared by Text elements and the "edit as text" views
 * of containers (whose text spans several Text elements).
 */
abstract class TextOps extends DocEl {
  readonly type = 'TEXT';
  readonly service = 'Text';
  abstract segments(): Segment[];
  protected whole(): string {
    return this.segments()
      .map(s => (s.el ? s.el.runs.map(r => r.text).join('') : '\n'))
      .join('');
  }
  /** Sets attributes on [start, endInclusive] (whole text when no range). */
  protected format(args: unknown[], attr: string): void {
    let start = 0;
    let end = this.whole().length - 1;
    let value = args[0];
    if (args.length >= 3) {
      start = Number(args[0]);
      end = Number(args[1]);
      value = args[2];
    }
    this.patch(start, end, {[attr]: value});
  }
  protected patch(start: number, endInclusive: number, attrs: Attrs): void {
    const len = this.whole().length;
    if (start < 0 || endInclusive >= len || start > endInclusive + 1) {
      if (len === 0 && start === 0) return;
      throw new Error(
        `Invalid offsets: start ${start}, end ${endInclusive}, text length ${len}.`,
      );
    }
    for (const s of this.segments()) {
      if (!s.el) continue;
      const ls = Math.max(start, s.start) - s.start;
      const le = Math.min(endInclusive + 1, s.start + s.len) - s.start;
      if (le > ls) s.el.patchRange(ls, le, attrs);
    }
  }
  /**
   * An attribute at an offset, or over the whole text (null when it varies).
   * Unset on/off attributes read false (isBold() of plain text is false).
   */
  protected attrAt(attr: string, offset: unknown): unknown {
    const flag = ['BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH'].includes(
      attr,
    );
    const read = (a: Attrs) => a[attr] ?? (flag ? false : null);
    const segs = this.segments().filter(s => s.el);
    if (offset !== undefined && offset !== null) {
      const o = Number(offset);
      const s = segs.find(x => o >= x.start && o < x.start + x.len);
      return s?.el ? read(s.el.attrsAt(o - s.start)) : null;
    }
    const values = new Set<unknown>();
    for (const s of segs) for (const r of s.el!.runs) values.add(read(r.attrs));
    if (values.size === 0) return flag ? false : null;
    return values.size === 1 ? [...values][0] : null;
  }
  getText(): string {
    this.m('getText');
    return this.whole();
  }
  setBold(...a: unknown[]): GText {
    this.m('setBold');
    this.format(a, 'BOLD');
    return real(this);
  }
  setItalic(...a: unknown[]): GText {
    this.m('setItalic');
    this.format(a, 'ITALIC');
    return real(this);
  }
  setUnderline(...a: unknown[]): GText {
    this.m('setUnderline');
    this.format(a, 'UNDERLINE');
    return real(this);
  }
  setStrikethrough(...a: unknown[]): GText {
    this.m('setStrikethrough');
    this.format(a, 'STRIKETHROUGH');
    return real(this);
  }
  setForegroundColor(...a: unknown[]): GText {
    this.m('setForegroundColor');
    this.format(a, 'FOREGROUND_COLOR');
    return real(this);
  }
  setBackgroundColor(...a: unknown[]): GText {
    this.m('setBackgroundColor');
    this.format(a, 'BACKGROUND_COLOR');
    return real(this);
  }
  setFontSize(...a: unknown[]): GText {
    this.m('setFontSize');
    this.format(a, 'FONT_SIZE');
    return real(this);
  }
  setFontFamily(...a: unknown[]): GText {
    this.m('setFontFamily');
    this.format(a, 'FONT_FAMILY');
    return real(this);
  }
  setLinkUrl(...a: unknown[]): GText {
    this.m('setLinkUrl');
    this.format(a, 'LINK_URL');
    return real(this);
  }
  isBold(offset?: number | null): boolean {
    this.m('isBold');
    return real(this.attrAt('BOLD', offset));
  }
  isItalic(offset?: number | null): boolean {
    this.m('isItalic');
    return real(this.attrAt('ITALIC', offset));
  }
  isUnderline(offset?: number | null): boolean {
    this.m('isUnderline');
    return real(this.attrAt('UNDERLINE', offset));
  }
  isStrikethrough(offset?: number | null): boolean {
    this.m('isStrikethrough');
    return real(this.attrAt('STRIKETHROUGH', offset));
  }
  getForegroundColor(offset?: number | null): string {
    this.m('getForegroundColor');
    return real(this.attrAt('FOREGROUND_COLOR', offset));
  }
  getBackgroundColor(offset?: number | null): string {
    this.m('getBackgroundColor');
    return real(this.attrAt('BACKGROUND_COLOR', offset));
  }
  getFontSize(offset?: number | null): number {
    this.m('getFontSize');
    return real(this.attrAt('FONT_SIZE', offset));
  }
  getFontFamily(offset?: number | null): string {
    this.m('getFontFamily');
    return real(this.attrAt('FONT_FAMILY', offset));
  }
  getLinkUrl(offset?: number | null): string {
    this.m('getLinkUrl');
    return real(this.attrAt('LINK_URL', offset));
  }
  getTextAttributeIndices(): number[] {
    this.m('getTextAttributeIndices');
    const out: number[] = [];
    for (const s of this.segments()) {
      if (!s.el) continue;
      let at = s.start;
      for (const r of s.el.runs) {
        out.push(at);
        at += r.text.length;
      }
    }
    return out.length ? out : [0];
  }
  setAttributes(...a: unknown[]): never {
    this.m('setAttributes');
    if (a.length >= 3) {
      this.patch(Number(a[0]), Number(a[1]), pickText(a[2] as Attrs));
    } else {
      const len = this.whole().length;
      if (len > 0) this.patch(0, len - 1, pickText(a[0] as Attrs));
    }
    return real<never>(this);
  }
  getAttributes(offset?: number | null): Attrs {
    this.m('getAttributes');
    const out: Attrs = {};
    for (const k of TEXT_ATTRS) out[k] = this.attrAt(k, offset);
    return out;
  }
  replaceText(searchPattern: string, replacement: string): GElement {
    this.m('replaceText');
    const re = googleRegex(searchPattern);
    for (const p of this.paragraphs()) replaceInParagraph(p, re, replacement);
    return real(this);
  }
  findText(searchPattern: string, from?: GRangeElement | null): GRangeElement {
    this.m('findText');
    return real(findIn(this.textEls(), searchPattern, from));
  }
  deleteText(startOffset: number, endOffsetInclusive: number): GText {
    this.m('deleteText');
    replaceInSegments(this.segments(), startOffset, endOffsetInclusive + 1, '');
    return real(this);
  }
  insertText(offset: number, text: string): GText {
    this.m('insertText');
    replaceInSegments(this.segments(), offset, offset, String(text));
    return real(this);
  }
  editAsText(): GText {
    this.m('editAsText');
    return real(this);
  }
  protected abstract paragraphs(): ParaEl[];
  protected abstract textEls(): TextEl[];
}

export function pickText(attrs: Attrs): Attrs {
  const out: Attrs = {};
  for (const k of Object.keys(attrs ?? {})) {
    if (TEXT_ATTRS.includes(k)) out[k] = attrs[k];
  }
  return out;
}

function sameAttrs(a: Attrs, b: Attrs): boolean {
  const ka = Object.keys(a).filter(k => a[k] !== null && a[k] !== undefined);
  const kb = Object.keys(b).filter(k => b[k] !== null && b[k] !== undefined);
  return ka.length === kb.length && ka.every(k => a[k] === b[k]);
}

type TextKeys =
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'setBold'
  | 'setItalic'
  | 'setUnderline'
  | 'setStrikethrough'
  | 'setForegroundColor'
  | 'setBackgroundColor'
  | 'setFontSize'
  | 'setFontFamily'
  | 'setLinkUrl'
  | 'isBold'
  | 'isItalic'
  | 'getForegroundColor'
  | 'getFontSize'
  | 'getLinkUrl'
  | 'getTextAttributeIndices'
  | 'replaceText'
  | 'findText'
  | 'deleteText'
  | 'insertText'
  | 'editAsText'
  | 'getType';

/** A Text element: its characters as formatting runs. */
export class TextEl extends TextOps implements Pick<GText, TextKeys> {
  runs: Run[] = [];
  constructor(ctx: DocCtx, text = '', attrs: Attrs = {}) {
    super(ctx);
    if (text) this.runs = [{text, attrs: {...attrs}}];
  }
  segments(): Segment[] {
    return [{el: this, start: 0, len: this.length()}];
  }
  protected paragraphs(): ParaEl[] {
    return this.parent instanceof ParaEl ? [this.parent] : [];
  }
  protected textEls(): TextEl[] {
    return [this];
  }
  length(): number {
    return this.runs.reduce((n, r) => n + r.text.length, 0);
  }
  attrsAt(offset: number): Attrs {
    let at = 0;
    for (const r of this.runs) {
      if (offset < at + r.text.length) return r.attrs;
      at += r.text.length;
    }
    return this.runs.length ? this.runs[this.runs.length - 1].attrs : {};
  }
  /** Splits runs so that `offset` is a boundary; returns the index of the run starting there. */
  private split(offset: number): number {
    let at = 0;
    for (let i = 0; i < this.runs.length; i++) {
      const r = this.runs[i];
      if (offset === at) return i;
      if (offset < at + r.text.length) {
        const cut = offset - at;
        this.runs.splice(
          i,
          1,
          {text: r.text.slice(0, cut), attrs: r.attrs},
          {text: r.text.slice(cut), attrs: {...r.attrs}},
        );
        return i + 1;
      }
      at += r.text.length;
    }
    return this.runs.length;
  }
  private normalize(): void {
    const out: Run[] = [];
    for (const r of this.runs) {
      if (!r.text) continue;
      const last = out[out.length - 1];
      if (last && sameAttrs(last.attrs, r.attrs)) last.text += r.text;
      else out.push(r);
    }
    this.runs = out;
  }
  patchRange(start: number, end: number, attrs: Attrs): void {
    const a = this.split(start);
    const b = this.split(end);
    for (let i = a; i < b; i++) {
      const next = {...this.runs[i].attrs};
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined) delete next[k];
        else next[k] = v;
      }
      this.runs[i].attrs = next;
    }
    this.normalize();
  }
  /** Replaces [start, end) by `text`, formatted like the character at `start`. */
  replaceRange(start: number, end: number, text: string): void {
    const attrs = {...this.attrsAt(start)};
    const a = this.split(start);
    const b = this.split(end);
    this.runs.splice(a, b - a, ...(text ? [{text, attrs}] : []));
    this.normalize();
  }
  setText(text: string): GText {
    this.m('setText');
    const attrs = this.runs.length ? {...this.runs[0].attrs} : {};
    this.runs = text ? [{text: String(text), attrs}] : [];
    return real(this);
  }
  appendText(text: string): GText {
    this.m('appendText');
    const attrs = this.runs.length
      ? {...this.runs[this.runs.length - 1].attrs}
      : {};
    this.runs.push({text: String(text), attrs});
    this.normalize();
    return real(this);
  }
  clone(ctx: DocCtx): TextEl {
    const t = new TextEl(ctx);
    t.runs = this.runs.map(r => ({text: r.text, attrs: {...r.attrs}}));
    return t;
  }
}

/** "Edit as text" over a container: its paragraphs' texts separated by "\n". */
export class TextView extends TextOps implements Pick<GText, TextKeys> {
  constructor(
    ctx: DocCtx,
    private readonly owner: DocEl,
  ) {
    super(ctx);
    this.parent = owner instanceof ContainerEl ? owner : null;
  }
  protected paragraphs(): ParaEl[] {
    return paragraphsIn(this.owner);
  }
  protected textEls(): TextEl[] {
    return this.paragraphs().flatMap(p =>
      p.children.filter((c): c is TextEl => c instanceof TextEl),
    );
  }
  segments(): Segment[] {
    const segs: Segment[] = [];
    let at = 0;
    this.paragraphs().forEach((p, i) => {
      if (i > 0) {
        segs.push({el: null, start: at, len: 1});
        at += 1;
      }
      if (!p.children.some(c => c instanceof TextEl))
        p.adopt(new TextEl(this.ctx));
      for (const s of segmentsOfParagraph(p)) {
        segs.push({...s, start: at + s.start});
      }
      at += plain(p).length;
    });
    return segs;
  }
  setText(text: string): GText {
    this.m('setText');
    const ps = this.paragraphs();
    if (ps.length) {
      ps[0].replaceChildren(String(text));
      for (const p of ps.slice(1)) p.parent?.detach(p);
    }
    return real(this);
  }
  appendText(text: string): GText {
    this.m('appendText');
    const ps = this.paragraphs();
    if (ps.length) {
      const last = ps[ps.length - 1];
      const t = last.children
        .filter((c): c is TextEl => c instanceof TextEl)
        .pop();
      if (t) t.replaceRange(t.length(), t.length(), String(text));
      else last.adopt(new TextEl(this.ctx, String(text)));
    }
    return real(this);
  }
  clone(ctx: DocCtx): TextView {
    return new TextView(ctx, this.owner);
  }
}

export function findIn(
  els: TextEl[],
  pattern: string,
  from?: GRangeElement | null,
): FakeRangeElement | null {
  const re = googleRegex(pattern);
  let startEl = 0;
  let startOffset = 0;
  if (from instanceof FakeRangeElement) {
    startEl = Math.max(0, els.indexOf(from.el));
    startOffset = from.end + 1;
  }
  for (let i = startEl; i < els.length; i++) {
    const text = plain(els[i]);
    re.lastIndex = i === startEl ? startOffset : 0;
    const m = re.exec(text);
    if (m && m[0].length > 0) {
      return new FakeRangeElement(
        els[i],
        m.index,
        m.index + m[0].length - 1,
        text.length,
      );
    }
  }
  return null;
}

class FakeRangeElement implements GRangeElement {
  constructor(
    readonly el: TextEl,
    readonly start: number,
    readonly end: number,
    private readonly len: number,
  ) {}
  getElement(): GElement {
    this.el.ctx.env.meter.call('RangeElement', 'getElement');
    return real(this.el);
  }
  getStartOffset(): number {
    this.el.ctx.env.meter.call('RangeElement', 'getStartOffset');
    return this.start;
  }
  getEndOffsetInclusive(): number {
    this.el.ctx.env.meter.call('RangeElement', 'getEndOffsetInclusive');
    return this.end;
  }
  isPartial(): boolean {
    this.el.ctx.env.meter.call('RangeElement', 'isPartial');
    return this.start > 0 || this.end < this.len - 1;
  }
}
