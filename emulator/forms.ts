/**
 * Emulated FormApp.
 *
 * Exports:
 *   createFormApp(env: EmuEnv, sheets: SheetsBridge, ui: () => GoogleAppsScript.Base.Ui,
 *                 hooks?: FormHooks): FakeFormApp           — the `FormApp` global
 *   submitFormResponse(env, sheets, formId, answers, opts?: {at?: Date; email?: string}): SubmitResult
 *       — a respondent fills the form: records the response and appends the
 *         row to the destination sheet (Workspace.submitForm calls it, then fires triggers)
 *   formDump(form: FakeForm): FormDump, newForm(env, sheets, title, hooks?): FakeForm,
 *   FakeForm, FakeFormResponse, FakeItem (typed items), FakeGenericItem (plain
 *   Item from getItems(): cast with as…Item()), FakeValidation, FormAnswer, FormSheets
 *   (= Pick<SheetsBridge, getSpreadsheet | addResponseSheet | appendResponseRow | setHeaders | unlinkForm>)
 *
 * Google's behaviours kept: the response sheet is named after the spreadsheet's
 * locale ("Réponses au formulaire N" / "Form Responses N", by the bridge) and
 * starts with "Horodateur"/"Timestamp" (then "Adresse e-mail"/"Email Address"
 * when the form collects e-mails), then one column per question — a grid gives
 * one column per row, "Question [Row]"; section headers and page breaks give
 * none; questions added later get new columns at the end, a renamed question
 * renames its column, a deleted question keeps its column. In the sheet, a
 * checkbox answer is joined with ", ", a scale answer is a number, a text
 * answer that is a plain number becomes a number (so "0612…" loses its zero,
 * as in Google); ItemResponse.getResponse() of a scale item is a string.
 * Respondents are checked as the Forms page checks them: required questions,
 * existing choices, scale bounds, item validations (createTextValidation()…),
 * one response per user, closed forms. Linking a form that already has
 * responses copies them into the new sheet.
 */
import type {EmuEnv, Locale} from './env';
import type {SheetsBridge} from './spreadsheet/bridge';
import {
  canAccess,
  driveEntry,
  MIME_TYPES,
  NOT_FOUND_MESSAGE,
  registerFile,
} from './drive';
import {enumOf, real} from './cast';

type F = typeof GoogleAppsScript.Forms;
type GForm = GoogleAppsScript.Forms.Form;
type GItem = GoogleAppsScript.Forms.Item;
type GChoice = GoogleAppsScript.Forms.Choice;
type GFormResponse = GoogleAppsScript.Forms.FormResponse;
type GItemResponse = GoogleAppsScript.Forms.ItemResponse;

/** What forms.ts needs from the spreadsheet module (part A's SheetsBridge). */
export type FormSheets = Pick<
  SheetsBridge,
  | 'getSpreadsheet'
  | 'addResponseSheet'
  | 'appendResponseRow'
  | 'setHeaders'
  | 'unlinkForm'
>;

/** Optional callbacks: FormResponse.submit() from a script (Workspace may fire triggers). */
export interface FormHooks {
  onScriptSubmit?(result: SubmitResult): void;
}

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
const NO_ANSWER: ItemKind[] = ['SECTION_HEADER', 'PAGE_BREAK'];

const WORDS: Record<Locale, {timestamp: string; email: string}> = {
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

type ItemKeys =
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
    if ((lower !== 0 && lower !== 1) || upper < 2 || upper > 10) {
      throw new Error(
        `Invalid scale bounds (${lower}, ${upper}): the lower bound must be 0 or 1 and the upper bound between 2 and 10.`,
      );
    }
    this.lower = lower;
    this.upper = upper;
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
function unwrapItem(x: unknown): FakeItem | null {
  if (x instanceof FakeGenericItem) return x.item;
  if (x instanceof FakeItem) return x;
  return null;
}

type ValidationFamily = 'text' | 'paragraph' | 'checkbox' | 'grid';

/** A built validation: the last require… rule of its builder (Forms keeps one rule). */
export class FakeValidation {
  constructor(
    readonly family: ValidationFamily,
    readonly rule: string | null,
    readonly args: unknown[],
    readonly helpText: string,
  ) {}
  /** Whether an answer passes (answers already normalised). */
  accepts(value: AnswerValue): boolean {
    const a = this.args;
    if (this.family === 'checkbox') {
      const n = (value as string[]).length;
      if (this.rule === 'requireSelectAtLeast') return n >= Number(a[0]);
      if (this.rule === 'requireSelectAtMost') return n <= Number(a[0]);
      if (this.rule === 'requireSelectExactly') return n === Number(a[0]);
      return true;
    }
    if (this.family === 'grid') {
      if (this.rule !== 'requireLimitOneResponsePerColumn') return true;
      const used = (value as (string | string[])[])
        .flatMap(v => (Array.isArray(v) ? v : [v]))
        .filter(v => v !== '');
      return new Set(used).size === used.length;
    }
    const t = String(value);
    const num = t.trim() === '' ? NaN : Number(t);
    const x = Number(a[0]);
    const y = Number(a[1]);
    switch (this.rule) {
      case 'requireNumber':
        return !isNaN(num);
      case 'requireWholeNumber':
        return Number.isInteger(num);
      case 'requireNumberBetween':
        return num >= x && num <= y;
      case 'requireNumberNotBetween':
        return !isNaN(num) && (num < x || num > y);
      case 'requireNumberEqualTo':
        return num === x;
      case 'requireNumberNotEqualTo':
        return !isNaN(num) && num !== x;
      case 'requireNumberGreaterThan':
        return num > x;
      case 'requireNumberGreaterThanOrEqualTo':
        return num >= x;
      case 'requireNumberLessThan':
        return num < x;
      case 'requireNumberLessThanOrEqualTo':
        return num <= x;
      case 'requireTextContainsPattern':
        return t.includes(String(a[0]));
      case 'requireTextDoesNotContainPattern':
        return !t.includes(String(a[0]));
      case 'requireTextMatchesPattern':
        return new RegExp(`^(?:${String(a[0])})$`).test(t);
      case 'requireTextDoesNotMatchPattern':
        return !new RegExp(`^(?:${String(a[0])})$`).test(t);
      case 'requireTextIsEmail':
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t);
      case 'requireTextIsUrl':
        return /^https?:\/\/\S+$/i.test(t);
      case 'requireTextLengthGreaterThanOrEqualTo':
        return t.length >= x;
      case 'requireTextLengthLessThanOrEqualTo':
        return t.length <= x;
      default:
        return true;
    }
  }
}

