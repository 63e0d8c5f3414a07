/**
 * Data validation, conditional format rules, protections, filters, named
 * ranges and embedded charts of the fake spreadsheet.
 */
import {FakeBlob} from '../drive';
import {rectA1} from './a1';
import type {Cell} from './format';
import {evaluateIn, FakeRange, real, sheetCell} from './range';
import type {FakeSheet} from './sheet';
import type {FakeSpreadsheet} from './spreadsheet';

type Range = GoogleAppsScript.Spreadsheet.Range;
type DVBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type DV = GoogleAppsScript.Spreadsheet.DataValidation;
type CFBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type CF = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function meter(ss: FakeSpreadsheet, service: string, method: string): void {
  ss.env.meter.call(service, method);
}

// ------------------------------------------------------------ validation

/** Criteria as Google names them (SpreadsheetApp.DataValidationCriteria). */
export type CriteriaType =
  | 'VALUE_IN_LIST'
  | 'VALUE_IN_RANGE'
  | 'CHECKBOX'
  | 'DATE_IS_VALID_DATE'
  | 'DATE_AFTER'
  | 'DATE_BEFORE'
  | 'DATE_BETWEEN'
  | 'DATE_ON_OR_AFTER'
  | 'DATE_ON_OR_BEFORE'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_EQUAL_TO'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'TEXT_CONTAINS'
  | 'TEXT_IS_VALID_EMAIL'
  | 'TEXT_IS_VALID_URL'
  | 'CUSTOM_FORMULA';

export const DATA_VALIDATION_CRITERIA: Record<CriteriaType, CriteriaType> = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CHECKBOX: 'CHECKBOX',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class FakeDataValidation implements Pick<
  DV,
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
> {
  constructor(
    readonly ss: FakeSpreadsheet,
    readonly kind: CriteriaType,
    readonly args: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
  ) {}

  static checkbox(ss: FakeSpreadsheet): FakeDataValidation {
    return new FakeDataValidation(ss, 'CHECKBOX', [], false, null);
  }

  /** The list shown in the cell's dropdown (list or range validations). */
  listValues(): string[] {
    if (this.kind === 'VALUE_IN_LIST')
      return (this.args[0] as unknown[]).map(String);
    if (this.kind === 'VALUE_IN_RANGE') {
      const r = this.args[0] as FakeRange;
      return (r.readValues() as unknown[][])
        .flat()
        .filter(v => v !== '')
        .map(String);
    }
    return this.args.map(a =>
      a instanceof Date ? a.toISOString() : String(a),
    );
  }

  /** Would Google accept this value when invalid values are rejected? */
  accepts(v: Cell, list?: string[]): boolean {
    if (this.allowInvalid || v === '') return true;
    const n = typeof v === 'number' ? v : NaN;
    const a = this.args as number[];
    switch (this.kind) {
      case 'VALUE_IN_LIST':
      case 'VALUE_IN_RANGE':
        return (list ?? this.listValues()).includes(
          v instanceof Date ? v.toISOString() : String(v),
        );
      case 'CHECKBOX':
        return typeof v === 'boolean';
      case 'DATE_IS_VALID_DATE':
        return v instanceof Date;
      case 'NUMBER_BETWEEN':
        return n >= a[0] && n <= a[1];
      case 'NUMBER_EQUAL_TO':
        return n === a[0];
      case 'NUMBER_GREATER_THAN':
        return n > a[0];
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return n >= a[0];
      case 'NUMBER_LESS_THAN':
        return n < a[0];
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return n <= a[0];
      case 'TEXT_CONTAINS':
        return String(v).includes(String(this.args[0]));
      case 'TEXT_IS_VALID_EMAIL':
        return EMAIL.test(String(v));
      case 'TEXT_IS_VALID_URL':
        return /^https?:\/\/\S+$/.test(String(v));
      default:
        return true;
    }
  }

  copy(): DVBuilder {
    meter(this.ss, 'DataValidation', 'copy');
    return real(
      new FakeDataValidationBuilder(
        this.ss,
        this.kind,
        [...this.args],
        this.allowInvalid,
        this.helpText,
      ),
    );
  }
  getAllowInvalid(): boolean {
    meter(this.ss, 'DataValidation', 'getAllowInvalid');
    return this.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    meter(this.ss, 'DataValidation', 'getCriteriaType');
    return real(this.kind);
  }
  getCriteriaValues(): unknown[] {
    meter(this.ss, 'DataValidation', 'getCriteriaValues');
    return this.args.map(a => (a instanceof FakeRange ? real<Range>(a) : a));
  }
  getHelpText(): string {
    meter(this.ss, 'DataValidation', 'getHelpText');
    return this.helpText ?? '';
  }
}

