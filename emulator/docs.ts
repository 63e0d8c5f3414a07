/**
 * Emulated DocumentApp.
 *
 * Exports:
 *   createDocumentApp(env: EmuEnv): FakeDocumentApp     — the `DocumentApp` global
 *   FakeDocument (env.documents holds these), documentTree(doc): DocNode,
 *   documentText(doc): string, documentToPdfBlob(doc): FakeBlob, copyDocument(env, doc, name)
 *
 * Model: a document has a body and optional header/footer sections; sections
 * and table cells hold paragraphs, list items and tables; paragraphs hold Text
 * elements (each a list of formatting runs), inline images, page breaks and
 * horizontal rules. Google's behaviours kept:
 *  - a new document's body holds one empty paragraph, and the last paragraph
 *    of a section cannot be removed;
 *  - replaceText(regex, replacement) matches each paragraph's whole text, so a
 *    placeholder whose characters carry different formatting is still found;
 *    the replacement takes the formatting of the match's first character, and
 *    the replacement string follows Java rules ($1 is a group, a lone "$"
 *    throws "Illegal group reference", "\\$" is a literal dollar);
 *  - getAs('application/pdf') exports the document as last saved: changes made
 *    in the current execution are only in the PDF after saveAndClose() (the
 *    classic "empty PDF" bug); a closed document cannot be edited;
 *  - isBold()/isItalic() of a mixed range are null, of plain text false;
 *    appendText() adds a separate Text element (formattable on its own);
 *  - openById of a document another user made and did not share throws
 *    "You do not have permission to access the requested document.";
 *    an unknown id throws "Document is missing (perhaps it was deleted…)";
 *  - DocumentApp.create is limited to 250 documents a day per user (1,500
 *    on Workspace; Pacific-time day, as MailApp's quota): past it
 *    "Service invoked too many times for one day: docs create.".
 * Also exported: googleRegex (RE2 → RegExp, (?i) prefix), javaReplacement,
 * the element classes (BodyEl, ParagraphEl, ListItemEl, TableEl, …).
 */
import type {EmuEnv} from './env';
import {mailDayKey} from './mail';
import {
  blobData,
  canAccess,
  DriveEntry,
  driveEntry,
  FakeBlob,
  MIME_TYPES,
  registerFile,
  textPdfBlob,
} from './drive';
import {enumOf, real} from './cast';

type D = typeof GoogleAppsScript.Document;
type GDoc = GoogleAppsScript.Document.Document;
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
type GRangeElement = GoogleAppsScript.Document.RangeElement;
type BlobSource = GoogleAppsScript.Base.BlobSource;

type Attrs = Record<string, unknown>;
interface Run {
  text: string;
  attrs: Attrs;
}

