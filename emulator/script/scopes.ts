/**
 * Scopes of ScriptApp, its triggers and trigger builders: one row per method the add-on, the conformance cases or
 * the emulator's own tests call, with the scopes Google's reference page lists
 * under "Authorization" (any one is enough; none: no authorization needed)
 * and that page. How rows are read and checked: ../core/scopes.ts. Rows were
 * taken from Google's reference pages (as of 2025-11); the scope-table test
 * keeps them in step with an independent copy of those pages.
 */
import {rowsOf, SCOPE, type ScopeTable} from '../core/scopes';

export const SCRIPT_SCOPES: ScopeTable = {
  ...rowsOf('ScriptApp', 'script/script-app', [SCOPE.scriptApp], {
    deleteTrigger: 'deleteTrigger(Trigger)',
    getProjectTriggers: 'getProjectTriggers()',
    getUserTriggers: 'getUserTriggers(Document)',
    newTrigger: 'newTrigger(String)',
  }),
  ...rowsOf('ScriptApp', 'script/script-app', [], {
    getAuthorizationInfo: 'getAuthorizationInfo(AuthMode)',
    getOAuthToken: 'getOAuthToken()',
    getScriptId: 'getScriptId()',
    getService: 'getService()',
  }),
  ...rowsOf('Trigger', 'script/trigger', [SCOPE.scriptApp], {
    getEventType: 'getEventType()',
    getHandlerFunction: 'getHandlerFunction()',
    getTriggerSource: 'getTriggerSource()',
    getTriggerSourceId: 'getTriggerSourceId()',
    getUniqueId: 'getUniqueId()',
  }),
  ...rowsOf(
    'TriggerBuilder',
    'script/trigger-builder',
    [SCOPE.documentsCurrent, SCOPE.documents],
    {
      forDocument: 'forDocument(Document)',
    },
  ),
  ...rowsOf(
    'TriggerBuilder',
    'script/trigger-builder',
    [SCOPE.formsCurrent, SCOPE.forms],
    {
      forForm: 'forForm(Form)',
    },
  ),
  ...rowsOf(
    'TriggerBuilder',
    'script/trigger-builder',
    [SCOPE.spreadsheetsCurrent, SCOPE.spreadsheets],
    {
      forSpreadsheet: 'forSpreadsheet(Spreadsheet)',
    },
  ),
  ...rowsOf('TriggerBuilder', 'script/trigger-builder', [SCOPE.scriptApp], {
    timeBased: 'timeBased()',
  }),
  ...rowsOf('ClockTriggerBuilder', 'script/clock-trigger-builder', [], {
    after: 'after(Integer)',
    at: 'at(Date)',
    atDate: 'atDate(Integer,Integer,Integer)',
    atHour: 'atHour(Integer)',
    create: 'create()',
    everyDays: 'everyDays(Integer)',
    everyHours: 'everyHours(Integer)',
    everyMinutes: 'everyMinutes(Integer)',
    everyWeeks: 'everyWeeks(Integer)',
    inTimezone: 'inTimezone(String)',
    nearMinute: 'nearMinute(Integer)',
    onMonthDay: 'onMonthDay(Integer)',
    onWeekDay: 'onWeekDay(Weekday)',
  }),
  ...rowsOf(
    'SpreadsheetTriggerBuilder',
    'script/spreadsheet-trigger-builder',
    [],
    {
      create: 'create()',
      onFormSubmit: 'onFormSubmit()',
      onChange: 'onChange()',
      onEdit: 'onEdit()',
      onOpen: 'onOpen()',
    },
  ),
  ...rowsOf('FormTriggerBuilder', 'script/form-trigger-builder', [], {
    create: 'create()',
    onFormSubmit: 'onFormSubmit()',
    onOpen: 'onOpen()',
  }),
  ...rowsOf('DocumentTriggerBuilder', 'script/document-trigger-builder', [], {
    create: 'create()',
    onOpen: 'onOpen()',
  }),
  ...rowsOf('TriggerBuilder', 'script/trigger-builder', [SCOPE.scriptApp], {
    create: 'create()',
  }),
};
