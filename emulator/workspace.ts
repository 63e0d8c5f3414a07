/**
 * The Workspace: one emulated Google account's worth of artefacts (drive,
 * spreadsheets, forms, documents, mails, triggers, properties) plus the
 * driver that runs the built add-on against them, one Apps Script execution
 * at a time (see API.md and README.md).
 */
import * as path from 'node:path';
import {
  CallCounts,
  Clock,
  emptyCounts,
  EXECUTION_LIMIT_MS,
  Execution,
  Meter,
} from './core';
import {createDocumentApp, documentTree, FakeDocument} from './docs';
import {createDriveApp, driveDump, DriveEntry} from './drive';
import type {
  AccountType,
  AuthModeName,
  EmuEnv,
  ExecutionContext,
  Locale,
  SentMail,
} from './env';
import {IdGenerator} from './env';
import {createFormApp, FakeForm, formDump, submitFormResponse} from './forms';
import {createHtmlService} from './html';
import {createMailApp} from './mail';
import {
  ArtefactsDump,
  renderDocumentHtml,
  renderFormHtml,
  renderMailHtml,
  renderSpreadsheetHtml,
  TriggerView,
  writeArtefacts,
} from './render';
import {
  clockDate,
  loadBundle,
  newBundleContext,
  serverTransfer,
  topLevelFunctions,
} from './runtime';
import {
  clockEvent,
  createScriptApp,
  FakeTriggerRecord,
  nextDue,
  TriggerStore,
} from './script';
import {
  CacheStores,
  createCacheService,
  createConsole,
  createLockService,
  createLogger,
  createPropertiesService,
  createSession,
  createUtilities,
  LockTable,
  LogLine,
  PropertyStores,
} from './services';
import {
  createSheetsBridge,
  createSpreadsheetApp,
  newSpreadsheet,
  spreadsheetOf,
} from './spreadsheet/app';
import type {SheetsBridge} from './spreadsheet/bridge';
import {dumpSpreadsheet, SpreadsheetDump} from './spreadsheet/dump';
import {displayValue} from './spreadsheet/format';
import {FakeRange, toStored} from './spreadsheet/range';
import {FakeSpreadsheet} from './spreadsheet/spreadsheet';
import {createUi, UiRecorder} from './ui';

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
}

export interface RunResult {
  fn: string;
  user: string;
  value: unknown;
  error: Error | null;
  counts: CallCounts;
  predictedSeconds: number;
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

/** Thrown inside an execution that must wait for a lock (ws.interleave 'wait'). */
class SuspendSignal extends Error {
  constructor() {
    super('Emulator: execution suspended at a lock held by another execution');
  }
}

interface Frame {
  ex: Execution;
  ctx: ExecutionContext;
  kind: RunKind;
  vm: Record<string, unknown> | null;
  suspended: boolean;
  uiAllowed: boolean;
}

const REPO = path.resolve(__dirname, '..');
/** Simple triggers (onOpen, onEdit) have 30 seconds, not 6 minutes. */
const SIMPLE_TRIGGER_LIMIT_MS = 30000;

function toHostError(e: unknown): Error {
  if (e instanceof Error && Object.getPrototypeOf(e) !== null) {
    return e;
  }
  const o = e as {name?: unknown; message?: unknown; stack?: unknown} | null;
  const err = new Error(
    o && typeof o === 'object' && 'message' in o
      ? String(o.message)
      : String(e),
  );
  if (o && typeof o === 'object' && typeof o.name === 'string')
    err.name = o.name;
  if (o && typeof o === 'object' && typeof o.stack === 'string')
    err.stack = o.stack;
  return err;
}

export class Workspace {
  readonly clock: Clock;
  readonly meter = new Meter();
  readonly env: EmuEnv;
  readonly ui = new UiRecorder();
  readonly properties = new PropertyStores();
  readonly caches = new CacheStores();
  readonly locks = new LockTable();
  readonly triggerStore = new TriggerStore();
  readonly logs: LogLine[] = [];
  /** Every execution's result, in order (including trigger runs). */
  readonly runs: RunResult[] = [];
  readonly user: string;
  readonly bridge: SheetsBridge;
  /** Execution limit, in predicted milliseconds. */
  timeLimitMs = EXECUTION_LIMIT_MS;
  private readonly frames: Frame[] = [];
  private readonly globals: Record<string, unknown>;
  private execSeq = 0;
  private faults: FailSpec[] = [];
  private contention: 'wait' | 'fail' = 'fail';
  private pendingScriptSubmits: ReturnType<typeof submitFormResponse>[] = [];
  private readonly formatDateLocale: Locale;

