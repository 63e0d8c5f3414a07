/** The offline Workspace emulator (see API.md and README.md). */
export {UiRecorder} from './base/ui';
export type {ButtonName, ShownAlert, ShownPage} from './base/ui';
export {formatJavaDate} from './core/datetime';
export * from './core/env';
export * from './core/meter';
export {FakeDocument} from './document';
export {FakeForm} from './forms/form';
export {LOCK_TIMEOUT_MESSAGE} from './lock/lock-service';
export type {FakeTriggerRecord} from './script/trigger';
export type {SheetsBridge} from './spreadsheet/bridge';
export {dumpSpreadsheet} from './spreadsheet/dump';
export type {SheetDump, SpreadsheetDump} from './spreadsheet/dump';
export {FakeRange} from './spreadsheet/range';
export {FakeSheet} from './spreadsheet/sheet';
export {FakeSpreadsheet} from './spreadsheet/spreadsheet';
export {formatString, parseCsv} from './utilities/utilities';
export type {
  FailSpec,
  RunKind,
  RunOptions,
  RunResult,
  RunSpec,
  Target,
  WorkspaceDump,
  WorkspaceOptions,
} from './workspace/types';
export {Workspace} from './workspace/workspace';
