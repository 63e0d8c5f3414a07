/** The offline Workspace emulator (see API.md and README.md). */
export * from './core';
export * from './env';
export {Workspace} from './workspace';
export type {
  RunResult,
  RunSpec,
  RunOptions,
  FailSpec,
  Target,
  WorkspaceDump,
  WorkspaceOptions,
  RunKind,
} from './workspace';
export {FakeSpreadsheet} from './spreadsheet/spreadsheet';
export {FakeSheet} from './spreadsheet/sheet';
export {FakeRange} from './spreadsheet/range';
export type {SheetsBridge} from './spreadsheet/bridge';
export {dumpSpreadsheet} from './spreadsheet/dump';
export type {SpreadsheetDump, SheetDump} from './spreadsheet/dump';
export {UiRecorder} from './ui';
export type {ShownPage, ShownAlert, ButtonName} from './ui';
export type {FakeTriggerRecord} from './script';
export {parseCsv, formatString, LOCK_TIMEOUT_MESSAGE} from './services';
export {formatJavaDate} from './datetime';
export {FakeForm} from './forms';
export {FakeDocument} from './docs';