  constructor(options: WorkspaceOptions = {}) {
    this.clock = new Clock((options.now ?? new Date()).getTime());
    this.user = options.user ?? 'coordination@territoire-de-sciences.fr';
    this.formatDateLocale = options.formatDateLocale ?? 'en';
    const frames = this.frames;
    const env: EmuEnv = {
      clock: this.clock,
      meter: this.meter,
      ids: new IdGenerator(),
      locale: options.locale ?? 'fr',
      timeZone: options.timeZone ?? 'Europe/Paris',
      accountType: options.accountType ?? 'consumer',
      distDir: options.distDir ?? path.join(REPO, 'dist'),
      context: () => frames[frames.length - 1]?.ctx ?? null,
      spreadsheets: new Map(),
      forms: new Map(),
      documents: new Map(),
      files: new Map(),
      mails: [],
      callTopLevel: (fn, args) => this.callTopLevel(fn, args),
    };
    this.env = env;
    this.bridge = createSheetsBridge(env);
    const addonName = options.addonName ?? 'Territoire de sciences';
    const ui = createUi(
      env,
      this.ui,
      addonName,
    ) as unknown as GoogleAppsScript.Base.Ui;
    const uiFor = (service: string) => () => {
      const f = frames[frames.length - 1];
      if (f && !f.uiAllowed)
        throw new Error(`Cannot call ${service}.getUi() from this context.`);
      return ui;
    };
    const lockPolicy = {
      currentExecution: () => frames[frames.length - 1]?.ex.id ?? 0,
      onContention: (): 'fail' => {
        const f = frames[frames.length - 1];
        if (this.contention === 'wait' && f && frames.length > 1) {
          f.suspended = true;
          throw new SuspendSignal();
        }
        return 'fail';
      },
    };
    const formApp = createFormApp(env, this.bridge, uiFor('FormApp'), {
      onScriptSubmit: r => this.pendingScriptSubmits.push(r),
    });
    this.globals = {
      SpreadsheetApp: createSpreadsheetApp(env, uiFor('SpreadsheetApp')),
      FormApp: formApp,
      DocumentApp: createDocumentApp(env),
      DriveApp: createDriveApp(env),
      MailApp: createMailApp(env),
      ScriptApp: createScriptApp(env, {
        store: this.triggerStore,
        scriptId: 'script-territoire-de-sciences',
        exists: (kind, id) =>
          kind === 'spreadsheet'
            ? env.spreadsheets.has(id)
            : kind === 'form'
              ? env.forms.has(id)
              : env.documents.has(id),
      }),
      PropertiesService: createPropertiesService(env, this.properties),
      LockService: createLockService(env, this.locks, lockPolicy),
      CacheService: createCacheService(env, this.caches),
      Utilities: createUtilities(env, {
        formatDateLocale: () => this.formatDateLocale,
      }),
      Session: createSession(env),
      HtmlService: createHtmlService(
        env,
        () => frames[frames.length - 1]?.vm ?? {},
      ),
      Logger: createLogger(env, this.logs),
      console: createConsole(env, this.logs),
      Charts: {
        ChartType: Object.fromEntries(
          [
            'AREA',
            'BAR',
            'COLUMN',
            'LINE',
            'PIE',
            'SCATTER',
            'TABLE',
            'COMBO',
            'HISTOGRAM',
            'BUBBLE',
            'CANDLESTICK',
            'GEO',
            'ORG',
            'SPARKLINE',
            'STEPPED_AREA',
            'TIMELINE',
            'TREEMAP',
          ].map(n => [n, n]),
        ),
        Position: {
          TOP: 'TOP',
          BOTTOM: 'BOTTOM',
          RIGHT: 'RIGHT',
          NONE: 'NONE',
          LEFT: 'LEFT',
          IN: 'IN',
        },
        ChartMergeStrategy: {
          MERGE_COLUMNS: 'MERGE_COLUMNS',
          MERGE_ROWS: 'MERGE_ROWS',
        },
        ChartHiddenDimensionStrategy: {
          IGNORE_BOTH: 'IGNORE_BOTH',
          IGNORE_ROWS: 'IGNORE_ROWS',
          IGNORE_COLUMNS: 'IGNORE_COLUMNS',
          SHOW_BOTH: 'SHOW_BOTH',
        },
      },
      Date: clockDate(this.clock),
    };
  }

