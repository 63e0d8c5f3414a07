/**
 * The Workspace's options, run specifications and results (API.md).
 */
import type {AccountType, AuthModeName, Locale, SentMail} from '../core/env';
import type {CallCounts} from '../core/meter';
import type {documentTree, FakeDocument} from '../document';
import type {driveDump} from '../drive/registry';
import type {formDump} from '../forms/dump';
import type {FakeForm} from '../forms/form';
import type {TriggerView} from '../render/triggers';
import type {SpreadsheetDump} from '../spreadsheet/dump';
import type {FakeSpreadsheet} from '../spreadsheet/spreadsheet';

export interface WorkspaceOptions {
  /** Virtual clock start (default: real now). */
  now?: Date;
  /** Locale of new spreadsheets and forms. */
  locale?: Locale;
  /** The active user. */
  user?: string;
  accountType?: AccountType;
  /** Where Code.js and the HTML files are (default <repo>/dist). */
  distDir?: string;
  timeZone?: string;
  /**
   * Language of month and day names in Utilities.formatDate. Google's
   * servers format in English whatever the user's language: default 'en'.
   */
  formatDateLocale?: Locale;
  /** Caption of createAddonMenu() menus (Extensions › name). */
  addonName?: string;
  /**
   * 'bound' (default): a script bound to a document, as the README deploys
   * the add-on (everyMinutes(n) fires every n minutes); 'addon': an editor
   * add-on (time-driven triggers at most once an hour).
   */
  projectType?: 'bound' | 'addon';
}

export interface RunResult {
  fn: string;
  user: string;
  value: unknown;
  error: Error | null;
  counts: CallCounts;
  /** Predicted Apps Script seconds, pessimistic bound (core/meter.ts, docs/latency-model.md). */
  predictedSeconds: number;
  /** The same, optimistic bound. */
  optimisticSeconds: number;
  /** What started it: 'run' | 'open' | 'menu' | 'server' | 'trigger' | 'edit'. */
  kind: RunKind;
  /** Trigger runs: the trigger's unique id. */
  triggerUid?: string;
}

export type RunKind =
  'run' | 'open' | 'menu' | 'server' | 'trigger' | 'edit' | 'submit';
export type Target =
  FakeSpreadsheet | FakeForm | FakeDocument | {getId(): string} | string | null;

export interface RunOptions {
  user?: string;
  event?: unknown;
  authMode?: AuthModeName;
}

export interface RunSpec extends RunOptions {
  target: Target;
  fn: string;
  args?: unknown[];
  kind?: RunKind;
}

export interface FailSpec {
  fn?: string;
  /** 1-based index of the (matching) service call that fails. */
  callIndex?: number;
  service?: string;
  method?: string;
  error?: Error;
}

export interface WorkspaceDump {
  now: string;
  spreadsheets: SpreadsheetDump[];
  forms: ReturnType<typeof formDump>[];
  documents: ReturnType<typeof documentTree>[];
  files: ReturnType<typeof driveDump>;
  mails: SentMail[];
  triggers: TriggerView[];
}
