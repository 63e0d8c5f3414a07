/**
 * Named ranges.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/named-range
 */
import {real} from '../core/cast';
import {meter} from './metering';
import type {FakeRange} from './range';
import type {FakeSpreadsheet} from './spreadsheet';

type Range = GoogleAppsScript.Spreadsheet.Range;

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
