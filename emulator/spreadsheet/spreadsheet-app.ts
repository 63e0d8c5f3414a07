/**
 * The SpreadsheetApp global and the bridge the Forms module uses to write
 * response sheets.
 */
import {MIME_TYPES} from '../base/mime-type';
import {requireAuth} from '../core/auth';
import {real} from '../core/cast';
import type {EmuEnv} from '../core/env';
import {driveEntry, NOT_FOUND_MESSAGE, registerFile} from '../drive/registry';
import type {SheetsBridge} from './bridge';
import {FakeConditionalFormatRuleBuilder} from './conditional-format';
import {
  DATA_VALIDATION_CRITERIA,
  FakeDataValidationBuilder,
} from './data-validation';
import {FakeRange} from './range';
import type {FakeSheet} from './sheet';
import {copySheetContent, FakeSpreadsheet} from './spreadsheet';

type SpreadsheetAppT = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type SpreadsheetAppKeys =
  | 'create'
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'openById'
  | 'openByUrl'
  | 'setActiveSheet'
  | 'DataValidationCriteria'
  | 'ProtectionType'
  | 'WrapStrategy'
  | 'BorderStyle'
  | 'Dimension'
  | 'BooleanCriteria';

function enumOf<T extends string>(...names: T[]): Record<T, T> {
  const out = {} as Record<T, T>;
  for (const n of names) out[n] = n;
  return out;
}

/** All spreadsheets of the workspace, typed. */
export function spreadsheetOf(env: EmuEnv, id: string): FakeSpreadsheet | null {
  const ss = env.spreadsheets.get(id);
  return ss instanceof FakeSpreadsheet ? ss : null;
}

/** Creates a spreadsheet (no metering: callers count their own call). */
export function newSpreadsheet(
  env: EmuEnv,
  name: string,
  rows = 1000,
  columns = 26,
): FakeSpreadsheet {
  const id = env.ids.next('ss-');
  const ss = new FakeSpreadsheet(env, id, name, rows, columns);
  env.spreadsheets.set(id, ss);
  registerFile(env, {
    id,
    name,
    mimeType: MIME_TYPES.GOOGLE_SHEETS,
    kind: 'spreadsheet',
    hooks: {
      getName: () => ss.name,
      setName: (n: string) => {
        ss.name = n;
      },
      copy: (n: string) => {
        const copy = newSpreadsheet(env, n);
        copy.sheets = [];
        copy.activeSheet = null;
        for (const s of ss.sheets) {
          const t = copy.addSheet(
            s.name,
            copy.sheets.length,
            s.maxRows,
            s.maxColumns,
          );
          copySheetContent(s, t);
        }
        copy.locale = ss.locale;
        copy.localeCode = ss.localeCode;
        copy.timeZone = ss.timeZone;
        return copy.id;
      },
    },
  });
  return ss;
}

function reachable(env: EmuEnv, id: string): FakeSpreadsheet {
  const ss = spreadsheetOf(env, String(id));
  const entry = driveEntry(env, String(id));
  if (!ss || (entry && entry.trashed)) {
    throw new Error(
      ss
        ? NOT_FOUND_MESSAGE
        : 'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  }
  return ss;
}

export function activeSpreadsheet(env: EmuEnv): FakeSpreadsheet | null {
  const ctx = env.context();
  if (!ctx || ctx.activeKind !== 'spreadsheet' || !ctx.activeId) return null;
  return spreadsheetOf(env, ctx.activeId);
}

export function createSpreadsheetApp(
  env: EmuEnv,
  getUi: () => GoogleAppsScript.Base.Ui,
): Pick<SpreadsheetAppT, SpreadsheetAppKeys> {
  const m = (method: string, cost?: {create?: boolean}) =>
    env.meter.call('SpreadsheetApp', method, cost);
  const active = (method: string): FakeSpreadsheet | null => {
    m(method);
    requireAuth(env, 'SpreadsheetApp', method, 'LIMITED');
    return activeSpreadsheet(env);
  };
  const app = {
    DataValidationCriteria: real<SpreadsheetAppT['DataValidationCriteria']>(
      DATA_VALIDATION_CRITERIA,
    ),
    ProtectionType: real<SpreadsheetAppT['ProtectionType']>(
      enumOf('RANGE', 'SHEET'),
    ),
    WrapStrategy: real<SpreadsheetAppT['WrapStrategy']>(
      enumOf('WRAP', 'OVERFLOW', 'CLIP'),
    ),
    BorderStyle: real<SpreadsheetAppT['BorderStyle']>(
      enumOf(
        'DOTTED',
        'DASHED',
        'SOLID',
        'SOLID_MEDIUM',
        'SOLID_THICK',
        'DOUBLE',
      ),
    ),
    Dimension: real<SpreadsheetAppT['Dimension']>(enumOf('COLUMNS', 'ROWS')),
    BooleanCriteria: real<SpreadsheetAppT['BooleanCriteria']>(
      enumOf(
        'CELL_EMPTY',
        'CELL_NOT_EMPTY',
        'DATE_AFTER',
        'DATE_BEFORE',
        'CUSTOM_FORMULA',
        'NUMBER_BETWEEN',
        'NUMBER_EQUAL_TO',
        'NUMBER_GREATER_THAN',
        'NUMBER_GREATER_THAN_OR_EQUAL_TO',
        'NUMBER_LESS_THAN',
        'NUMBER_LESS_THAN_OR_EQUAL_TO',
        'TEXT_CONTAINS',
        'TEXT_EQUAL_TO',
      ),
    ),
    getActive(): Spreadsheet {
      return real(active('getActive'));
    },
    getActiveSpreadsheet(): Spreadsheet {
      return real(active('getActiveSpreadsheet'));
    },
    getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
      const ss = active('getActiveSheet');
      return real(ss ? (ss.activeSheet ?? ss.sheets[0]) : null);
    },
    setActiveSheet(
      sheet: GoogleAppsScript.Spreadsheet.Sheet,
    ): GoogleAppsScript.Spreadsheet.Sheet {
      m('setActiveSheet');
      const s = sheet as unknown as FakeSheet;
      s.parent.activeSheet = s;
      return sheet;
    },
    getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
      const ss = active('getActiveRange');
      const s = ss ? (ss.activeSheet ?? ss.sheets[0]) : null;
      return real(s ? new FakeRange(s, 1, 1, 1, 1) : null);
    },
    getUi(): GoogleAppsScript.Base.Ui {
      m('getUi');
      const ctx = env.context();
      if (ctx && ctx.activeKind !== 'spreadsheet') {
        throw new Error(
          'Cannot call SpreadsheetApp.getUi() from this context.',
        );
      }
      return getUi();
    },
    openById(id: string): Spreadsheet {
      m('openById');
      requireAuth(env, 'SpreadsheetApp', 'openById', 'FULL');
      return real(reachable(env, id));
    },
    openByUrl(url: string): Spreadsheet {
      m('openByUrl');
      requireAuth(env, 'SpreadsheetApp', 'openByUrl', 'FULL');
      const id = /\/d\/([^/]+)/.exec(String(url))?.[1];
      if (!id) throw new Error('Invalid argument: url');
      return real(reachable(env, id));
    },
    create(name: string, rows?: number, columns?: number): Spreadsheet {
      m('create', {create: true});
      requireAuth(env, 'SpreadsheetApp', 'create', 'FULL');
      return real(
        newSpreadsheet(env, String(name), rows ?? 1000, columns ?? 26),
      );
    },
    flush(): void {
      m('flush');
    },
    newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
      m('newDataValidation');
      return real(
        new FakeDataValidationBuilder(
          activeSpreadsheet(env) ?? anySpreadsheet(env),
        ),
      );
    },
    newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
      m('newConditionalFormatRule');
      return real(
        new FakeConditionalFormatRuleBuilder(
          activeSpreadsheet(env) ?? anySpreadsheet(env),
        ),
      );
    },
  };
  return app;
}