const RULES: Record<ValidationFamily, string[]> = {
  text: [
    'requireNumber',
    'requireNumberBetween',
    'requireNumberEqualTo',
    'requireNumberGreaterThan',
    'requireNumberGreaterThanOrEqualTo',
    'requireNumberLessThan',
    'requireNumberLessThanOrEqualTo',
    'requireNumberNotBetween',
    'requireNumberNotEqualTo',
    'requireTextContainsPattern',
    'requireTextDoesNotContainPattern',
    'requireTextDoesNotMatchPattern',
    'requireTextIsEmail',
    'requireTextIsUrl',
    'requireTextLengthGreaterThanOrEqualTo',
    'requireTextLengthLessThanOrEqualTo',
    'requireTextMatchesPattern',
    'requireWholeNumber',
  ],
  paragraph: [
    'requireTextContainsPattern',
    'requireTextDoesNotContainPattern',
    'requireTextDoesNotMatchPattern',
    'requireTextLengthGreaterThanOrEqualTo',
    'requireTextLengthLessThanOrEqualTo',
    'requireTextMatchesPattern',
  ],
  checkbox: [
    'requireSelectAtLeast',
    'requireSelectAtMost',
    'requireSelectExactly',
  ],
  grid: ['requireLimitOneResponsePerColumn'],
};

/** FormApp.createTextValidation() & co: a builder with the family's require… methods. */
function validationBuilder(env: EmuEnv, family: ValidationFamily): unknown {
  const service = `${family[0].toUpperCase()}${family.slice(1)}ValidationBuilder`;
  let rule: string | null = null;
  let args: unknown[] = [];
  let helpText = '';
  const builder: Record<string, (...a: unknown[]) => unknown> = {
    setHelpText(text: unknown) {
      env.meter.call(service, 'setHelpText');
      helpText = String(text);
      return builder;
    },
    build() {
      env.meter.call(service, 'build');
      return new FakeValidation(family, rule, args, helpText);
    },
  };
  for (const name of RULES[family]) {
    builder[name] = (...a: unknown[]) => {
      env.meter.call(service, name);
      rule = name;
      args = a;
      return builder;
    };
  }
  return builder;
}

function copyItemInto(src: FakeItem, dst: FakeItem): void {
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

/**
 * A respondent's answer: text or choice: string; checkbox: string[]; scale:
 * number; grid: one column per row (string[]) or {row: column}; checkbox
 * grid: string[][] or {row: columns}.
 */
export type FormAnswer =
  string | string[] | number | string[][] | Record<string, string | string[]>;

/** Answer value as Google stores it on an ItemResponse. */
export type AnswerValue = string | string[] | string[][];

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Checks a respondent's answer (type, choices, validation) and normalises it. */
function normalizeAnswer(item: FakeItem, value: unknown): AnswerValue {
  const v = normalizeByType(item, value);
  if (item.validation && !item.validation.accepts(v)) {
    const help = item.validation.helpText;
    throw new Error(
      `The answer to question "${item.title}" fails its validation${help ? ` (${help})` : ''}.`,
    );
  }
  return v;
}

function normalizeByType(item: FakeItem, value: unknown): AnswerValue {
  const where = `question "${item.title}"`;
  const choiceOk = (v: string) =>
    item.other || item.choices.some(c => c.value === v);
  switch (item.kind) {
    case 'SCALE': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < item.lower || n > item.upper) {
        throw new Error(
          `Answer ${String(value)} is outside the scale ${item.lower}–${item.upper} of ${where}.`,
        );
      }
      return String(n);
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      const v = String(value);
      if (
        !choiceOk(v) ||
        (item.kind === 'LIST' && !item.choices.some(c => c.value === v))
      ) {
        throw new Error(`"${v}" is not a choice of ${where}.`);
      }
      return v;
    }
    case 'CHECKBOX': {
      const list = (Array.isArray(value) ? value : [value]).map(String);
      for (const v of list) {
        if (!choiceOk(v))
          throw new Error(`"${v}" is not a choice of ${where}.`);
      }
      return list;
    }
    case 'GRID':
    case 'CHECKBOX_GRID': {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        // {row label: column} is accepted too (unanswered rows stay empty).
        const byRow = value as Record<string, unknown>;
        for (const k of Object.keys(byRow)) {
          if (!item.rows.includes(k)) {
            throw new Error(`"${k}" is not a row of ${where}.`);
          }
        }
        value = item.rows.map(
          r => byRow[r] ?? (item.kind === 'GRID' ? '' : []),
        );
      }
      if (!Array.isArray(value))
        throw new Error(`The answer to ${where} must be one entry per row.`);
      if (value.length !== item.rows.length) {
        throw new Error(
          `The answer to ${where} must have ${item.rows.length} rows, not ${value.length}.`,
        );
      }
      const check = (v: string) => {
        if (v !== '' && !item.columns.includes(v)) {
          throw new Error(`"${v}" is not a column of ${where}.`);
        }
        return v;
      };
      if (item.kind === 'GRID') return value.map(v => check(String(v ?? '')));
      return value.map(r =>
        (Array.isArray(r) ? r : [r]).map(v => check(String(v))),
      );
    }
    case 'DATE':
      return isDate(value) ? value.toISOString().slice(0, 10) : String(value);
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}