/** Attributes that belong to characters (the rest belong to paragraphs/cells). */
const TEXT_ATTRS = [
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
class DocCtx {
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

function childIndexError(i: number, n: number): Error {
  return new Error(
    `Child index (${i}) must be less than the number of child elements (${n}).`,
  );
}

// ---------------------------------------------------------------- elements

abstract class DocEl {
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

/** Where text can be edited: a run of segments (Text elements or separators). */
interface Segment {
  el: TextEl | null;
  start: number;
  len: number;
}

/** Plain text of an element (no metering). */
function plain(el: DocEl): string {
  if (el instanceof TextEl) return el.runs.map(r => r.text).join('');
  if (el instanceof ParaEl) return el.children.map(plain).join('');
  if (el instanceof TableEl) return el.children.map(plain).join('\n');
  if (el instanceof TableRowEl) return el.children.map(plain).join('\t');
  if (el instanceof ContainerEl) return el.children.map(plain).join('\n');
  return '';
}

function paragraphsIn(el: DocEl): ParaEl[] {
  if (el instanceof ParaEl) return [el];
  if (el instanceof ContainerEl) return el.children.flatMap(paragraphsIn);
  return [];
}

function segmentsOfParagraph(p: ParaEl): Segment[] {
  const segs: Segment[] = [];
  let at = 0;
  for (const c of p.children) {
    const len = c instanceof TextEl ? c.length() : 1;
    segs.push({el: c instanceof TextEl ? c : null, start: at, len});
    at += len;
  }
  return segs;
}

/** Converts Google's RE2 pattern to a JavaScript RegExp (global). */
export function googleRegex(pattern: string): RegExp {
  let p = String(pattern);
  let flags = 'g';
  const m = /^\(\?([ims]+)\)/.exec(p);
  if (m) {
    p = p.slice(m[0].length);
    if (m[1].includes('i')) flags += 'i';
    if (m[1].includes('s')) flags += 's';
    if (m[1].includes('m')) flags += 'm';
  }
  return new RegExp(p, flags);
}

/** Java's Matcher.appendReplacement rules, as Apps Script's replaceText uses. */
export function javaReplacement(
  replacement: string,
  match: RegExpExecArray,
): string {
  let out = '';
  const r = String(replacement);
  for (let i = 0; i < r.length; i++) {
    const c = r[i];
    if (c === '\\') {
      i++;
      if (i >= r.length) throw new Error('character to be escaped is missing');
      out += r[i];
    } else if (c === '$') {
      i++;
      if (i >= r.length || !/[0-9]/.test(r[i])) {
        throw new Error('Illegal group reference');
      }
      let n = Number(r[i]);
      while (
        i + 1 < r.length &&
        /[0-9]/.test(r[i + 1]) &&
        n * 10 + Number(r[i + 1]) < match.length
      ) {
        i++;
        n = n * 10 + Number(r[i]);
      }
      if (n >= match.length) throw new Error(`No group ${n}`);
      out += match[n] ?? '';
    } else {
      out += c;
    }
  }
  return out;
}

/** Replaces [start, end) of a segmented text with `text`, formatted as the first replaced character. */
function replaceInSegments(
  segs: Segment[],
  start: number,
  end: number,
  text: string,
): void {
  let inserted = false;
  for (const s of segs) {
    if (!s.el) continue;
    const ls = Math.max(start, s.start) - s.start;
    const le = Math.min(end, s.start + s.len) - s.start;
    const touches =
      le > ls ||
      (start === end && start >= s.start && start <= s.start + s.len);
    if (!touches) continue;
    s.el.replaceRange(ls, Math.max(ls, le), inserted ? '' : text);
    inserted = true;
  }
}

/** Applies replaceText to one paragraph; returns whether something changed. */
function replaceInParagraph(p: ParaEl, re: RegExp, replacement: string): void {
  const segs = segmentsOfParagraph(p);
  const whole = segs
    .map(s => (s.el ? s.el.runs.map(r => r.text).join('') : '\uFFFC'))
    .join('');
  const found: {start: number; end: number; text: string}[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(whole)) !== null) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: javaReplacement(replacement, m),
    });
    if (m[0].length === 0) re.lastIndex++;
  }
  for (const f of found.reverse())
    replaceInSegments(segs, f.start, f.end, f.text);
}

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

function pickText(attrs: Attrs): Attrs {
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
class TextView extends TextOps implements Pick<GText, TextKeys> {
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

function findIn(
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

/** An element holding other elements. */
abstract class ContainerEl extends DocEl {
  children: DocEl[] = [];
  adopt(el: DocEl, index = this.children.length): DocEl {
    if (el.parent) throw new Error('Element must be detached.');
    el.parent = this;
    el.ctx = this.ctx;
    this.children.splice(index, 0, el);
    return el;
  }
  detach(el: DocEl): void {
    const i = this.children.indexOf(el);
    if (i >= 0) this.children.splice(i, 1);
    el.parent = null;
  }
  getNumChildren(): number {
    this.m('getNumChildren');
    return this.children.length;
  }
  getChild(childIndex: number): GElement {
    this.m('getChild');
    const c = this.children[childIndex];
    if (!c) throw childIndexError(childIndex, this.children.length);
    return real(c);
  }
  getChildIndex(child: GElement): number {
    this.m('getChildIndex');
    const i = this.children.indexOf(child as unknown as DocEl);
    if (i < 0)
      throw new Error('Element does not contain the specified child element.');
    return i;
  }
  getText(): string {
    this.m('getText');
    return plain(this);
  }
  editAsText(): GText {
    this.m('editAsText');
    return real(new TextView(this.ctx, this));
  }
  replaceText(searchPattern: string, replacement: string): GElement {
    this.m('replaceText');
    const re = googleRegex(searchPattern);
    for (const p of paragraphsIn(this)) replaceInParagraph(p, re, replacement);
    return real(this);
  }
  findText(searchPattern: string, from?: GRangeElement | null): GRangeElement {
    this.m('findText');
    const els = paragraphsIn(this).flatMap(p =>
      p.children.filter((c): c is TextEl => c instanceof TextEl),
    );
    return real(findIn(els, searchPattern, from));
  }
  protected cloneChildrenInto<T extends ContainerEl>(
    target: T,
    ctx: DocCtx,
  ): T {
    target.attrs = {...this.attrs};
    for (const c of this.children) target.adopt(c.clone(ctx));
    return target;
  }
}

// ---------------------------------------------------------------- inline elements

/** Natural size of PNG, GIF or JPEG bytes (Google inserts images at that size). */
function imageSize(bytes: Buffer): {width: number; height: number} {
  if (bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
  }
  if (bytes.length > 10 && bytes.toString('latin1', 0, 3) === 'GIF') {
    return {width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8)};
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) break;
      const marker = bytes[i + 1];
      const len = bytes.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xc3) {
        return {
          height: bytes.readUInt16BE(i + 5),
          width: bytes.readUInt16BE(i + 7),
        };
      }
      i += 2 + len;
    }
  }
  return {width: 100, height: 100};
}

