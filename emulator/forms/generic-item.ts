/**
 * The plain Item that getItems() returns (cast with as…Item()).
 * Reference: https://developers.google.com/apps-script/reference/forms/item
 */
import {real} from '../core/cast';
import type {ItemKeys, ItemKind} from './item';
import {copyItemInto, FakeItem} from './item';

type GItem = GoogleAppsScript.Forms.Item;

/**
 * Google's plain Item (from getItems(), getItemById(), ItemResponse.getItem()):
 * title, help text, type, id, index and the as…Item() casts — nothing else.
 */
export class FakeGenericItem implements Pick<GItem, ItemKeys | 'duplicate'> {
  constructor(readonly item: FakeItem) {}
  private m(method: string): void {
    this.item.form.env.meter.call('Item', method);
  }
  getTitle(): string {
    this.m('getTitle');
    return this.item.title;
  }
  setTitle(title: string): GItem {
    this.m('setTitle');
    this.item.title = String(title);
    this.item.form.syncHeaders();
    return real(this);
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    this.m('getType');
    return real(this.item.kind);
  }
  getId(): number {
    this.m('getId');
    return this.item.id;
  }
  getIndex(): number {
    this.m('getIndex');
    return this.item.form.items.indexOf(this.item);
  }
  getHelpText(): string {
    this.m('getHelpText');
    return this.item.helpText;
  }
  setHelpText(text: string): GItem {
    this.m('setHelpText');
    this.item.helpText = String(text);
    return real(this);
  }
  duplicate(): GItem {
    this.m('duplicate');
    const copy = this.item.form.newItem(this.item.kind, this.getIndexRaw() + 1);
    copyItemInto(this.item, copy);
    this.item.form.syncHeaders();
    return real(new FakeGenericItem(copy));
  }
  private getIndexRaw(): number {
    return this.item.form.items.indexOf(this.item);
  }
  private as(method: string, kind: ItemKind): never {
    this.m(method);
    if (this.item.kind !== kind) {
      throw new Error(
        `Item of type ${this.item.kind} cannot be cast to ${kind}.`,
      );
    }
    return real<never>(this.item);
  }
  asScaleItem(): never {
    return this.as('asScaleItem', 'SCALE');
  }
  asMultipleChoiceItem(): never {
    return this.as('asMultipleChoiceItem', 'MULTIPLE_CHOICE');
  }
  asCheckboxItem(): never {
    return this.as('asCheckboxItem', 'CHECKBOX');
  }
  asListItem(): never {
    return this.as('asListItem', 'LIST');
  }
  asTextItem(): never {
    return this.as('asTextItem', 'TEXT');
  }
  asParagraphTextItem(): never {
    return this.as('asParagraphTextItem', 'PARAGRAPH_TEXT');
  }
  asSectionHeaderItem(): never {
    return this.as('asSectionHeaderItem', 'SECTION_HEADER');
  }
  asPageBreakItem(): never {
    return this.as('asPageBreakItem', 'PAGE_BREAK');
  }
  asGridItem(): never {
    return this.as('asGridItem', 'GRID');
  }
  asCheckboxGridItem(): never {
    return this.as('asCheckboxGridItem', 'CHECKBOX_GRID');
  }
  asDateItem(): never {
    return this.as('asDateItem', 'DATE');
  }
}

/** The typed item behind a plain or typed item handle. */
export function unwrapItem(x: unknown): FakeItem | null {
  if (x instanceof FakeGenericItem) return x.item;
  if (x instanceof FakeItem) return x;
  return null;
}