export class FakeItemResponse implements Pick<
  GItemResponse,
  'getItem' | 'getResponse'
> {
  constructor(
    private readonly env: EmuEnv,
    readonly item: FakeItem,
    readonly value: AnswerValue,
  ) {}
  getItem(): GItem {
    this.env.meter.call('ItemResponse', 'getItem');
    return real(new FakeGenericItem(this.item));
  }
  getResponse(): string[][] | string[] | string {
    this.env.meter.call('ItemResponse', 'getResponse');
    return Array.isArray(this.value)
      ? (this.value.map(v => (Array.isArray(v) ? [...v] : v)) as
          string[] | string[][])
      : this.value;
  }
}

type ResponseKeys =
  | 'getTimestamp'
  | 'getItemResponses'
  | 'getRespondentEmail'
  | 'getId'
  | 'toPrefilledUrl'
  | 'getEditResponseUrl'
  | 'withItemResponse'
  | 'submit'
  | 'getResponseForItem';

export class FakeFormResponse implements Pick<GFormResponse, ResponseKeys> {
  id: string | null = null;
  timestamp: Date | null = null;
  email = '';
  /** Who answered (for "limit to one response"), '' when unknown. */
  respondent = '';
  items: FakeItemResponse[] = [];
  constructor(
    private readonly env: EmuEnv,
    readonly form: FakeForm,
  ) {}
  private m(method: string): void {
    this.env.meter.call('FormResponse', method);
  }
  getTimestamp(): GoogleAppsScript.Base.Date {
    this.m('getTimestamp');
    return real(this.timestamp ? new Date(this.timestamp.getTime()) : null);
  }
  getItemResponses(): GItemResponse[] {
    this.m('getItemResponses');
    // Google lists them in the form's item order.
    const order = (r: FakeItemResponse) => this.form.items.indexOf(r.item);
    return real([...this.items].sort((a, b) => order(a) - order(b)));
  }
  getResponseForItem(item: GItem): GItemResponse {
    this.m('getResponseForItem');
    const target = unwrapItem(item);
    return real(this.items.find(r => r.item === target) ?? null);
  }
  getRespondentEmail(): string {
    this.m('getRespondentEmail');
    return this.email;
  }
  getId(): string {
    this.m('getId');
    return real(this.id);
  }
  withItemResponse(response: GItemResponse): GFormResponse {
    this.m('withItemResponse');
    if (!(response instanceof FakeItemResponse))
      throw new Error('Invalid item response.');
    this.items = this.items
      .filter(r => r.item !== response.item)
      .concat(response);
    return real(this);
  }
  toPrefilledUrl(): string {
    this.m('toPrefilledUrl');
    return prefilledUrl(this.form, this.items);
  }
  getEditResponseUrl(): string {
    this.m('getEditResponseUrl');
    return `${this.form.publishedUrl()}?edit2=${encodeURIComponent(this.id ?? '')}`;
  }
  submit(): GFormResponse {
    this.m('submit');
    if (this.id) throw new Error('This response has already been submitted.');
    const result = recordResponse(this.form, this, {});
    this.form.hooks.onScriptSubmit?.(result);
    return real(this);
  }
}

/** Google's query encoding: UTF-8 percent-encoding with "+" for spaces. */
function formEncode(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, '+');
}

function prefilledUrl(form: FakeForm, items: FakeItemResponse[]): string {
  const params = ['usp=pp_url'];
  for (const item of form.items) {
    const r = items.find(x => x.item === item);
    if (!r) continue;
    if (item.kind === 'GRID' || item.kind === 'CHECKBOX_GRID') {
      (r.value as (string | string[])[]).forEach((v, i) => {
        for (const one of Array.isArray(v) ? v : [v]) {
          if (one !== '')
            params.push(`entry.${item.id}_${i}=${formEncode(one)}`);
        }
      });
    } else {
      for (const v of Array.isArray(r.value)
        ? (r.value as string[])
        : [r.value]) {
        params.push(`entry.${item.id}=${formEncode(v)}`);
      }
    }
  }
  return `${form.publishedUrl()}?${params.join('&')}`;
}

interface Destination {
  spreadsheetId: string;
  sheetName: string;
  /** Column keys in sheet order: 'timestamp', 'email', '<itemId>' or '<itemId>:<row>'. */
  keys: string[];
  /** Last header written for each key (a deleted question keeps its column). */
  headers: Map<string, string>;
  locale: Locale;
}