type ImageKeys =
  | 'getWidth'
  | 'getHeight'
  | 'setWidth'
  | 'setHeight'
  | 'getBlob'
  | 'getAs'
  | 'getAltTitle'
  | 'setAltTitle'
  | 'getAltDescription'
  | 'setAltDescription'
  | 'getLinkUrl'
  | 'setLinkUrl'
  | 'getType';

export class InlineImageEl extends DocEl implements Pick<GImage, ImageKeys> {
  readonly type = 'INLINE_IMAGE';
  readonly service = 'InlineImage';
  width: number;
  height: number;
  altTitle = '';
  altDescription = '';
  linkUrl: string | null = null;
  constructor(
    ctx: DocCtx,
    readonly bytes: Buffer,
    readonly contentType: string | null,
    readonly name: string | null,
  ) {
    super(ctx);
    const size = imageSize(bytes);
    this.width = size.width;
    this.height = size.height;
  }
  getWidth(): number {
    this.m('getWidth');
    return this.width;
  }
  getHeight(): number {
    this.m('getHeight');
    return this.height;
  }
  setWidth(width: number): GImage {
    this.m('setWidth');
    this.width = Number(width);
    return real(this);
  }
  setHeight(height: number): GImage {
    this.m('setHeight');
    this.height = Number(height);
    return real(this);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.m('getBlob');
    return new FakeBlob(
      this.bytes,
      this.contentType,
      this.name,
      this.ctx.env.meter,
    );
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.m('getAs');
    return new FakeBlob(this.bytes, contentType, this.name, this.ctx.env.meter);
  }
  getAltTitle(): string {
    this.m('getAltTitle');
    return this.altTitle;
  }
  setAltTitle(t: string): GImage {
    this.m('setAltTitle');
    this.altTitle = String(t);
    return real(this);
  }
  getAltDescription(): string {
    this.m('getAltDescription');
    return this.altDescription;
  }
  setAltDescription(t: string): GImage {
    this.m('setAltDescription');
    this.altDescription = String(t);
    return real(this);
  }
  getLinkUrl(): string {
    this.m('getLinkUrl');
    return real(this.linkUrl);
  }
  setLinkUrl(url: string): GImage {
    this.m('setLinkUrl');
    this.linkUrl = url;
    return real(this);
  }
  clone(ctx: DocCtx): InlineImageEl {
    const c = new InlineImageEl(ctx, this.bytes, this.contentType, this.name);
    Object.assign(c, {
      width: this.width,
      height: this.height,
      altTitle: this.altTitle,
      altDescription: this.altDescription,
      linkUrl: this.linkUrl,
    });
    return c;
  }
}

class PageBreakEl extends DocEl {
  readonly type = 'PAGE_BREAK';
  readonly service = 'PageBreak';
  clone(ctx: DocCtx): PageBreakEl {
    return new PageBreakEl(ctx);
  }
}

