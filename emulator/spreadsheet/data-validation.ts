/**
 * Data validation, conditional format rules, protections, filters, named
 * ranges and embedded charts of the fake spreadsheet.
 *
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/data-validation
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
import {real} from '../core/cast';
import type {Cell} from './format';
import {meter} from './metering';
import {FakeRange} from './range';
import type {FakeSpreadsheet} from './spreadsheet';

type Range = GoogleAppsScript.Spreadsheet.Range;
type DVBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type DV = GoogleAppsScript.Spreadsheet.DataValidation;

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
    // Google keeps no blank item in a list rule (getCriteriaValues shows
    // none): an empty cell needs none, since it always passes the rule
    // (accepts, above). Stricter where the reference is silent: blank
    // items are dropped, not kept as a choice (issue 14, point 5).
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String)
    const kept = values.map(String).filter(v => v.trim() !== '');
    if (kept.length === 0) {
      throw new Error('The data validation rule requires at least one value.');
    }
    return this.set('requireValueInList', 'VALUE_IN_LIST', [
      kept,
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