type DVKeys =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireTextContains'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText';

export class FakeDataValidationBuilder implements Pick<DVBuilder, DVKeys> {
  constructor(
    readonly ss: FakeSpreadsheet,
    private kind: CriteriaType | null = null,
    private args: unknown[] = [],
    private allowInvalid = true,
    private helpText: string | null = null,
  ) {}
  private set(method: string, kind: CriteriaType, args: unknown[]): DVBuilder {
    meter(this.ss, 'DataValidationBuilder', method);
    this.kind = kind;
    this.args = args;
    return real(this);
  }
  build(): DV {
    meter(this.ss, 'DataValidationBuilder', 'build');
    if (!this.kind)
      throw new Error(
        'You must specify criteria for the data validation rule.',
      );
    return real(
      new FakeDataValidation(
        this.ss,
        this.kind,
        this.args,
        this.allowInvalid,
        this.helpText,
      ),
    );
  }
  copy(): DVBuilder {
    meter(this.ss, 'DataValidationBuilder', 'copy');
    return real(
      new FakeDataValidationBuilder(
        this.ss,
        this.kind,
        [...this.args],
        this.allowInvalid,
        this.helpText,
      ),
    );
  }
  getAllowInvalid(): boolean {
    meter(this.ss, 'DataValidationBuilder', 'getAllowInvalid');
    return this.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    meter(this.ss, 'DataValidationBuilder', 'getCriteriaType');
    return real(this.kind);
  }
  getCriteriaValues(): unknown[] {
    meter(this.ss, 'DataValidationBuilder', 'getCriteriaValues');
    return [...this.args];
  }
  getHelpText(): string | null {
    meter(this.ss, 'DataValidationBuilder', 'getHelpText');
    return this.helpText;
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DVBuilder {
    const args =
      checkedValue === undefined ? [] : [checkedValue, uncheckedValue];
    return this.set('requireCheckbox', 'CHECKBOX', args);
  }
  requireDate(): DVBuilder {
    return this.set('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): DVBuilder {
    return this.set('requireDateAfter', 'DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): DVBuilder {
    return this.set('requireDateBefore', 'DATE_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): DVBuilder {
    return this.set('requireDateBetween', 'DATE_BETWEEN', [start, end]);
  }
  requireDateOnOrAfter(date: Date): DVBuilder {
    return this.set('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): DVBuilder {
    return this.set('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [date]);
  }
  requireFormulaSatisfied(formula: string): DVBuilder {
    return this.set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): DVBuilder {
    return this.set('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): DVBuilder {
    return this.set('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): DVBuilder {
    return this.set('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): DVBuilder {
    return this.set(
      'requireNumberGreaterThanOrEqualTo',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      [n],
    );
  }
  requireNumberLessThan(n: number): DVBuilder {
    return this.set('requireNumberLessThan', 'NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): DVBuilder {
    return this.set(
      'requireNumberLessThanOrEqualTo',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      [n],
    );
  }
  requireTextContains(text: string): DVBuilder {
    return this.set('requireTextContains', 'TEXT_CONTAINS', [text]);
  }
  requireTextIsEmail(): DVBuilder {
    return this.set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DVBuilder {
    return this.set('requireTextIsUrl', 'TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: string[], showDropdown = true): DVBuilder {
    if (!Array.isArray(values) || values.length === 0) {
      throw new Error('The data validation rule requires at least one value.');
    }
    if (values.length > 500) {
      throw new Error('The data validation rule has more than 500 list items.');
    }
    return this.set('requireValueInList', 'VALUE_IN_LIST', [
      values.map(String),
      showDropdown,
    ]);
  }
  requireValueInRange(range: Range, showDropdown = true): DVBuilder {
    return this.set('requireValueInRange', 'VALUE_IN_RANGE', [
      range,
      showDropdown,
    ]);
  }
  setAllowInvalid(allowInvalidData: boolean): DVBuilder {
    meter(this.ss, 'DataValidationBuilder', 'setAllowInvalid');
    this.allowInvalid = allowInvalidData;
    return real(this);
  }
  setHelpText(helpText: string): DVBuilder {
    meter(this.ss, 'DataValidationBuilder', 'setHelpText');
    this.helpText = helpText;
    return real(this);
  }
}

// ------------------------------------------------- conditional formatting

export type ConditionKind =
  | 'CELL_EMPTY'
  | 'CELL_NOT_EMPTY'
  | 'CUSTOM_FORMULA'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_NOT_BETWEEN'
  | 'NUMBER_EQUAL_TO'
  | 'NUMBER_NOT_EQUAL_TO'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'TEXT_CONTAINS'
  | 'TEXT_DOES_NOT_CONTAIN'
  | 'TEXT_EQUAL_TO'
  | 'TEXT_STARTS_WITH'
  | 'TEXT_ENDS_WITH'
  | 'DATE_BEFORE'
  | 'DATE_AFTER';

export interface CfFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export class FakeConditionalFormatRule implements Pick<
  CF,
  'copy' | 'getRanges' | 'getBooleanCondition'
> {
  constructor(
    readonly ss: FakeSpreadsheet,
    readonly kind: ConditionKind | null,
    readonly args: unknown[],
    readonly format: CfFormat,
    readonly ranges: FakeRange[],
  ) {}

  copyRule(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule(
      this.ss,
      this.kind,
      [...this.args],
      {...this.format},
      [...this.ranges],
    );
  }

  copy(): CFBuilder {
    meter(this.ss, 'ConditionalFormatRule', 'copy');
    return real(new FakeConditionalFormatRuleBuilder(this.ss, this.copyRule()));
  }
  getRanges(): Range[] {
    meter(this.ss, 'ConditionalFormatRule', 'getRanges');
    return this.ranges.map(r => real<Range>(r));
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    meter(this.ss, 'ConditionalFormatRule', 'getBooleanCondition');
    const f = this.format;
    const {kind, args} = this;
    const cond = {
      getBackground: () => f.background,
      getFontColor: () => f.fontColor,
      getBold: () => f.bold,
      getItalic: () => f.italic,
      getStrikethrough: () => f.strikethrough,
      getUnderline: () => f.underline,
      getCriteriaType: () => kind,
      getCriteriaValues: () => [...args],
    };
    return real(cond);
  }

  /** Does the rule apply to this cell (0-based), given the rule's first range's top-left? */
  matches(
    sheet: FakeSheet,
    r: number,
    c: number,
    anchorRow: number,
    anchorCol: number,
  ): boolean {
    const v = sheetCell(sheet, r, c);
    const a = this.args;
    const n = typeof v === 'number' ? v : NaN;
    const nums = a as number[];
    switch (this.kind) {
      case 'CELL_EMPTY':
        return v === '';
      case 'CELL_NOT_EMPTY':
        return v !== '';
      case 'NUMBER_BETWEEN':
        return n >= nums[0] && n <= nums[1];
      case 'NUMBER_NOT_BETWEEN':
        return !Number.isNaN(n) && (n < nums[0] || n > nums[1]);
      case 'NUMBER_EQUAL_TO':
        return n === nums[0];
      case 'NUMBER_NOT_EQUAL_TO':
        return !Number.isNaN(n) && n !== nums[0];
      case 'NUMBER_GREATER_THAN':
        return n > nums[0];
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return n >= nums[0];
      case 'NUMBER_LESS_THAN':
        return n < nums[0];
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return n <= nums[0];
      case 'TEXT_CONTAINS':
        return String(v).toLowerCase().includes(String(a[0]).toLowerCase());
      case 'TEXT_DOES_NOT_CONTAIN':
        return !String(v).toLowerCase().includes(String(a[0]).toLowerCase());
      case 'TEXT_EQUAL_TO':
        return String(v).toLowerCase() === String(a[0]).toLowerCase();
      case 'TEXT_STARTS_WITH':
        return String(v).toLowerCase().startsWith(String(a[0]).toLowerCase());
      case 'TEXT_ENDS_WITH':
        return String(v).toLowerCase().endsWith(String(a[0]).toLowerCase());
      case 'DATE_BEFORE':
        return v instanceof Date && a[0] instanceof Date && v < a[0];
      case 'DATE_AFTER':
        return v instanceof Date && a[0] instanceof Date && v > a[0];
      case 'CUSTOM_FORMULA': {
        const out = evaluateIn(
          sheet,
          String(a[0]),
          r + 1 - anchorRow,
          c + 1 - anchorCol,
        );
        return out === true || (typeof out === 'number' && out !== 0);
      }
      default:
        return false;
    }
  }
}

type CFKeys =
  | 'build'
  | 'copy'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setRanges'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenDateAfter'
  | 'whenDateBefore'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith';

export class FakeConditionalFormatRuleBuilder implements Pick<
  CFBuilder,
  CFKeys
> {
  private rule: FakeConditionalFormatRule;
  constructor(
    readonly ss: FakeSpreadsheet,
    rule?: FakeConditionalFormatRule,
  ) {
    this.rule =
      rule ??
      new FakeConditionalFormatRule(
        ss,
        null,
        [],
        {
          background: null,
          fontColor: null,
          bold: null,
          italic: null,
          strikethrough: null,
          underline: null,
        },
        [],
      );
  }
  private when(
    method: string,
    kind: ConditionKind,
    args: unknown[],
  ): CFBuilder {
    meter(this.ss, 'ConditionalFormatRuleBuilder', method);
    this.rule = new FakeConditionalFormatRule(
      this.ss,
      kind,
      args,
      this.rule.format,
      this.rule.ranges,
    );
    return real(this);
  }
  private fmt<K extends keyof CfFormat>(
    method: string,
    key: K,
    v: CfFormat[K],
  ): CFBuilder {
    meter(this.ss, 'ConditionalFormatRuleBuilder', method);
    this.rule.format[key] = v;
    return real(this);
  }
  build(): CF {
    meter(this.ss, 'ConditionalFormatRuleBuilder', 'build');
    if (!this.rule.kind)
      throw new Error('The conditional format rule has no condition.');
    if (!this.rule.ranges.length)
      throw new Error('The conditional format rule has no ranges.');
    return real(this.rule.copyRule());
  }
  copy(): CFBuilder {
    meter(this.ss, 'ConditionalFormatRuleBuilder', 'copy');
    return real(
      new FakeConditionalFormatRuleBuilder(this.ss, this.rule.copyRule()),
    );
  }
  getRanges(): Range[] {
    meter(this.ss, 'ConditionalFormatRuleBuilder', 'getRanges');
    return this.rule.ranges.map(r => real<Range>(r));
  }
  setRanges(ranges: Range[]): CFBuilder {
    meter(this.ss, 'ConditionalFormatRuleBuilder', 'setRanges');
    this.rule = new FakeConditionalFormatRule(
      this.ss,
      this.rule.kind,
      this.rule.args,
      this.rule.format,
      ranges.map(r => r as unknown as FakeRange),
    );
    return real(this);
  }
  setBackground(color: string | null): CFBuilder {
    return this.fmt('setBackground', 'background', color);
  }
  setFontColor(color: string | null): CFBuilder {
    return this.fmt('setFontColor', 'fontColor', color);
  }
  setBold(bold: boolean | null): CFBuilder {
    return this.fmt('setBold', 'bold', bold);
  }
  setItalic(italic: boolean | null): CFBuilder {
    return this.fmt('setItalic', 'italic', italic);
  }
  setStrikethrough(v: boolean | null): CFBuilder {
    return this.fmt('setStrikethrough', 'strikethrough', v);
  }
  setUnderline(v: boolean | null): CFBuilder {
    return this.fmt('setUnderline', 'underline', v);
  }
  whenCellEmpty(): CFBuilder {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }
  whenCellNotEmpty(): CFBuilder {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }
  whenDateAfter(date: unknown): CFBuilder {
    return this.when('whenDateAfter', 'DATE_AFTER', [date]);
  }
  whenDateBefore(date: unknown): CFBuilder {
    return this.when('whenDateBefore', 'DATE_BEFORE', [date]);
  }
  whenFormulaSatisfied(formula: string): CFBuilder {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): CFBuilder {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): CFBuilder {
    return this.when('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [
      start,
      end,
    ]);
  }
  whenNumberEqualTo(n: number): CFBuilder {
    return this.when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: number): CFBuilder {
    return this.when('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): CFBuilder {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): CFBuilder {
    return this.when(
      'whenNumberGreaterThanOrEqualTo',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      [n],
    );
  }
  whenNumberLessThan(n: number): CFBuilder {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): CFBuilder {
    return this.when(
      'whenNumberLessThanOrEqualTo',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      [n],
    );
  }
  whenTextContains(text: string): CFBuilder {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): CFBuilder {
    return this.when('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextEndsWith(text: string): CFBuilder {
    return this.when('whenTextEndsWith', 'TEXT_ENDS_WITH', [text]);
  }
  whenTextEqualTo(text: string): CFBuilder {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }
  whenTextStartsWith(text: string): CFBuilder {
    return this.when('whenTextStartsWith', 'TEXT_STARTS_WITH', [text]);
  }
}

// ------------------------------------------------------------ protection

type ProtKeys =
  | 'addEditor'
  | 'addEditors'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setWarningOnly';

export class FakeProtection implements Pick<
  GoogleAppsScript.Spreadsheet.Protection,
  ProtKeys
> {
  description = '';
  warningOnly = false;
  editors: string[] = [];
  constructor(
    readonly ss: FakeSpreadsheet,
    readonly sheet: FakeSheet,
    readonly range: FakeRange | null,
  ) {
    const user = ss.env.context()?.user;
    if (user) this.editors.push(user);
  }
  private m(method: string): void {
    meter(this.ss, 'Protection', method);
  }
  private self(): GoogleAppsScript.Spreadsheet.Protection {
    return real(this);
  }
  addEditor(emailAddress: unknown): GoogleAppsScript.Spreadsheet.Protection {
    this.m('addEditor');
    this.editors.push(String(emailAddress));
    return this.self();
  }
  addEditors(
    emailAddresses: string[],
  ): GoogleAppsScript.Spreadsheet.Protection {
    this.m('addEditors');
    this.editors.push(...emailAddresses);
    return this.self();
  }
  removeEditor(emailAddress: unknown): GoogleAppsScript.Spreadsheet.Protection {
    this.m('removeEditor');
    this.editors = this.editors.filter(e => e !== String(emailAddress));
    return this.self();
  }
  removeEditors(
    emailAddresses: unknown[],
  ): GoogleAppsScript.Spreadsheet.Protection {
    this.m('removeEditors');
    const gone = emailAddresses.map(e =>
      typeof e === 'string' ? e : (e as GoogleAppsScript.Base.User).getEmail(),
    );
    this.editors = this.editors.filter(e => !gone.includes(e));
    return this.self();
  }
  canEdit(): boolean {
    this.m('canEdit');
    return true;
  }
  getDescription(): string {
    this.m('getDescription');
    return this.description;
  }
  setDescription(description: string): GoogleAppsScript.Spreadsheet.Protection {
    this.m('setDescription');
    this.description = description;
    return this.self();
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    this.m('getEditors');
    return this.editors.map(e => real({getEmail: () => e}));
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.m('getProtectionType');
    return real(this.range ? 'RANGE' : 'SHEET');
  }
  getRange(): Range {
    this.m('getRange');
    return real(
      this.range ??
        new FakeRange(
          this.sheet,
          1,
          1,
          this.sheet.maxRows,
          this.sheet.maxColumns,
        ),
    );
  }
  isWarningOnly(): boolean {
    this.m('isWarningOnly');
    return this.warningOnly;
  }
  setWarningOnly(
    warningOnly: boolean,
  ): GoogleAppsScript.Spreadsheet.Protection {
    this.m('setWarningOnly');
    this.warningOnly = warningOnly;
    return this.self();
  }
  setDomainEdit(): GoogleAppsScript.Spreadsheet.Protection {
    this.m('setDomainEdit');
    return this.self();
  }
  remove(): void {
    this.m('remove');
    this.sheet.protections = this.sheet.protections.filter(p => p !== this);
  }
}

// ---------------------------------------------------------------- filter

export class FakeFilter implements Pick<
  GoogleAppsScript.Spreadsheet.Filter,
  | 'getRange'
  | 'remove'
  | 'getColumnFilterCriteria'
  | 'setColumnFilterCriteria'
  | 'removeColumnFilterCriteria'
  | 'sort'
> {
  criteria = new Map<number, unknown>();
  constructor(
    readonly sheet: FakeSheet,
    readonly range: FakeRange,
  ) {}
  private m(method: string): void {
    meter(this.sheet.parent, 'Filter', method);
  }
  getRange(): Range {
    this.m('getRange');
    return real(this.range);
  }
  remove(): void {
    this.m('remove');
    if (this.sheet.filter === this) this.sheet.filter = null;
  }
  getColumnFilterCriteria(
    columnPosition: number,
  ): GoogleAppsScript.Spreadsheet.FilterCriteria | null {
    this.m('getColumnFilterCriteria');
    return real(this.criteria.get(columnPosition) ?? null);
  }
  setColumnFilterCriteria(
    columnPosition: number,
    filterCriteria: GoogleAppsScript.Spreadsheet.FilterCriteria | null,
  ): GoogleAppsScript.Spreadsheet.Filter {
    this.m('setColumnFilterCriteria');
    if (filterCriteria === null) this.criteria.delete(columnPosition);
    else this.criteria.set(columnPosition, filterCriteria);
    return real(this);
  }
  removeColumnFilterCriteria(
    columnPosition: number,
  ): GoogleAppsScript.Spreadsheet.Filter {
    this.m('removeColumnFilterCriteria');
    this.criteria.delete(columnPosition);
    return real(this);
  }
  sort(
    columnPosition: number,
    ascending: boolean,
  ): GoogleAppsScript.Spreadsheet.Filter {
    this.m('sort');
    const r = this.range;
    if (r.numRows > 1) {
      new FakeRange(
        r.sheet,
        r.row + 1,
        r.column,
        r.numRows - 1,
        r.numColumns,
      ).sort({
        column: columnPosition,
        ascending,
      });
    }
    return real(this);
  }
}

// ----------------------------------------------------------- named range

export class FakeNamedRange implements Pick<
  GoogleAppsScript.Spreadsheet.NamedRange,
  'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'
> {
  constructor(
    readonly ss: FakeSpreadsheet,
    public name: string,
    public range: FakeRange,
  ) {}
  getName(): string {
    meter(this.ss, 'NamedRange', 'getName');
    return this.name;
  }
  getRange(): Range {
    meter(this.ss, 'NamedRange', 'getRange');
    return real(this.range);
  }
  remove(): void {
    meter(this.ss, 'NamedRange', 'remove');
    this.ss.namedRanges = this.ss.namedRanges.filter(n => n !== this);
  }
  setName(name: string): GoogleAppsScript.Spreadsheet.NamedRange {
    meter(this.ss, 'NamedRange', 'setName');
    this.name = name;
    return real(this);
  }
  setRange(range: Range): GoogleAppsScript.Spreadsheet.NamedRange {
    meter(this.ss, 'NamedRange', 'setRange');
    this.range = range as unknown as FakeRange;
    return real(this);
  }
}

// ---------------------------------------------------------------- charts

/** The smallest valid PNG (1×1 transparent pixel): what chart.getAs returns. */
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export class FakeEmbeddedChart implements Pick<
  GoogleAppsScript.Spreadsheet.EmbeddedChart,
  | 'getAs'
  | 'getBlob'
  | 'getChartId'
  | 'getRanges'
  | 'getContainerInfo'
  | 'modify'
  | 'getOptions'
> {
  chartId = '';
  constructor(
    readonly sheet: FakeSheet,
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly position: {
      row: number;
      column: number;
      offsetX: number;
      offsetY: number;
    },
    readonly options: Record<string, unknown>,
  ) {}
  private m(method: string): void {
    meter(this.sheet.parent, 'EmbeddedChart', method);
  }
  title(): string | null {
    const t = this.options.title;
    return typeof t === 'string' ? t : null;
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.m('getAs');
    if (contentType !== 'image/png') {
      throw new Error(
        `Converting from image/png to ${contentType} is not supported.`,
      );
    }
    return real(
      new FakeBlob(
        PNG_1X1,
        'image/png',
        `${this.title() ?? 'chart'}.png`,
        this.sheet.parent.env.meter,
      ),
    );
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.m('getBlob');
    return real(
      new FakeBlob(
        PNG_1X1,
        'image/png',
        `${this.title() ?? 'chart'}.png`,
        this.sheet.parent.env.meter,
      ),
    );
  }
  getChartId(): number | null {
    this.m('getChartId');
    return this.chartId ? Number(this.chartId.replace(/\D/g, '')) : null;
  }
  getId(): string | null {
    this.m('getId');
    return this.chartId || null;
  }
  getRanges(): Range[] {
    this.m('getRanges');
    return this.ranges.map(r => real<Range>(r));
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.m('getContainerInfo');
    const p = this.position;
    return real({
      getAnchorColumn: () => p.column,
      getAnchorRow: () => p.row,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    });
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    this.m('getOptions');
    return real({get: (k: string) => this.options[k] ?? null});
  }
  modify(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.m('modify');
    return real(new FakeEmbeddedChartBuilder(this.sheet, this));
  }
}

/**
 * EmbeddedChartBuilder and its typed variants (asBarChart() … return the same
 * builder; the variant setters record options: setTitle → options.title, …).
 */
export class FakeEmbeddedChartBuilder {
  private type = 'BAR';
  private ranges: FakeRange[] = [];
  private position = {row: 1, column: 1, offsetX: 0, offsetY: 0};
  private options: Record<string, unknown> = {};
  constructor(
    readonly sheet: FakeSheet,
    private readonly from: FakeEmbeddedChart | null,
  ) {
    if (from) {
      this.type = from.type;
      this.ranges = [...from.ranges];
      this.position = {...from.position};
      this.options = {...from.options};
    }
  }
  private m(method: string): this {
    meter(this.sheet.parent, 'EmbeddedChartBuilder', method);
    return this;
  }
  private as(type: string, method: string): this {
    this.m(method);
    this.type = type;
    return this;
  }
  addRange(range: Range): this {
    this.m('addRange');
    this.ranges.push(range as unknown as FakeRange);
    return this;
  }
  removeRange(range: Range): this {
    this.m('removeRange');
    const r = range as unknown as FakeRange;
    this.ranges = this.ranges.filter(
      x => x.a1() !== r.a1() || x.sheet !== r.sheet,
    );
    return this;
  }
  clearRanges(): this {
    this.m('clearRanges');
    this.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    this.m('getRanges');
    return this.ranges.map(r => real<Range>(r));
  }
  setChartType(type: unknown): this {
    this.m('setChartType');
    this.type = String(type);
    return this;
  }
  getChartType(): unknown {
    this.m('getChartType');
    return this.type;
  }
  asAreaChart(): this {
    return this.as('AREA', 'asAreaChart');
  }
  asBarChart(): this {
    return this.as('BAR', 'asBarChart');
  }
  asColumnChart(): this {
    return this.as('COLUMN', 'asColumnChart');
  }
  asLineChart(): this {
    return this.as('LINE', 'asLineChart');
  }
  asPieChart(): this {
    return this.as('PIE', 'asPieChart');
  }
  asScatterChart(): this {
    return this.as('SCATTER', 'asScatterChart');
  }
  asTableChart(): this {
    return this.as('TABLE', 'asTableChart');
  }
  asHistogramChart(): this {
    return this.as('HISTOGRAM', 'asHistogramChart');
  }
  asComboChart(): this {
    return this.as('COMBO', 'asComboChart');
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): this {
    this.m('setPosition');
    this.position = {row: anchorRowPos, column: anchorColPos, offsetX, offsetY};
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.m('setOption');
    this.options[option] = value;
    return this;
  }
  private opt(method: string, key: string, value: unknown): this {
    this.m(method);
    this.options[key] = value;
    return this;
  }
  setTitle(title: string): this {
    return this.opt('setTitle', 'title', title);
  }
  setLegendPosition(position: unknown): this {
    return this.opt('setLegendPosition', 'legend.position', String(position));
  }
  setColors(colors: string[]): this {
    return this.opt('setColors', 'colors', colors);
  }
  setStacked(): this {
    return this.opt('setStacked', 'isStacked', true);
  }
  setXAxisTitle(title: string): this {
    return this.opt('setXAxisTitle', 'hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.opt('setYAxisTitle', 'vAxis.title', title);
  }
  set3D(): this {
    return this.opt('set3D', 'is3D', true);
  }
  setNumHeaders(headers: number): this {
    return this.opt('setNumHeaders', 'numHeaders', headers);
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    return this.opt('setTransposeRowsAndColumns', 'transpose', transpose);
  }
  setMergeStrategy(strategy: unknown): this {
    return this.opt('setMergeStrategy', 'mergeStrategy', String(strategy));
  }
  setHiddenDimensionStrategy(strategy: unknown): this {
    return this.opt(
      'setHiddenDimensionStrategy',
      'hiddenDimensionStrategy',
      String(strategy),
    );
  }
  setDimensions(width: number, height: number): this {
    this.m('setDimensions');
    this.options.width = width;
    this.options.height = height;
    return this;
  }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    this.m('build');
    const chart = new FakeEmbeddedChart(
      this.sheet,
      this.type,
      [...this.ranges],
      {...this.position},
      {
        ...this.options,
      },
    );
    if (this.from) chart.chartId = this.from.chartId;
    return real(chart);
  }
  /** a1 of the ranges, for dumps. */
  static rangesA1(ranges: FakeRange[]): string[] {
    return ranges.map(r => rectA1(r.rect()));
  }
}
