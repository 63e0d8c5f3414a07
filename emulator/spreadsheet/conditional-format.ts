/**
 * Conditional format rules and their builder.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 */
import {real} from '../core/cast';
import {evaluateIn, sheetCell} from './cells';
import {meter} from './metering';
import type {FakeRange} from './range';
import type {FakeSheet} from './sheet';
import type {FakeSpreadsheet} from './spreadsheet';

type Range = GoogleAppsScript.Spreadsheet.Range;
type CFBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type CF = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

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
