/**
 * Typed form items (one class for every item type, methods limited per type) and choices.
 * Reference: https://developers.google.com/apps-script/reference/forms/item (typed items: https://developers.google.com/apps-script/reference/forms/multiple-choice-item, …/text-item, …/scale-item, …/grid-item)
 * Reference: https://developers.google.com/apps-script/reference/forms/choice
 */
import {real} from '../core/cast';
import type {EmuEnv, Locale} from '../core/env';
import type {FakeForm} from './form';
import {FakeItemResponse, normalizeAnswer} from './response';
import {FakeValidation} from './validation';

type GItem = GoogleAppsScript.Forms.Item;
type GChoice = GoogleAppsScript.Forms.Choice;
type GItemResponse = GoogleAppsScript.Forms.ItemResponse;

export type ItemKind =
  | 'CHECKBOX'
  | 'CHECKBOX_GRID'
  | 'GRID'
  | 'LIST'
  | 'MULTIPLE_CHOICE'
  | 'PAGE_BREAK'
  | 'PARAGRAPH_TEXT'
  | 'SCALE'
  | 'SECTION_HEADER'
  | 'TEXT'
  | 'DATE';

const SERVICE: Record<ItemKind, string> = {
  CHECKBOX: 'CheckboxItem',
  CHECKBOX_GRID: 'CheckboxGridItem',
  GRID: 'GridItem',
  LIST: 'ListItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  PAGE_BREAK: 'PageBreakItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  SCALE: 'ScaleItem',
  SECTION_HEADER: 'SectionHeaderItem',
  TEXT: 'TextItem',
  DATE: 'DateItem',
};

/** Items that get no column in the response sheet. */
export const NO_ANSWER: ItemKind[] = ['SECTION_HEADER', 'PAGE_BREAK'];

export const WORDS: Record<Locale, {timestamp: string; email: string}> = {
  fr: {timestamp: 'Horodateur', email: 'Adresse e-mail'},
  en: {timestamp: 'Timestamp', email: 'Email Address'},
};

export class FakeChoice implements Pick<
  GChoice,
  'getValue' | 'isCorrectAnswer' | 'getPageNavigationType'
> {
  constructor(
    private readonly env: EmuEnv,
    readonly value: string,
    readonly correct = false,
    readonly navigation: string | null = null,
  ) {}
  getValue(): string {
    this.env.meter.call('Choice', 'getValue');
    return this.value;
  }
  isCorrectAnswer(): boolean {
    this.env.meter.call('Choice', 'isCorrectAnswer');
    return this.correct;
  }
  getPageNavigationType(): GoogleAppsScript.Forms.PageNavigationType {
    this.env.meter.call('Choice', 'getPageNavigationType');
    return real(this.navigation);
  }
}

export type ItemKeys =
  | 'getTitle'
  | 'setTitle'
  | 'getType'
  | 'getId'
  | 'getIndex'
  | 'getHelpText'
  | 'setHelpText'
  | 'asScaleItem'
  | 'asMultipleChoiceItem'
  | 'asCheckboxItem'
  | 'asListItem'
  | 'asTextItem'
  | 'asParagraphTextItem'
  | 'asSectionHeaderItem'
  | 'asPageBreakItem'
  | 'asGridItem'
  | 'asCheckboxGridItem'
  | 'asDateItem';

const CHOICES: ItemKind[] = ['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'];
const GRIDS: ItemKind[] = ['GRID', 'CHECKBOX_GRID'];
const ANSWERED: ItemKind[] = [
  'CHECKBOX',
  'CHECKBOX_GRID',
  'GRID',
  'LIST',
  'MULTIPLE_CHOICE',
  'PARAGRAPH_TEXT',
  'SCALE',
  'TEXT',
  'DATE',
];

/** Methods only some item types have (the rest throw TypeError, as in Apps Script). */
const ONLY_FOR: Record<string, ItemKind[]> = {
  setBounds: ['SCALE'],
  setLabels: ['SCALE'],
  getLowerBound: ['SCALE'],
  getUpperBound: ['SCALE'],
  getLeftLabel: ['SCALE'],
  getRightLabel: ['SCALE'],
  setChoiceValues: CHOICES,
  setChoices: CHOICES,
  getChoices: CHOICES,
  createChoice: CHOICES,
  showOtherOption: ['MULTIPLE_CHOICE', 'CHECKBOX'],
  hasOtherOption: ['MULTIPLE_CHOICE', 'CHECKBOX'],
  setRows: GRIDS,
  setColumns: GRIDS,
  getRows: GRIDS,
  getColumns: GRIDS,
  setRequired: ANSWERED,
  isRequired: ANSWERED,
  createResponse: ANSWERED,
  setValidation: ['TEXT', 'PARAGRAPH_TEXT', 'CHECKBOX', ...GRIDS],
  clearValidation: ['TEXT', 'PARAGRAPH_TEXT', 'CHECKBOX', ...GRIDS],
};