type FormKeys =
  | 'setTitle'
  | 'getTitle'
  | 'setDescription'
  | 'getDescription'
  | 'setCollectEmail'
  | 'collectsEmail'
  | 'setAllowResponseEdits'
  | 'canEditResponse'
  | 'setLimitOneResponsePerUser'
  | 'hasLimitOneResponsePerUser'
  | 'setProgressBar'
  | 'hasProgressBar'
  | 'setConfirmationMessage'
  | 'getConfirmationMessage'
  | 'setAcceptingResponses'
  | 'isAcceptingResponses'
  | 'setShowLinkToRespondAgain'
  | 'setRequireLogin'
  | 'getId'
  | 'getEditUrl'
  | 'getPublishedUrl'
  | 'getSummaryUrl'
  | 'shortenFormUrl'
  | 'addScaleItem'
  | 'addMultipleChoiceItem'
  | 'addCheckboxItem'
  | 'addListItem'
  | 'addTextItem'
  | 'addParagraphTextItem'
  | 'addSectionHeaderItem'
  | 'addPageBreakItem'
  | 'addGridItem'
  | 'addCheckboxGridItem'
  | 'addDateItem'
  | 'getItems'
  | 'getItemById'
  | 'deleteItem'
  | 'moveItem'
  | 'setDestination'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'removeDestination'
  | 'createResponse'
  | 'getResponses'
  | 'getResponse'
  | 'deleteAllResponses'
  | 'deleteResponse'
  | 'addEditor'
  | 'addEditors'
  | 'getEditors'
  | 'setPublishingSummary'
  | 'isPublishingSummary'
  | 'setShuffleQuestions'
  | 'getShuffleQuestions'
  | 'setIsQuiz'
  | 'isQuiz'
  | 'setCustomClosedFormMessage'
  | 'getCustomClosedFormMessage';

