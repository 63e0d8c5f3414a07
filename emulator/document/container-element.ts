/**
 * An element holding other elements.
 * Reference: https://developers.google.com/apps-script/reference/document/container-element
 */
import {real} from '../core/cast';
import type {DocCtx} from './internal';
import {
  childIndexError,
  DocEl,
  findIn,
  googleRegex,
  paragraphsIn,
  plain,
  replaceInParagraph,
  TextEl,
  TextView,
} from './internal';

type GText = GoogleAppsScript.Document.Text;
type GElement = GoogleAppsScript.Document.Element;
type GRangeElement = GoogleAppsScript.Document.RangeElement;

/** An element holding other elements. */
export abstract class ContainerEl extends DocEl {
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