/** Builders need a spreadsheet only to reach the env's meter. */
function anySpreadsheet(env: EmuEnv): FakeSpreadsheet {
  for (const v of env.spreadsheets.values())
    if (v instanceof FakeSpreadsheet) return v;
  return newDetached(env);
}

let detached: FakeSpreadsheet | null = null;
function newDetached(env: EmuEnv): FakeSpreadsheet {
  if (!detached || detached.env !== env)
    detached = new FakeSpreadsheet(env, 'detached', 'detached', 1, 1);
  return detached;
}

/** Response sheet name by locale. */
export function responseSheetName(locale: 'fr' | 'en', n: number): string {
  return locale === 'fr'
    ? `Réponses au formulaire ${n}`
    : `Form Responses ${n}`;
}

export function createSheetsBridge(env: EmuEnv): SheetsBridge {
  const sheet = (spreadsheetId: string, sheetName: string): FakeSheet => {
    const ss = spreadsheetOf(env, spreadsheetId);
    const s = ss?.sheetByName(sheetName);
    if (!s)
      throw new Error(
        `No sheet "${sheetName}" in spreadsheet ${spreadsheetId}`,
      );
    return s;
  };
  const writeHeaders = (s: FakeSheet, headers: string[]) => {
    s.ensureSize(1, headers.length);
    new FakeRange(s, 1, 1, 1, headers.length).writeValues(
      [headers],
      false,
      'raw',
    );
  };
  return {
    getSpreadsheet: id => spreadsheetOf(env, id),
    addResponseSheet(spreadsheetId, formId, formUrl, headers) {
      const ss = spreadsheetOf(env, spreadsheetId);
      if (!ss) throw new Error(NOT_FOUND_MESSAGE);
      let n = 1;
      while (ss.sheetByName(responseSheetName(ss.locale, n))) n += 1;
      const name = responseSheetName(ss.locale, n);
      const s = ss.addSheet(name, 0, 1000, Math.max(headers.length, 1));
      s.formUrl = formUrl;
      s.formId = formId;
      s.frozenRows = 1;
      writeHeaders(s, headers);
      return name;
    },
    appendResponseRow(spreadsheetId, sheetName, row) {
      const s = sheet(spreadsheetId, sheetName);
      const at = s.extent().row + 1;
      s.ensureSize(at, row.length);
      new FakeRange(s, at, 1, 1, Math.max(row.length, 1)).writeValues(
        [row.length ? row : ['']],
        false,
        'raw',
      );
      return at;
    },
    setHeaders(spreadsheetId, sheetName, headers) {
      writeHeaders(sheet(spreadsheetId, sheetName), headers);
    },
    unlinkForm(spreadsheetId, formId) {
      const ss = spreadsheetOf(env, spreadsheetId);
      for (const s of ss?.sheets ?? []) {
        if (s.formId === formId) {
          s.formId = null;
          s.formUrl = null;
        }
      }
    },
  };
}