  // ------------------------------------------------------------ artefacts

  get spreadsheets(): FakeSpreadsheet[] {
    return [...this.env.spreadsheets.values()].filter(
      (v): v is FakeSpreadsheet => v instanceof FakeSpreadsheet,
    );
  }
  get forms(): FakeForm[] {
    return [...this.env.forms.values()].filter(
      (v): v is FakeForm => v instanceof FakeForm,
    );
  }
  get documents(): FakeDocument[] {
    return [...this.env.documents.values()].filter(
      (v): v is FakeDocument => v instanceof FakeDocument,
    );
  }
  get files(): DriveEntry[] {
    return [...this.env.files.values()].filter(
      (v): v is DriveEntry => v instanceof DriveEntry,
    );
  }
  get mails(): SentMail[] {
    return this.env.mails;
  }
  get triggers(): FakeTriggerRecord[] {
    return this.triggerStore.triggers;
  }
  /** The service globals (for tests that call a service directly, outside a run). */
  get services(): Readonly<Record<string, unknown>> {
    return this.globals;
  }

  /** Runs `fn` as the workspace user outside any execution (no per-run counts). */
  private asHost<T>(fn: () => T, activeId: string | null = null): T {
    const ex = new Execution(
      0,
      '(host)',
      this.user,
      'FULL',
      this.clock,
      Number.POSITIVE_INFINITY,
    );
    this.frames.push({
      ex,
      ctx: {
        activeId,
        activeKind: null,
        user: this.user,
        authMode: 'FULL',
        fn: '(host)',
      },
      kind: 'run',
      vm: null,
      suspended: false,
      uiAllowed: true,
    });
    try {
      return fn();
    } finally {
      this.frames.pop();
    }
  }

  createSpreadsheet(
    name: string,
    options: {rows?: number; columns?: number} = {},
  ): FakeSpreadsheet {
    return this.asHost(() =>
      newSpreadsheet(this.env, name, options.rows, options.columns),
    );
  }
  createForm(title: string): FakeForm {
    const app = this.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    return this.asHost(() => app.create(title) as unknown as FakeForm);
  }
  createDocument(name: string): FakeDocument {
    const app = this.globals
      .DocumentApp as GoogleAppsScript.Document.DocumentApp;
    return this.asHost(() => app.create(name) as unknown as FakeDocument);
  }
  /** A spreadsheet by id (null if none). */
  spreadsheet(id: string): FakeSpreadsheet | null {
    return spreadsheetOf(this.env, id);
  }

  // ------------------------------------------------------------ execution

  private resolveTarget(target: Target): {
    activeId: string | null;
    activeKind: ExecutionContext['activeKind'];
  } {
    if (target === null || target === undefined)
      return {activeId: null, activeKind: null};
    const id =
      typeof target === 'string'
        ? target
        : ((target as {id?: string}).id ??
          (target as {getId(): string}).getId());
    if (this.env.spreadsheets.has(id))
      return {activeId: id, activeKind: 'spreadsheet'};
    if (this.env.forms.has(id)) return {activeId: id, activeKind: 'form'};
    if (this.env.documents.has(id))
      return {activeId: id, activeKind: 'document'};
    throw new Error(`Emulator: no spreadsheet, form or document with id ${id}`);
  }

  private callTopLevel(fn: string, args: unknown[]): unknown {
    const vmctx = this.frames[this.frames.length - 1]?.vm;
    const f = vmctx?.[fn];
    if (typeof f !== 'function')
      throw new ReferenceError(`${fn} is not defined`);
    return (f as (...a: unknown[]) => unknown)(...args);
  }

