/**
 * Protected ranges and sheets.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
import {real} from '../core/cast';
import {meter} from './metering';
import {FakeRange} from './range';
import type {FakeSheet} from './sheet';
import type {FakeSpreadsheet} from './spreadsheet';

type Range = GoogleAppsScript.Spreadsheet.Range;

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