class HorizontalRuleEl extends DocEl {
  readonly type = 'HORIZONTAL_RULE';
  readonly service = 'HorizontalRule';
  clone(ctx: DocCtx): HorizontalRuleEl {
    return new HorizontalRuleEl(ctx);
  }
}

// ---------------------------------------------------------------- paragraphs

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

abstract class ParaEl extends ContainerEl {
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

function imageFrom(ctx: DocCtx, image: BlobSource | GImage): InlineImageEl {
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

// ---------------------------------------------------------------- block containers

type CellsOrTable = string[][] | GTable | null | undefined;

/** Body, header, footer and table cell: hold paragraphs, list items and tables. */
abstract class BlockContainer extends ContainerEl {
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

// ---------------------------------------------------------------- tables

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

// ---------------------------------------------------------------- document

type DocKeys =
  | 'getBody'
  | 'getHeader'
  | 'addHeader'
  | 'getFooter'
  | 'addFooter'
  | 'getId'
  | 'getUrl'
  | 'getName'
  | 'setName'
  | 'saveAndClose'
  | 'getAs'
  | 'getBlob'
  | 'addEditor'
  | 'addEditors'
  | 'addViewer'
  | 'addViewers'
  | 'getEditors'
  | 'getViewers';

export class FakeDocument implements Pick<GDoc, DocKeys> {
  readonly ctx: DocCtx;
  body: BodyEl;
  header: HeaderEl | null = null;
  footer: FooterEl | null = null;
  constructor(
    env: EmuEnv,
    readonly id: string,
    public name: string,
  ) {
    this.ctx = new DocCtx(env);
    this.body = new BodyEl(this.ctx);
    this.body.adopt(new ParagraphEl(this.ctx));
    this.ctx.doc = this;
  }
  private m(method: string): void {
    this.ctx.call('Document', method);
  }
  getBody(): GBody {
    this.m('getBody');
    return real(this.body);
  }
  getHeader(): GoogleAppsScript.Document.HeaderSection {
    this.m('getHeader');
    return real(this.header);
  }
  addHeader(): GoogleAppsScript.Document.HeaderSection {
    this.m('addHeader');
    if (this.header) throw new Error('Document tab already contains a header.');
    this.header = new HeaderEl(this.ctx);
    this.header.adopt(new ParagraphEl(this.ctx));
    return real(this.header);
  }
  getFooter(): GoogleAppsScript.Document.FooterSection {
    this.m('getFooter');
    return real(this.footer);
  }
  addFooter(): GoogleAppsScript.Document.FooterSection {
    this.m('addFooter');
    if (this.footer) throw new Error('Document tab already contains a footer.');
    this.footer = new FooterEl(this.ctx);
    this.footer.adopt(new ParagraphEl(this.ctx));
    return real(this.footer);
  }
  getId(): string {
    this.m('getId');
    return this.id;
  }
  getUrl(): string {
    this.m('getUrl');
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getName(): string {
    this.m('getName');
    return this.name;
  }
  setName(name: string): GDoc {
    this.m('setName');
    this.name = String(name);
    return real(this);
  }
  /** Sharing goes to the document's Drive entry (same lists as DriveApp's File). */
  private share(
    method: string,
    list: 'editors' | 'viewers',
    emails: unknown[],
  ): GDoc {
    this.m(method);
    const entry = driveEntry(this.ctx.env, this.id);
    for (const u of emails) {
      const e =
        typeof u === 'string'
          ? u.trim()
          : String((u as {getEmail(): string}).getEmail());
      if (!/^[^\s@]+@[^\s@]+$/.test(e)) throw new Error(`Invalid email: ${e}`);
      if (entry && !entry[list].includes(e)) entry[list].push(e);
    }
    return real(this);
  }
  addEditor(user: unknown): GDoc {
    return this.share('addEditor', 'editors', [user]);
  }
  addEditors(emails: string[]): GDoc {
    return this.share('addEditors', 'editors', emails);
  }
  addViewer(user: unknown): GDoc {
    return this.share('addViewer', 'viewers', [user]);
  }
  addViewers(emails: string[]): GDoc {
    return this.share('addViewers', 'viewers', emails);
  }
  private users(
    method: string,
    list: 'editors' | 'viewers',
  ): GoogleAppsScript.Base.User[] {
    this.m(method);
    const entry = driveEntry(this.ctx.env, this.id);
    return (entry?.[list] ?? []).map(e => ({
      getEmail: () => e,
      getUserLoginId: () => e,
    }));
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.users('getEditors', 'editors');
  }
  getViewers(): GoogleAppsScript.Base.User[] {
    return this.users('getViewers', 'viewers');
  }
  saveAndClose(): void {
    this.ctx.env.meter.call('Document', 'saveAndClose');
    this.ctx.closed = true;
    this.ctx.savedText = null;
    this.ctx.dirtyExec = null;
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.ctx.env.meter.call('Document', 'getAs');
    return exportDocument(this, contentType);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.ctx.env.meter.call('Document', 'getBlob');
    return exportDocument(this, 'application/pdf');
  }
}

function exportDocument(doc: FakeDocument, contentType: string): FakeBlob {
  if (contentType === 'application/pdf') return documentToPdfBlob(doc);
  if (contentType === 'text/plain') {
    return new FakeBlob(documentText(doc), 'text/plain', `${doc.name}.txt`);
  }
  throw new Error(
    `Converting from application/vnd.google-apps.document to ${contentType} is not supported.`,
  );
}

/** Plain text of header, body and footer (no metering). */
export function documentText(doc: FakeDocument): string {
  const sections: BlockContainer[] = [doc.body];
  if (doc.header) sections.unshift(doc.header);
  if (doc.footer) sections.push(doc.footer);
  return sections.map(plain).join('\n');
}

/**
 * The PDF export: a blob named "<name>.pdf" whose content is the document's
 * text as last saved (see the header comment about saveAndClose).
 */
export function documentToPdfBlob(doc: FakeDocument): FakeBlob {
  const exec = doc.ctx.env.meter.current?.id ?? null;
  const stale = doc.ctx.savedText !== null && doc.ctx.dirtyExec === exec;
  const text = stale ? doc.ctx.savedText! : documentText(doc);
  return textPdfBlob(text, `${doc.name}.pdf`, doc.ctx.env.meter);
}

/** Deep copy of a document under a new name, registered in Docs and Drive. */
export function copyDocument(
  env: EmuEnv,
  doc: FakeDocument,
  name: string,
): FakeDocument {
  const copy = newDocument(env, name);
  copy.body = doc.body.clone(copy.ctx);
  copy.header = doc.header ? doc.header.clone(copy.ctx) : null;
  copy.footer = doc.footer ? doc.footer.clone(copy.ctx) : null;
  return copy;
}

function newDocument(env: EmuEnv, name: string): FakeDocument {
  const doc = new FakeDocument(env, env.ids.next('doc_'), String(name));
  env.documents.set(doc.id, doc);
  registerFile(env, {
    id: doc.id,
    name: doc.name,
    mimeType: MIME_TYPES.GOOGLE_DOCS,
    kind: 'document',
    hooks: {
      getName: () => doc.name,
      setName: n => {
        doc.name = n;
      },
      copy: n => copyDocument(env, doc, n).id,
      getAs: ct => exportDocument(doc, ct),
    },
  });
  return doc;
}

// ---------------------------------------------------------------- tree (JSON)

export interface DocRun {
  text: string;
  attrs: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  id?: string;
  name?: string;
  text?: string;
  heading?: string;
  alignment?: string | null;
  glyphType?: string;
  nestingLevel?: number;
  listId?: string;
  runs?: DocRun[];
  /** TABLE: text of each cell, row by row. */
  rows?: string[][];
  background?: string | null;
  borderColor?: string | null;
  width?: number;
  height?: number;
  contentType?: string | null;
  /** INLINE_IMAGE: data: URI of the image (small images only). */
  dataUri?: string;
  attributes?: Record<string, unknown>;
  children?: DocNode[];
}

function nodeOf(el: DocEl): DocNode {
  if (el instanceof TextEl) {
    return {
      type: 'TEXT',
      text: plain(el),
      runs: el.runs.map(r => ({text: r.text, attrs: {...r.attrs}})),
    };
  }
  if (el instanceof InlineImageEl) {
    const n: DocNode = {
      type: 'INLINE_IMAGE',
      width: el.width,
      height: el.height,
      contentType: el.contentType,
    };
    if (el.bytes.length <= 512 * 1024) {
      n.dataUri = `data:${el.contentType ?? 'application/octet-stream'};base64,${el.bytes.toString('base64')}`;
    }
    return n;
  }
  if (el instanceof ParaEl) {
    const n: DocNode = {
      type: el.type,
      text: plain(el),
      heading: String(el.attrs.HEADING ?? 'NORMAL'),
      alignment: (el.attrs.HORIZONTAL_ALIGNMENT as string | undefined) ?? null,
      runs: el.children.flatMap(c =>
        c instanceof TextEl
          ? c.runs.map(r => ({text: r.text, attrs: {...r.attrs}}))
          : [],
      ),
      children: el.children.map(nodeOf),
    };
    if (el instanceof ListItemEl) {
      n.glyphType = String(el.attrs.GLYPH_TYPE);
      n.nestingLevel = Number(el.attrs.NESTING_LEVEL ?? 0);
      n.listId = String(el.attrs.LIST_ID ?? '');
    }
    return n;
  }
  if (el instanceof TableEl) {
    return {
      type: 'TABLE',
      borderColor: (el.attrs.BORDER_COLOR as string | undefined) ?? null,
      rows: el.children.map(r => (r as ContainerEl).children.map(plain)),
      children: el.children.map(nodeOf),
    };
  }
  if (el instanceof TableCellEl) {
    return {
      type: 'TABLE_CELL',
      text: plain(el),
      background: (el.attrs.BACKGROUND_COLOR as string | undefined) ?? null,
      children: el.children.map(nodeOf),
    };
  }
  if (el instanceof ContainerEl) {
    return {type: el.type, children: el.children.map(nodeOf)};
  }
  return {type: el.type};
}

/** JSON element tree of a document (for tests, dumps and render.ts). */
export function documentTree(doc: FakeDocument): DocNode {
  const children: DocNode[] = [];
  if (doc.header) children.push(nodeOf(doc.header));
  children.push(nodeOf(doc.body));
  if (doc.footer) children.push(nodeOf(doc.footer));
  return {type: 'DOCUMENT', id: doc.id, name: doc.name, children};
}

// ---------------------------------------------------------------- DocumentApp

export type FakeDocumentApp = Pick<
  GoogleAppsScript.Document.DocumentApp,
  | 'create'
  | 'openById'
  | 'openByUrl'
  | 'getActiveDocument'
  | 'Attribute'
  | 'ElementType'
  | 'GlyphType'
  | 'HorizontalAlignment'
  | 'ParagraphHeading'
  | 'TextAlignment'
  | 'VerticalAlignment'
  | 'PositionedLayout'
>;

/** Documents a user may create a day (Apps Script quotas). */
export const DOCS_CREATED_PER_DAY = {consumer: 250, workspace: 1500} as const;

const MISSING =
  "Document is missing (perhaps it was deleted, or you don't have read access?)";

/** The `DocumentApp` global. */
export function createDocumentApp(env: EmuEnv): FakeDocumentApp {
  const m = (method: string, create = false) =>
    env.meter.call('DocumentApp', method, create ? {create} : {});
  const open = (id: string): GDoc => {
    const doc = env.documents.get(String(id));
    if (!(doc instanceof FakeDocument)) throw new Error(MISSING);
    const entry = driveEntry(env, doc.id);
    if (entry && !canAccess(env, entry)) {
      throw new Error(
        'You do not have permission to access the requested document.',
      );
    }
    doc.ctx.closed = false;
    return real(doc);
  };
  return {
    Attribute: enumOf<D['Attribute']>([
      'BACKGROUND_COLOR',
      'BOLD',
      'BORDER_COLOR',
      'BORDER_WIDTH',
      'CODE',
      'FONT_FAMILY',
      'FONT_SIZE',
      'FOREGROUND_COLOR',
      'HEADING',
      'HEIGHT',
      'HORIZONTAL_ALIGNMENT',
      'INDENT_END',
      'INDENT_FIRST_LINE',
      'INDENT_START',
      'ITALIC',
      'GLYPH_TYPE',
      'LEFT_TO_RIGHT',
      'LINE_SPACING',
      'LINK_URL',
      'LIST_ID',
      'MARGIN_BOTTOM',
      'MARGIN_LEFT',
      'MARGIN_RIGHT',
      'MARGIN_TOP',
      'NESTING_LEVEL',
      'MINIMUM_HEIGHT',
      'PADDING_BOTTOM',
      'PADDING_LEFT',
      'PADDING_RIGHT',
      'PADDING_TOP',
      'PAGE_HEIGHT',
      'PAGE_WIDTH',
      'SPACING_AFTER',
      'SPACING_BEFORE',
      'STRIKETHROUGH',
      'UNDERLINE',
      'VERTICAL_ALIGNMENT',
      'WIDTH',
    ]),
    ElementType: enumOf<D['ElementType']>([
      'BODY_SECTION',
      'COMMENT_SECTION',
      'DATE',
      'EQUATION',
      'EQUATION_FUNCTION',
      'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
      'EQUATION_SYMBOL',
      'RICH_LINK',
      'FOOTER_SECTION',
      'FOOTNOTE',
      'FOOTNOTE_SECTION',
      'HEADER_SECTION',
      'HORIZONTAL_RULE',
      'INLINE_DRAWING',
      'INLINE_IMAGE',
      'LIST_ITEM',
      'PAGE_BREAK',
      'PARAGRAPH',
      'PERSON',
      'TABLE',
      'TABLE_CELL',
      'TABLE_OF_CONTENTS',
      'TABLE_ROW',
      'TEXT',
      'UNSUPPORTED',
    ]),
    GlyphType: enumOf<D['GlyphType']>([
      'BULLET',
      'HOLLOW_BULLET',
      'SQUARE_BULLET',
      'NUMBER',
      'LATIN_UPPER',
      'LATIN_LOWER',
      'ROMAN_UPPER',
      'ROMAN_LOWER',
    ]),
    HorizontalAlignment: enumOf<D['HorizontalAlignment']>([
      'LEFT',
      'CENTER',
      'RIGHT',
      'JUSTIFY',
    ]),
    ParagraphHeading: enumOf<D['ParagraphHeading']>([
      'NORMAL',
      'HEADING1',
      'HEADING2',
      'HEADING3',
      'HEADING4',
      'HEADING5',
      'HEADING6',
      'TITLE',
      'SUBTITLE',
    ]),
    TextAlignment: enumOf<D['TextAlignment']>([
      'NORMAL',
      'SUPERSCRIPT',
      'SUBSCRIPT',
    ]),
    VerticalAlignment: enumOf<D['VerticalAlignment']>([
      'BOTTOM',
      'CENTER',
      'TOP',
    ]),
    PositionedLayout: enumOf<D['PositionedLayout']>([
      'ABOVE_TEXT',
      'BREAK_BOTH',
      'BREAK_LEFT',
      'BREAK_RIGHT',
      'WRAP_TEXT',
    ]),
    create(name: string): GDoc {
      m('create', true);
      const user = env.context()?.user;
      if (user) {
        // Google's daily quota of documents created per user (Pacific day).
        const today = mailDayKey(env.clock.now());
        let made = 0;
        for (const f of env.files.values()) {
          if (
            f instanceof DriveEntry &&
            f.kind === 'document' &&
            f.owner === user &&
            f.createdByCreate &&
            mailDayKey(f.created) === today
          ) {
            made += 1;
          }
        }
        if (made >= DOCS_CREATED_PER_DAY[env.accountType]) {
          throw new Error(
            'Service invoked too many times for one day: docs create.',
          );
        }
      }
      const doc = newDocument(env, name);
      const entry = driveEntry(env, doc.id);
      if (entry) entry.createdByCreate = true;
      return real(doc);
    },
    openById(id: string): GDoc {
      m('openById');
      return open(id);
    },
    openByUrl(url: string): GDoc {
      m('openByUrl');
      const match = /\/d\/([^/?#]+)/.exec(String(url));
      if (!match) throw new Error(MISSING);
      return open(match[1]);
    },
    getActiveDocument(): GDoc {
      m('getActiveDocument');
      const c = env.context();
      if (c?.activeKind === 'document' && c.activeId) return open(c.activeId);
      return real(null);
    },
  };
}