  /** One Apps Script execution. */
  private execute(
    spec: RunSpec,
    extra: {
      limitMs?: number;
      triggerUid?: string;
      onCall?: (ex: Execution) => void;
    } = {},
  ): RunResult & {suspended: boolean} {
    const kind = spec.kind ?? 'run';
    const user = spec.user ?? this.user;
    const authMode = spec.authMode ?? 'FULL';
    const {activeId, activeKind} = this.resolveTarget(spec.target);
    this.execSeq += 1;
    const ex = new Execution(
      this.execSeq,
      spec.fn,
      user,
      authMode,
      this.clock,
      extra.limitMs ?? this.timeLimitMs,
    );
    const frame: Frame = {
      ex,
      ctx: {activeId, activeKind, user, authMode, fn: spec.fn},
      kind,
      vm: null,
      suspended: false,
      uiAllowed: kind !== 'trigger',
    };
    const faults = this.faults.filter(
      f => f.fn === undefined || f.fn === spec.fn,
    );
    const matching = new Map<FailSpec, number>();
    ex.beforeCall = (service, method) => {
      if (frame.suspended) throw new SuspendSignal();
      for (const f of faults) {
        if (!this.faults.includes(f)) continue;
        if (f.service !== undefined && f.service !== service) continue;
        if (f.method !== undefined && f.method !== method) continue;
        const n = (matching.get(f) ?? 0) + 1;
        matching.set(f, n);
        if (f.callIndex === undefined || f.callIndex === n) {
          this.faults = this.faults.filter(x => x !== f);
          const s =
            service.startsWith('Spreadsheet') ||
            service === 'Sheet' ||
            service === 'Range'
              ? 'Spreadsheets'
              : service;
          throw f.error ?? new Error(`Service error: ${s}`);
        }
      }
      extra.onCall?.(ex);
    };
    const previous = this.meter.current;
    this.frames.push(frame);
    this.meter.current = ex;
    let value: unknown;
    let error: Error | null = null;
    try {
      const vmctx = newBundleContext(
        loadBundle(this.env.distDir),
        this.globals,
      );
      frame.vm = vmctx;
      const f = vmctx[spec.fn];
      if (typeof f !== 'function')
        throw new Error(`Script function not found: ${spec.fn}`);
      const args = spec.args ?? (spec.event !== undefined ? [spec.event] : []);
      value = (f as (...a: unknown[]) => unknown)(...args);
    } catch (e) {
      error = toHostError(e);
    } finally {
      this.locks.releaseAll(ex.id);
      this.frames.pop();
      this.meter.current = previous;
    }
    const result: RunResult & {suspended: boolean} = {
      fn: spec.fn,
      user,
      value,
      error: frame.suspended ? new SuspendSignal() : error,
      counts: ex.counts,
      predictedSeconds: ex.predictedSeconds(),
      kind,
      suspended: frame.suspended,
    };
    if (extra.triggerUid) result.triggerUid = extra.triggerUid;
    if (!frame.suspended) this.runs.push(result);
    if (this.frames.length === 0) this.flushScriptSubmits();
    return result;
  }

  private strip(r: RunResult & {suspended?: boolean}): RunResult {
    const {suspended: _s, ...rest} = r;
    void _s;
    return rest;
  }

  /** Runs any top-level function (authMode FULL unless told). */
  run(
    target: Target,
    fn: string,
    args: unknown[] = [],
    opts: RunOptions = {},
  ): RunResult {
    return this.strip(
      this.execute({
        target,
        fn,
        args: opts.event !== undefined && !args.length ? undefined : args,
        ...opts,
        kind: 'run',
      }),
    );
  }

