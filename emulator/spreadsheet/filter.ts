/**
 * A sheet's filter.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/filter
 */
import {real} from '../core/cast';
import {meter} from './metering';
import {FakeRange} from './range';
import type {FakeSheet} from './sheet';

type Range = GoogleAppsScript.Spreadsheet.Range;

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