/**
 * One class for every typed item (ScaleItem, ListItem…: what add…Item() and
 * as…Item() return); methods a type lacks throw TypeError. Lists of items
 * (getItems(), getItemById(), ItemResponse.getItem()) give FakeGenericItem,
 * Google's plain Item, which must be cast with as…Item() first.
 */
export class FakeItem
  implements
    Pick<GItem, ItemKeys>,
    Pick<
      GoogleAppsScript.Forms.ScaleItem,
      | 'setBounds'
      | 'setLabels'
      | 'getLowerBound'
      | 'getUpperBound'
      | 'getLeftLabel'
      | 'getRightLabel'
      | 'setRequired'
      | 'isRequired'
      | 'createResponse'
    >,
    Pick<
      GoogleAppsScript.Forms.MultipleChoiceItem,
      | 'setChoiceValues'
      | 'setChoices'
      | 'getChoices'
      | 'createChoice'
      | 'showOtherOption'
      | 'hasOtherOption'
    >,
    Pick<
      GoogleAppsScript.Forms.GridItem,
      'setRows' | 'setColumns' | 'getRows' | 'getColumns'
    >
{
  title = '';
  helpText = '';
  required = false;
  choices: FakeChoice[] = [];
  other = false;
  lower = 1;
  upper = 5;
  leftLabel = '';
  rightLabel = '';
  rows: string[] = [];
  columns: string[] = [];
  validation: FakeValidation | null = null;
  constructor(
    private readonly env: EmuEnv,
    readonly form: FakeForm,
    readonly kind: ItemKind,
    readonly id: number,
  ) {}
  private m(method: string): void {
    this.env.meter.call(SERVICE[this.kind], method);
    const only = ONLY_FOR[method];
    if (only && !only.includes(this.kind)) {
      // Apps Script's item classes simply lack the method.
      throw new TypeError(`${SERVICE[this.kind]}.${method} is not a function`);
    }
  }
  private changed(): void {
    this.form.syncHeaders();
  }
  getTitle(): string {
    this.m('getTitle');
    return this.title;
  }
  setTitle(title: string): never {
    this.m('setTitle');
    this.title = String(title);
    this.changed();
    return real<never>(this);
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    this.m('getType');
    return real(this.kind);
  }
  getId(): number {
    this.m('getId');
    return this.id;
  }
  getIndex(): number {
    this.m('getIndex');
    return this.form.items.indexOf(this);
  }
  getHelpText(): string {
    this.m('getHelpText');
    return this.helpText;
  }
  setHelpText(text: string): never {
    this.m('setHelpText');
    this.helpText = String(text);
    return real<never>(this);
  }
  setRequired(enabled: boolean): never {
    this.m('setRequired');
    this.required = Boolean(enabled);
    return real<never>(this);
  }
  isRequired(): boolean {
    this.m('isRequired');
    return this.required;
  }
  setBounds(lower: number, upper: number): GoogleAppsScript.Forms.ScaleItem {
    this.m('setBounds');
    // "The lower bound must be 0 or 1. The upper bound must be between 3 and
    // 10, inclusive … Throws a scripting exception if the given values are
    // outside the permitted limits. Decimals are truncated."
    // https://developers.google.com/apps-script/reference/forms/scale-item#setBounds(Integer,Integer)
    // (Google's message is not documented: this one names the limits.)
    const lo = Math.trunc(Number(lower));
    const hi = Math.trunc(Number(upper));
    if ((lo !== 0 && lo !== 1) || !(hi >= 3 && hi <= 10)) {
      throw new Error(
        `Invalid scale bounds (${String(lower)}, ${String(upper)}): the lower bound must be 0 or 1 and the upper bound between 3 and 10.`,
      );
    }
    this.lower = lo;
    this.upper = hi;
    return real(this);
  }
  setLabels(lower: string, upper: string): GoogleAppsScript.Forms.ScaleItem {
    this.m('setLabels');
    this.leftLabel = String(lower);
    this.rightLabel = String(upper);
    return real(this);
  }
  getLowerBound(): number {
    this.m('getLowerBound');
    return this.lower;
  }
  getUpperBound(): number {
    this.m('getUpperBound');
    return this.upper;
  }
  getLeftLabel(): string {
    this.m('getLeftLabel');
    return this.leftLabel;
  }
  getRightLabel(): string {
    this.m('getRightLabel');
    return this.rightLabel;
  }
  setChoiceValues(values: string[]): never {
    this.m('setChoiceValues');
    if (!Array.isArray(values))
      throw new Error('setChoiceValues expects an array of strings.');
    this.choices = values.map(v => new FakeChoice(this.env, String(v)));
    return real<never>(this);
  }
  setChoices(choices: GChoice[]): never {
    this.m('setChoices');
    if (!Array.isArray(choices) || choices.length === 0) {
      throw new Error('Choices must be a non-empty array.');
    }
    this.choices = choices.map(c => {
      if (!(c instanceof FakeChoice)) throw new Error('Invalid choice.');
      return c;
    });
    return real<never>(this);
  }
  getChoices(): GChoice[] {
    this.m('getChoices');
    return real([...this.choices]);
  }
  createChoice(value: string, second?: unknown): GChoice {
    this.m('createChoice');
    const correct = typeof second === 'boolean' ? second : false;
    const nav = typeof second === 'string' ? second : null;
    return real(new FakeChoice(this.env, String(value), correct, nav));
  }
  showOtherOption(enabled: boolean): never {
    this.m('showOtherOption');
    this.other = Boolean(enabled);
    return real<never>(this);
  }
  hasOtherOption(): boolean {
    this.m('hasOtherOption');
    return this.other;
  }
  setRows(rows: string[]): never {
    this.m('setRows');
    this.rows = rows.map(String);
    this.changed();
    return real<never>(this);
  }
  setColumns(columns: string[]): never {
    this.m('setColumns');
    this.columns = columns.map(String);
    return real<never>(this);
  }
  getRows(): string[] {
    this.m('getRows');
    return [...this.rows];
  }
  getColumns(): string[] {
    this.m('getColumns');
    return [...this.columns];
  }
  /** Any item type's createResponse (the value is checked as a respondent's answer). */
  createResponse(value: unknown): GItemResponse {
    this.m('createResponse');
    return real(
      new FakeItemResponse(this.env, this, normalizeAnswer(this, value)),
    );
  }
  duplicate(): never {
    this.m('duplicate');
    const copy = this.form.newItem(
      this.kind,
      this.form.items.indexOf(this) + 1,
    );
    copyItemInto(this, copy);
    this.form.syncHeaders();
    return real<never>(copy);
  }
  setValidation(validation: unknown): never {
    this.m('setValidation');
    if (!(validation instanceof FakeValidation)) {
      throw new Error('Invalid argument: validation');
    }
    const allowed: Record<string, ItemKind[]> = {
      text: ['TEXT'],
      paragraph: ['PARAGRAPH_TEXT'],
      checkbox: ['CHECKBOX'],
      grid: ['GRID', 'CHECKBOX_GRID'],
    };
    if (!allowed[validation.family].includes(this.kind)) {
      throw new Error(
        `A ${validation.family} validation cannot be set on a ${this.kind} item.`,
      );
    }
    this.validation = validation;
    return real<never>(this);
  }
  clearValidation(): never {
    this.m('clearValidation');
    this.validation = null;
    return real<never>(this);
  }
  private cast(kinds: ItemKind[]): never {
    if (!kinds.includes(this.kind)) {
      throw new Error(
        `Item of type ${this.kind} cannot be cast to ${kinds[0]}.`,
      );
    }
    return real<never>(this);
  }
  asScaleItem(): never {
    return this.cast(['SCALE']);
  }
  asMultipleChoiceItem(): never {
    return this.cast(['MULTIPLE_CHOICE']);
  }
  asCheckboxItem(): never {
    return this.cast(['CHECKBOX']);
  }
  asListItem(): never {
    return this.cast(['LIST']);
  }
  asTextItem(): never {
    return this.cast(['TEXT']);
  }
  asParagraphTextItem(): never {
    return this.cast(['PARAGRAPH_TEXT']);
  }
  asSectionHeaderItem(): never {
    return this.cast(['SECTION_HEADER']);
  }
  asPageBreakItem(): never {
    return this.cast(['PAGE_BREAK']);
  }
  asGridItem(): never {
    return this.cast(['GRID']);
  }
  asCheckboxGridItem(): never {
    return this.cast(['CHECKBOX_GRID']);
  }
  asDateItem(): never {
    return this.cast(['DATE']);
  }
}

export function copyItemInto(src: FakeItem, dst: FakeItem): void {
  dst.title = src.title;
  dst.helpText = src.helpText;
  dst.required = src.required;
  dst.choices = [...src.choices];
  dst.other = src.other;
  dst.lower = src.lower;
  dst.upper = src.upper;
  dst.leftLabel = src.leftLabel;
  dst.rightLabel = src.rightLabel;
  dst.rows = [...src.rows];
  dst.columns = [...src.columns];
  dst.validation = src.validation;
}