  /** Opens a document: fires the simple trigger onOpen(e) (menus are rebuilt). */
  open(
    target: Target,
    opts: {authMode?: AuthModeName; user?: string} = {},
  ): RunResult {
    const {activeId} = this.resolveTarget(target);
    if (activeId) this.ui.menus.delete(activeId);
    const authMode = opts.authMode ?? 'FULL';
    const user = opts.user ?? this.user;
    const source = this.artefact(activeId);
    const event: Record<string, unknown> = {authMode, source};
    if (authMode !== 'NONE')
      event.user = {
        getEmail: () => user,
        nickname: user.split('@')[0],
        email: user,
      };
    const result = this.strip(
      this.execute(
        {target, fn: 'onOpen', event, user, authMode, kind: 'open'},
        {limitMs: Math.min(this.timeLimitMs, SIMPLE_TRIGGER_LIMIT_MS)},
      ),
    );
    // Installable open triggers run too (their results are in ws.runs).
    for (const t of this.triggers.filter(
      x => x.type === 'ON_OPEN' && x.sourceId === activeId,
    )) {
      this.fire(t, target, {authMode: 'FULL', source, triggerUid: t.uid});
    }
    return result;
  }

  private artefact(id: string | null): unknown {
    if (!id) return null;
    return (
      this.env.spreadsheets.get(id) ??
      this.env.forms.get(id) ??
      this.env.documents.get(id) ??
      null
    );
  }

  /** The menu built by the last onOpen on target: its items, flattened. */
  menu(target: Target): {label: string; fn: string}[] {
    const {activeId} = this.resolveTarget(target);
    return (this.ui.menus.get(activeId ?? '') ?? []).map(e => ({
      label: e.label,
      fn: e.fn,
    }));
  }

  /** Clicks a menu item by its label (throws if there is no such item). */
  clickMenu(
    target: Target,
    label: string,
    opts: {user?: string} = {},
  ): RunResult {
    const item = this.menu(target).find(i => i.label === label);
    if (!item) {
      const labels = this.menu(target)
        .map(i => `"${i.label}"`)
        .join(', ');
      throw new Error(
        `Emulator: no menu item "${label}" (menu: ${labels || 'none — open the document first'})`,
      );
    }
    return this.strip(
      this.execute({
        target,
        fn: item.fn,
        args: [],
        user: opts.user,
        kind: 'menu',
      }),
    );
  }

  /** google.script.run.fn(...args) from a page shown on target. */
  callServer(
    target: Target,
    fn: string,
    args: unknown[] = [],
    opts: {user?: string} = {},
  ): RunResult {
    if (fn.endsWith('_')) {
      throw new Error(
        `Emulator: ${fn} is private (ends with "_"): google.script.run cannot call it`,
      );
    }
    const r = this.execute({
      target,
      fn,
      args: serverTransfer(args, 'in') as unknown[],
      user: opts.user,
      kind: 'server',
    });
    return this.strip({
      ...r,
      value: r.error ? undefined : serverTransfer(r.value, 'out'),
    });
  }

  /** The user types `value` in a cell: sets it and fires the simple onEdit(e) and installable edit triggers. */
  edit(
    ss: FakeSpreadsheet,
    sheetName: string,
    a1: string,
    value: unknown,
    opts: {user?: string} = {},
  ): RunResult[] {
    const sheet = ss.sheetByName(sheetName);
    if (!sheet)
      throw new Error(`Emulator: no sheet "${sheetName}" in ${ss.name}`);
    const range = sheet.rangeA1(a1);
    const old = range.cellValue(range.row - 1, range.column - 1);
    const rule = sheet.validations.get(range.row - 1, range.column - 1);
    if (rule && !rule.accepts(toStored(value).value ?? '')) {
      throw new Error(
        `Emulator: the sheet rejects "${String(value)}" in ${a1} (data validation)`,
      );
    }
    range.writeValues(
      new Array(range.numRows).fill(new Array(range.numColumns).fill(value)),
      false,
    );
    const user = opts.user ?? this.user;
    const event = (uid?: string): Record<string, unknown> => {
      const e: Record<string, unknown> = {
        authMode: uid ? 'FULL' : 'LIMITED',
        range,
        source: ss,
        user: {getEmail: () => user, email: user, nickname: user.split('@')[0]},
      };
      if (range.numRows === 1 && range.numColumns === 1) {
        e.value = value;
        if (old !== '') e.oldValue = old;
      }
      if (uid) e.triggerUid = uid;
      return e;
    };
    const results: RunResult[] = [];
    if (this.hasTopLevel('onEdit')) {
      results.push(
        this.strip(
          this.execute(
            {
              target: ss,
              fn: 'onEdit',
              event: event(),
              user,
              authMode: 'LIMITED',
              kind: 'edit',
            },
            {limitMs: Math.min(this.timeLimitMs, SIMPLE_TRIGGER_LIMIT_MS)},
          ),
        ),
      );
    }
    for (const t of this.triggers.filter(
      x => x.type === 'ON_EDIT' && x.sourceId === ss.id,
    )) {
      results.push(this.fire(t, ss, event(t.uid)));
    }
    return results;
  }