export class FakeForm implements Pick<GForm, FormKeys> {
  title: string;
  fileName: string;
  description = '';
  collectEmail = false;
  allowEdits = false;
  limitOne = false;
  progressBar = false;
  confirmation = '';
  accepting = true;
  items: FakeItem[] = [];
  responses: FakeFormResponse[] = [];
  destination: Destination | null = null;
  /** Settings the emulator only stores (quiz, shuffle, summary, closed message). */
  flags: Record<string, unknown> = {};
  readonly publishedId: string;
  constructor(
    readonly env: EmuEnv,
    readonly sheets: FormSheets,
    readonly id: string,
    title: string,
    readonly hooks: FormHooks = {},
  ) {
    this.title = title;
    this.fileName = title;
    this.publishedId = `e-${id}`;
  }
  private m(method: string, create = false): void {
    this.env.meter.call('Form', method, create ? {create} : {});
  }
  editUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  publishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedId}/viewform`;
  }
  /** What sheet.getFormUrl() returns for the linked sheet. */
  formUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/viewform`;
  }
  setTitle(title: string): GForm {
    this.m('setTitle');
    this.title = String(title);
    return real(this);
  }
  getTitle(): string {
    this.m('getTitle');
    return this.title;
  }
  setDescription(d: string): GForm {
    this.m('setDescription');
    this.description = String(d);
    return real(this);
  }
  getDescription(): string {
    this.m('getDescription');
    return this.description;
  }
  setCollectEmail(collect: boolean): GForm {
    this.m('setCollectEmail');
    this.collectEmail = Boolean(collect);
    this.syncHeaders();
    return real(this);
  }
  collectsEmail(): boolean {
    this.m('collectsEmail');
    return this.collectEmail;
  }
  setAllowResponseEdits(enabled: boolean): GForm {
    this.m('setAllowResponseEdits');
    this.allowEdits = Boolean(enabled);
    return real(this);
  }
  canEditResponse(): boolean {
    this.m('canEditResponse');
    return this.allowEdits;
  }
  setLimitOneResponsePerUser(enabled: boolean): GForm {
    this.m('setLimitOneResponsePerUser');
    this.limitOne = Boolean(enabled);
    return real(this);
  }
  hasLimitOneResponsePerUser(): boolean {
    this.m('hasLimitOneResponsePerUser');
    return this.limitOne;
  }
  setProgressBar(enabled: boolean): GForm {
    this.m('setProgressBar');
    this.progressBar = Boolean(enabled);
    return real(this);
  }
  hasProgressBar(): boolean {
    this.m('hasProgressBar');
    return this.progressBar;
  }
  setConfirmationMessage(message: string): GForm {
    this.m('setConfirmationMessage');
    this.confirmation = String(message);
    return real(this);
  }
  getConfirmationMessage(): string {
    this.m('getConfirmationMessage');
    return this.confirmation;
  }
  setAcceptingResponses(enabled: boolean): GForm {
    this.m('setAcceptingResponses');
    this.accepting = Boolean(enabled);
    return real(this);
  }
  isAcceptingResponses(): boolean {
    this.m('isAcceptingResponses');
    return this.accepting;
  }
  setShowLinkToRespondAgain(): GForm {
    this.m('setShowLinkToRespondAgain');
    return real(this);
  }
  setRequireLogin(): GForm {
    this.m('setRequireLogin');
    return real(this);
  }
  /** Editors live on the form's Drive entry (as DriveApp's File sees them). */
  private addEditorEmails(method: string, users: unknown[]): GForm {
    this.m(method);
    const entry = driveEntry(this.env, this.id);
    for (const u of users) {
      const e =
        typeof u === 'string'
          ? u.trim()
          : String((u as {getEmail(): string}).getEmail());
      if (!/^[^\s@]+@[^\s@]+$/.test(e)) throw new Error(`Invalid email: ${e}`);
      if (entry && !entry.editors.includes(e)) entry.editors.push(e);
    }
    return real(this);
  }
  addEditor(user: unknown): GForm {
    return this.addEditorEmails('addEditor', [user]);
  }
  addEditors(emails: string[]): GForm {
    return this.addEditorEmails('addEditors', emails);
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    this.m('getEditors');
    const entry = driveEntry(this.env, this.id);
    return (entry?.editors ?? []).map(e => ({
      getEmail: () => e,
      getUserLoginId: () => e,
    }));
  }
  private flag(method: string, key: string, v?: unknown): GForm {
    this.m(method);
    this.flags[key] = v;
    return real(this);
  }
  setPublishingSummary(enabled: boolean): GForm {
    return this.flag('setPublishingSummary', 'summary', Boolean(enabled));
  }
  isPublishingSummary(): boolean {
    this.m('isPublishingSummary');
    return this.flags.summary === true;
  }
  setShuffleQuestions(shuffle: boolean): GForm {
    return this.flag('setShuffleQuestions', 'shuffle', Boolean(shuffle));
  }
  getShuffleQuestions(): boolean {
    this.m('getShuffleQuestions');
    return this.flags.shuffle === true;
  }
  setIsQuiz(enabled: boolean): GForm {
    return this.flag('setIsQuiz', 'quiz', Boolean(enabled));
  }
  isQuiz(): boolean {
    this.m('isQuiz');
    return this.flags.quiz === true;
  }
  setCustomClosedFormMessage(message: string): GForm {
    return this.flag('setCustomClosedFormMessage', 'closed', String(message));
  }
  getCustomClosedFormMessage(): string {
    this.m('getCustomClosedFormMessage');
    return String(this.flags.closed ?? '');
  }
  getId(): string {
    this.m('getId');
    return this.id;
  }
  getEditUrl(): string {
    this.m('getEditUrl');
    return this.editUrl();
  }
  getPublishedUrl(): string {
    this.m('getPublishedUrl');
    return this.publishedUrl();
  }
  getSummaryUrl(): string {
    this.m('getSummaryUrl');
    return `https://docs.google.com/forms/d/${this.id}/viewanalytics`;
  }
  shortenFormUrl(url: string): string {
    this.m('shortenFormUrl');
    if (!String(url).startsWith('https://docs.google.com/forms/')) {
      throw new Error('Invalid argument: url');
    }
    const key = Buffer.from(String(url)).toString('base64url').slice(-12);
    return `https://forms.gle/${key}`;
  }
  /** Adds an item (no metering: the add* method counted). */
  newItem(kind: ItemKind, index = this.items.length): FakeItem {
    const item = new FakeItem(
      this.env,
      this,
      kind,
      1_000_000_000 + Number(this.env.ids.next('')),
    );
    this.items.splice(index, 0, item);
    this.syncHeaders();
    return item;
  }
  private add<T>(method: string, kind: ItemKind): T {
    this.m(method);
    return real<T>(this.newItem(kind));
  }
  addScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this.add('addScaleItem', 'SCALE');
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.add('addMultipleChoiceItem', 'MULTIPLE_CHOICE');
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.add('addCheckboxItem', 'CHECKBOX');
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this.add('addListItem', 'LIST');
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.add('addTextItem', 'TEXT');
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.add('addParagraphTextItem', 'PARAGRAPH_TEXT');
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.add('addSectionHeaderItem', 'SECTION_HEADER');
  }
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.add('addPageBreakItem', 'PAGE_BREAK');
  }
  addGridItem(): GoogleAppsScript.Forms.GridItem {
    return this.add('addGridItem', 'GRID');
  }
  addCheckboxGridItem(): GoogleAppsScript.Forms.CheckboxGridItem {
    return this.add('addCheckboxGridItem', 'CHECKBOX_GRID');
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.add('addDateItem', 'DATE');
  }
  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GItem[] {
    this.m('getItems');
    const t = itemType === undefined ? null : String(itemType);
    return real(
      this.items
        .filter(i => t === null || i.kind === t)
        .map(i => new FakeGenericItem(i)),
    );
  }
  getItemById(id: number): GItem {
    this.m('getItemById');
    const item = this.items.find(i => i.id === Number(id));
    return real(item ? new FakeGenericItem(item) : null);
  }
  private indexOf(x: number | GItem): number {
    const i =
      typeof x === 'number' ? x : this.items.indexOf(unwrapItem(x) as FakeItem);
    if (i < 0 || i >= this.items.length) {
      throw new Error(
        `Invalid item index: ${String(typeof x === 'number' ? x : 'item not in form')}.`,
      );
    }
    return i;
  }
  deleteItem(x: number | GItem): void {
    this.m('deleteItem');
    this.items.splice(this.indexOf(x), 1);
  }
  moveItem(x: number | GItem, to: number): GItem {
    this.m('moveItem');
    const from = this.indexOf(x);
    if (to < 0 || to >= this.items.length)
      throw new Error(`Invalid item index: ${to}.`);
    const [item] = this.items.splice(from, 1);
    this.items.splice(to, 0, item);
    return real(new FakeGenericItem(item));
  }
  /** Column keys the current items need, in form order. */
  private wantedKeys(): string[] {
    const keys = ['timestamp'];
    if (this.collectEmail) keys.push('email');
    for (const item of this.items) {
      if (NO_ANSWER.includes(item.kind)) continue;
      if (item.kind === 'GRID' || item.kind === 'CHECKBOX_GRID') {
        item.rows.forEach((_, i) => keys.push(`${item.id}:${i}`));
      } else {
        keys.push(String(item.id));
      }
    }
    return keys;
  }
  private headerOf(key: string, locale: Locale): string {
    if (key === 'timestamp') return WORDS[locale].timestamp;
    if (key === 'email') return WORDS[locale].email;
    const [id, row] = key.split(':');
    const item = this.items.find(i => String(i.id) === id);
    if (!item) return this.destination?.headers.get(key) ?? '';
    return row === undefined
      ? item.title
      : `${item.title} [${item.rows[Number(row)] ?? ''}]`;
  }
  /** Keeps the response sheet's header row in step with the questions (as Google does). */
  syncHeaders(): void {
    const d = this.destination;
    if (!d) return;
    const wanted = this.wantedKeys();
    // The e-mail column, when switched on, goes right after the timestamp.
    if (wanted.includes('email') && !d.keys.includes('email'))
      d.keys.splice(1, 0, 'email');
    for (const k of wanted) if (!d.keys.includes(k)) d.keys.push(k);
    const before = d.keys.map(k => d.headers.get(k) ?? null);
    const after = d.keys.map(k => this.headerOf(k, d.locale));
    d.keys.forEach((k, i) => d.headers.set(k, after[i]));
    if (before.some((h, i) => h !== after[i])) {
      try {
        this.sheets.setHeaders(d.spreadsheetId, d.sheetName, after);
      } catch (e) {
        // The response sheet was deleted by a user: Google's background sync
        // fails silently; the next submission reports it (destinationError).
        this.destinationError = e instanceof Error ? e.message : String(e);
      }
    }
  }
  /** Why the last write to the response sheet failed (its sheet deleted…), or null. */
  destinationError: string | null = null;
  setDestination(
    type: GoogleAppsScript.Forms.DestinationType,
    id: string,
  ): GForm {
    this.m('setDestination');
    if (String(type) !== 'SPREADSHEET')
      throw new Error(`Unsupported destination type: ${String(type)}`);
    if (!this.sheets.getSpreadsheet(String(id)))
      throw new Error(NOT_FOUND_MESSAGE);
    if (this.destination)
      this.sheets.unlinkForm(this.destination.spreadsheetId, this.id);
    const locale = spreadsheetLocale(this.env, this.sheets, String(id));
    const keys = this.wantedKeys();
    const headers = new Map<string, string>();
    this.destination = {
      spreadsheetId: String(id),
      sheetName: '',
      keys,
      headers,
      locale,
    };
    const names = keys.map(k => this.headerOf(k, locale));
    keys.forEach((k, i) => headers.set(k, names[i]));
    this.destination.sheetName = this.sheets.addResponseSheet(
      String(id),
      this.id,
      this.formUrl(),
      names,
    );
    // Google copies the responses already received into the new sheet.
    for (const r of this.responses) {
      this.sheets.appendResponseRow(
        String(id),
        this.destination.sheetName,
        sheetRowOf(this, r),
      );
    }
    return real(this);
  }
  getDestinationId(): string {
    this.m('getDestinationId');
    if (!this.destination)
      throw new Error('The form currently has no response destination.');
    return this.destination.spreadsheetId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    this.m('getDestinationType');
    if (!this.destination)
      throw new Error('The form currently has no response destination.');
    return real('SPREADSHEET');
  }
  removeDestination(): GForm {
    this.m('removeDestination');
    if (this.destination)
      this.sheets.unlinkForm(this.destination.spreadsheetId, this.id);
    this.destination = null;
    return real(this);
  }
  createResponse(): GFormResponse {
    this.m('createResponse');
    return real(new FakeFormResponse(this.env, this));
  }
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GFormResponse[] {
    this.m('getResponses');
    const after = timestamp ? timestamp.getTime() : -Infinity;
    return real(
      this.responses.filter(r => (r.timestamp?.getTime() ?? 0) >= after),
    );
  }
  getResponse(responseId: string): GFormResponse {
    this.m('getResponse');
    const r = this.responses.find(x => x.id === responseId);
    if (!r)
      throw new Error(
        `No response with ID ${responseId} exists for this form.`,
      );
    return real(r);
  }
  deleteAllResponses(): GForm {
    this.m('deleteAllResponses');
    this.responses = [];
    return real(this);
  }
  deleteResponse(responseId: string): GForm {
    this.m('deleteResponse');
    this.responses = this.responses.filter(r => r.id !== responseId);
    return real(this);
  }
}