  private hasTopLevel(fn: string): boolean {
    return topLevelFunctions(loadBundle(this.env.distDir)).has(fn);
  }

  private fire(
    t: FakeTriggerRecord,
    target: Target,
    event: unknown,
  ): RunResult {
    return this.strip(
      this.execute(
        {
          target,
          fn: t.handler,
          event,
          user: t.owner,
          authMode: 'FULL',
          kind: 'trigger',
        },
        {triggerUid: t.uid},
      ),
    );
  }

  // ------------------------------------------------------------ time

  /** Moves time forward by ms, firing each due time-driven trigger. */
  advanceClock(ms: number): RunResult[] {
    return this.advanceTo(new Date(this.clock.nowMillis() + ms));
  }

  /** Moves time to `date`, firing due time-driven triggers in time order. */
  advanceTo(date: Date): RunResult[] {
    const end = date.getTime();
    const results: RunResult[] = [];
    for (let guard = 0; guard < 100000; guard += 1) {
      let next: FakeTriggerRecord | null = null;
      for (const t of this.triggers) {
        if (
          t.type !== 'CLOCK' ||
          t.spent ||
          t.nextDueMs === null ||
          t.nextDueMs > end
        )
          continue;
        if (!next || t.nextDueMs < next.nextDueMs!) next = t;
      }
      if (!next) break;
      const at = Math.max(next.nextDueMs!, this.clock.nowMillis());
      this.clock.set(new Date(at));
      next.lastFiredMs = at;
      if (next.schedule?.kind === 'at') {
        next.spent = true;
        next.nextDueMs = null;
      } else if (next.schedule) {
        next.nextDueMs = nextDue(next.schedule, at, at);
      }
      const target =
        next.docId && this.artefact(next.docId) ? next.docId : null;
      results.push(this.fire(next, target, clockEvent(next.uid, at)));
    }
    if (end > this.clock.nowMillis()) this.clock.set(new Date(end));
    return results;
  }

  // ------------------------------------------------------------ forms

  /**
   * A respondent submits `form`: records the response, appends the row to the
   * destination sheet, then fires the form's and the spreadsheet's
   * onFormSubmit triggers with Google's event objects.
   */
  submitForm(
    form: FakeForm,
    answers: Record<string, string | string[] | number | string[][]>,
    opts: {at?: Date; user?: string} = {},
  ): RunResult[] {
    if (opts.at && opts.at.getTime() > this.clock.nowMillis())
      this.clock.set(opts.at);
    const result = submitFormResponse(this.env, this.bridge, form.id, answers, {
      at: opts.at,
      email: opts.user,
    });
    return this.fireSubmitTriggers(result);
  }

  private fireSubmitTriggers(
    result: ReturnType<typeof submitFormResponse>,
  ): RunResult[] {
    const results: RunResult[] = [];
    const form = this.env.forms.get(result.formId);
    for (const t of this.triggers.filter(
      x =>
        x.type === 'ON_FORM_SUBMIT' &&
        x.source === 'FORMS' &&
        x.sourceId === result.formId,
    )) {
      results.push(
        this.fire(t, result.formId, {
          authMode: 'FULL',
          source: form,
          response: result.response,
          triggerUid: t.uid,
        }),
      );
    }
    const row = result.sheetRow;
    if (row) {
      const ss = spreadsheetOf(this.env, row.spreadsheetId);
      const sheet = ss?.sheetByName(row.sheetName);
      if (ss && sheet) {
        const width = Math.max(row.values.length, 1);
        const range = new FakeRange(sheet, row.row, 1, 1, width);
        const headers = sheet.values[0] ?? [];
        const values = row.values.map((_, j) =>
          displayValue(
            range.cellValue(row.row - 1, j),
            sheet.formats.numberFormat.get(row.row - 1, j) as
              string | undefined,
            ss.timeZone,
            ss.locale,
          ),
        );
        for (const t of this.triggers.filter(
          x =>
            x.type === 'ON_FORM_SUBMIT' &&
            x.source === 'SPREADSHEETS' &&
            x.sourceId === ss.id,
        )) {
          const namedValues: Record<string, string[]> = {};
          values.forEach((v, j) => {
            const h = String(headers[j] ?? '');
            (namedValues[h] ??= []).push(v);
          });
          results.push(
            this.fire(t, ss.id, {
              authMode: 'FULL',
              values: [...values],
              namedValues,
              range,
              source: ss,
              triggerUid: t.uid,
            }),
          );
        }
      }
    }
    return results;
  }

  private flushScriptSubmits(): void {
    while (this.pendingScriptSubmits.length) {
      const r = this.pendingScriptSubmits.shift()!;
      this.fireSubmitTriggers(r);
    }
  }

  // ------------------------------------------------------------ faults

  /** The next run matching `spec` throws at that call. */
  failAt(spec: FailSpec): void {
    this.faults.push(spec);
  }

  /**
   * Starts `first`; at its atCall-th service call runs `second` to its end
   * (or to a lock `first` holds: 'fail' → tryLock false / waitLock throws;
   * 'wait' → `second` is suspended and re-run from the start once `first`
   * has finished).
   */
  interleave(
    first: RunSpec,
    second: RunSpec,
    opts: {atCall: number; contention?: 'wait' | 'fail'},
  ): [RunResult, RunResult] {
    let secondResult: (RunResult & {suspended: boolean}) | null = null;
    let started = false;
    const previous = this.contention;
    this.contention = opts.contention ?? 'wait';
    try {
      const firstResult = this.execute(first, {
        onCall: ex => {
          if (!started && ex.counts.calls >= opts.atCall) {
            started = true;
            secondResult = this.execute(second);
          }
        },
      });
      const s = secondResult as (RunResult & {suspended: boolean}) | null;
      if (!s || s.suspended) secondResult = this.execute(second);
      return [this.strip(firstResult), this.strip(secondResult!)];
    } finally {
      this.contention = previous;
    }
  }

  // ------------------------------------------------------------ showing

  private triggerViews(): TriggerView[] {
    return this.triggers.map(t => ({
      uid: t.uid,
      handler: t.handler,
      type: t.type,
      source: t.source,
      sourceId: t.sourceId,
      owner: t.owner,
      schedule: t.schedule,
      nextDueMs: t.nextDueMs,
      lastFiredMs: t.lastFiredMs,
      spent: t.spent,
    }));
  }

  dump(): WorkspaceDump {
    return {
      now: this.clock.now().toISOString(),
      spreadsheets: this.spreadsheets.map(dumpSpreadsheet),
      forms: this.forms.map(formDump),
      documents: this.documents.map(documentTree),
      files: driveDump(this.env),
      mails: [...this.env.mails],
      triggers: this.triggerViews(),
    };
  }

  /** Writes one standalone HTML page (and JSON) per artefact plus an index; returns the paths. */
  render(outDir: string): string[] {
    const d = this.dump();
    const artefacts: ArtefactsDump = {
      spreadsheets: d.spreadsheets,
      forms: d.forms,
      documents: d.documents,
      mails: d.mails,
      triggers: d.triggers,
      files: d.files,
    };
    return writeArtefacts(outDir, artefacts, {now: this.clock.now()});
  }
  renderSpreadsheet(ss: FakeSpreadsheet): string {
    return renderSpreadsheetHtml(dumpSpreadsheet(ss), {now: this.clock.now()});
  }
  renderDocument(doc: FakeDocument): string {
    return renderDocumentHtml(documentTree(doc));
  }
  renderForm(form: FakeForm): string {
    return renderFormHtml(formDump(form));
  }
  renderMail(mail: SentMail): string {
    return renderMailHtml(mail);
  }

  /** Total counts since creation (same object as meter.total). */
  get totalCounts(): CallCounts {
    return this.meter.total;
  }
}

export {emptyCounts};