/** The spreadsheet's locale ('fr'/'en'), else the workspace default. */
function spreadsheetLocale(
  env: EmuEnv,
  sheets: FormSheets,
  id: string,
): Locale {
  const ss = sheets.getSpreadsheet(id) as unknown as {locale?: unknown} | null;
  const l = ss && typeof ss.locale === 'string' ? ss.locale : env.locale;
  return l.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A plain-number text answer becomes a number in the sheet, as Google Sheets parses it. */
function sheetText(s: string, locale: Locale): string | number {
  if (/^-?\d{1,15}$/.test(s)) return Number(s);
  if (locale === 'en' && /^-?\d{1,15}\.\d+$/.test(s)) return Number(s);
  if (locale === 'fr' && /^-?\d{1,15},\d+$/.test(s))
    return Number(s.replace(',', '.'));
  return s;
}

function sheetRowOf(form: FakeForm, r: FakeFormResponse): unknown[] {
  const d = form.destination!;
  return d.keys.map(key => {
    if (key === 'timestamp') return new Date(r.timestamp!.getTime());
    if (key === 'email') return r.email;
    const [id, row] = key.split(':');
    const ir = r.items.find(x => String(x.item.id) === id);
    if (!ir) return '';
    const item = ir.item;
    if (row !== undefined) {
      const v = (ir.value as (string | string[])[])[Number(row)];
      // A grid of "1".."5" columns lands as numbers, as Sheets parses what Forms writes.
      return Array.isArray(v) ? v.join(', ') : sheetText(v ?? '', d.locale);
    }
    if (item.kind === 'SCALE') return Number(ir.value);
    if (item.kind === 'CHECKBOX') return (ir.value as string[]).join(', ');
    return sheetText(String(ir.value), d.locale);
  });
}

export interface SubmitResult {
  formId: string;
  responseId: string;
  response: FakeFormResponse;
  sheetRow: {
    spreadsheetId: string;
    sheetName: string;
    row: number;
    values: unknown[];
  } | null;
}

/** Stores a response (id, timestamp) and appends its row to the destination sheet. */
function recordResponse(
  form: FakeForm,
  r: FakeFormResponse,
  opts: {at?: Date; email?: string},
): SubmitResult {
  const env = form.env;
  if (!form.accepting)
    throw new Error('This form is no longer accepting responses.');
  const who = opts.email ?? env.context()?.user ?? '';
  if (form.limitOne && who) {
    if (form.responses.some(x => x.respondent === who)) {
      throw new Error(`You've already responded: ${who} can only answer once.`);
    }
  }
  r.id = env.ids.next('resp_');
  r.respondent = who;
  r.timestamp = opts.at ? new Date(opts.at.getTime()) : env.clock.now();
  if (form.collectEmail) r.email = who;
  form.responses.push(r);
  let sheetRow: SubmitResult['sheetRow'] = null;
  if (form.destination) {
    form.syncHeaders();
    const values = sheetRowOf(form, r);
    const {spreadsheetId, sheetName} = form.destination;
    try {
      const row = form.sheets.appendResponseRow(
        spreadsheetId,
        sheetName,
        values,
      );
      sheetRow = {spreadsheetId, sheetName, row, values};
      form.destinationError = null;
    } catch (e) {
      // The response is kept by Forms even when its sheet is gone (as in Google).
      form.destinationError = e instanceof Error ? e.message : String(e);
    }
  }
  return {formId: form.id, responseId: r.id, response: r, sheetRow};
}

/**
 * A respondent submits the form: `answers` maps item titles to values
 * (text/choice: string; checkbox: string[]; scale: number; grid: one column
 * per row, string[]; checkbox grid: string[][]). Required questions must be
 * answered; choices must exist (unless "other" is shown). No metering: this is
 * the respondent, not the script.
 */
export function submitFormResponse(
  env: EmuEnv,
  _sheets: FormSheets,
  formId: string,
  answers: Record<string, FormAnswer>,
  opts: {at?: Date; email?: string} = {},
): SubmitResult {
  const form = env.forms.get(formId);
  if (!(form instanceof FakeForm)) throw new Error(NOT_FOUND_MESSAGE);
  const r = new FakeFormResponse(env, form);
  const byTitle = new Map<string, FakeItem>();
  for (const item of form.items) {
    if (!NO_ANSWER.includes(item.kind) && !byTitle.has(item.title))
      byTitle.set(item.title, item);
  }
  for (const title of Object.keys(answers)) {
    if (!byTitle.has(title)) {
      throw new Error(
        `The form "${form.title}" has no question titled "${title}".`,
      );
    }
  }
  for (const [title, item] of byTitle) {
    const v = answers[title];
    const empty =
      v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
    if (empty) {
      if (item.required)
        throw new Error(`Missing answer to required question "${title}".`);
      continue;
    }
    r.items.push(new FakeItemResponse(env, item, normalizeAnswer(item, v)));
  }
  return recordResponse(form, r, opts);
}

// ---------------------------------------------------------------- dump

export interface FormItemDump {
  id: number;
  index: number;
  type: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  choices?: string[];
  otherOption?: boolean;
  bounds?: [number, number];
  labels?: [string, string];
  rows?: string[];
  columns?: string[];
  validation?: {rule: string | null; args: unknown[]; helpText: string};
}

export interface FormDump {
  id: string;
  title: string;
  description: string;
  editUrl: string;
  publishedUrl: string;
  collectsEmail: boolean;
  acceptingResponses: boolean;
  confirmationMessage: string;
  destination: {spreadsheetId: string; sheetName: string} | null;
  /** Why the last write to the response sheet failed, or null. */
  destinationError: string | null;
  items: FormItemDump[];
  responses: {
    id: string;
    timestamp: string;
    email: string;
    answers: {itemId: number; title: string; response: AnswerValue}[];
  }[];
}

/** JSON picture of a form (no metering). */
export function formDump(form: FakeForm): FormDump {
  return {
    id: form.id,
    title: form.title,
    description: form.description,
    editUrl: form.editUrl(),
    publishedUrl: form.publishedUrl(),
    collectsEmail: form.collectEmail,
    acceptingResponses: form.accepting,
    confirmationMessage: form.confirmation,
    destination: form.destination
      ? {
          spreadsheetId: form.destination.spreadsheetId,
          sheetName: form.destination.sheetName,
        }
      : null,
    destinationError: form.destinationError,
    items: form.items.map((i, index) => {
      const d: FormItemDump = {
        id: i.id,
        index,
        type: i.kind,
        title: i.title,
        helpText: i.helpText,
        required: i.required,
      };
      if (['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'].includes(i.kind)) {
        d.choices = i.choices.map(c => c.value);
        d.otherOption = i.other;
      }
      if (i.kind === 'SCALE') {
        d.bounds = [i.lower, i.upper];
        d.labels = [i.leftLabel, i.rightLabel];
      }
      if (i.kind === 'GRID' || i.kind === 'CHECKBOX_GRID') {
        d.rows = [...i.rows];
        d.columns = [...i.columns];
      }
      if (i.validation) {
        const {rule, args, helpText} = i.validation;
        d.validation = {rule, args: [...args], helpText};
      }
      return d;
    }),
    responses: form.responses.map(r => ({
      id: r.id ?? '',
      timestamp: r.timestamp ? r.timestamp.toISOString() : '',
      email: r.email,
      answers: r.items.map(ir => ({
        itemId: ir.item.id,
        title: ir.item.title,
        response: ir.value,
      })),
    })),
  };
}

// ---------------------------------------------------------------- FormApp

export type FakeFormApp = Pick<
  GoogleAppsScript.Forms.FormApp,
  | 'create'
  | 'openById'
  | 'openByUrl'
  | 'getActiveForm'
  | 'getUi'
  | 'DestinationType'
  | 'ItemType'
  | 'Alignment'
  | 'FeedbackType'
  | 'PageNavigationType'
  | 'createTextValidation'
  | 'createParagraphTextValidation'
  | 'createCheckboxValidation'
  | 'createGridValidation'
>;

/** A new form, registered in env.forms and in Drive (no metering). */
export function newForm(
  env: EmuEnv,
  sheets: FormSheets,
  title: string,
  hooks: FormHooks = {},
): FakeForm {
  const form = new FakeForm(env, sheets, env.ids.next('form_'), title, hooks);
  env.forms.set(form.id, form);
  registerFile(env, {
    id: form.id,
    name: form.fileName,
    mimeType: MIME_TYPES.GOOGLE_FORMS,
    kind: 'form',
    hooks: {
      getName: () => form.fileName,
      setName: n => {
        form.fileName = n;
      },
      // Drive's makeCopy of a form copies its questions and settings, not its
      // responses nor its destination (as Google does).
      copy: n => {
        const copy = newForm(env, sheets, form.title, hooks);
        copy.fileName = n;
        copy.description = form.description;
        copy.collectEmail = form.collectEmail;
        copy.allowEdits = form.allowEdits;
        copy.limitOne = form.limitOne;
        copy.progressBar = form.progressBar;
        copy.confirmation = form.confirmation;
        copy.flags = {...form.flags};
        for (const item of form.items)
          copyItemInto(item, copy.newItem(item.kind));
        return copy.id;
      },
    },
  });
  return form;
}

/** The `FormApp` global. */
export function createFormApp(
  env: EmuEnv,
  sheets: FormSheets,
  ui: () => GoogleAppsScript.Base.Ui,
  hooks: FormHooks = {},
): FakeFormApp {
  const m = (method: string, create = false) =>
    env.meter.call('FormApp', method, create ? {create} : {});
  const open = (id: string): GForm => {
    const f = env.forms.get(String(id));
    if (!(f instanceof FakeForm)) throw new Error(NOT_FOUND_MESSAGE);
    const entry = driveEntry(env, f.id);
    if (entry && (entry.trashed || !canAccess(env, entry))) {
      throw new Error(NOT_FOUND_MESSAGE);
    }
    return real(f);
  };
  return {
    DestinationType: enumOf<F['DestinationType']>(['SPREADSHEET']),
    ItemType: enumOf<F['ItemType']>([
      'CHECKBOX',
      'CHECKBOX_GRID',
      'DATE',
      'DATETIME',
      'DURATION',
      'GRID',
      'IMAGE',
      'LIST',
      'MULTIPLE_CHOICE',
      'PAGE_BREAK',
      'PARAGRAPH_TEXT',
      'SCALE',
      'SECTION_HEADER',
      'TEXT',
      'TIME',
      'VIDEO',
      'FILE_UPLOAD',
    ]),
    Alignment: enumOf<F['Alignment']>(['LEFT', 'CENTER', 'RIGHT']),
    FeedbackType: enumOf<F['FeedbackType']>([
      'CORRECT',
      'INCORRECT',
      'GENERAL',
    ]),
    PageNavigationType: enumOf<F['PageNavigationType']>([
      'CONTINUE',
      'GO_TO_PAGE',
      'RESTART',
      'SUBMIT',
    ]),
    createTextValidation() {
      m('createTextValidation');
      return real<GoogleAppsScript.Forms.TextValidationBuilder>(
        validationBuilder(env, 'text'),
      );
    },
    createParagraphTextValidation() {
      m('createParagraphTextValidation');
      return real<GoogleAppsScript.Forms.ParagraphTextValidationBuilder>(
        validationBuilder(env, 'paragraph'),
      );
    },
    createCheckboxValidation() {
      m('createCheckboxValidation');
      return real<GoogleAppsScript.Forms.CheckboxValidationBuilder>(
        validationBuilder(env, 'checkbox'),
      );
    },
    createGridValidation() {
      m('createGridValidation');
      return real<GoogleAppsScript.Forms.GridValidationBuilder>(
        validationBuilder(env, 'grid'),
      );
    },
    create(title: string): GForm {
      m('create', true);
      return real(newForm(env, sheets, String(title), hooks));
    },
    openById(id: string): GForm {
      m('openById');
      return open(id);
    },
    openByUrl(url: string): GForm {
      m('openByUrl');
      const s = String(url);
      const pub = /\/forms\/d\/e\/([^/?#]+)/.exec(s);
      if (pub) {
        for (const f of env.forms.values()) {
          if (f instanceof FakeForm && f.publishedId === pub[1]) {
            return open(f.id);
          }
        }
        throw new Error(NOT_FOUND_MESSAGE);
      }
      const m2 = /\/forms\/d\/([^/?#]+)/.exec(s);
      if (!m2) throw new Error(NOT_FOUND_MESSAGE);
      return open(m2[1]);
    },
    getActiveForm(): GForm {
      m('getActiveForm');
      const c = env.context();
      if (c?.activeKind === 'form' && c.activeId) return open(c.activeId);
      return real(null);
    },
    getUi(): GoogleAppsScript.Base.Ui {
      m('getUi');
      return ui();
    },
  };
}
