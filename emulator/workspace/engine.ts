/**
 * The Workspace's engine: its artefacts and registries, the service globals
 * handed to each run, and one Apps Script execution (a fresh vm context, the
 * meter, faults, locks released at the end). workspace.ts adds what a person
 * or Google does to start runs: open, menus, edits, form submissions, time.
 */
import * as path from 'node:path';
import {createConsole} from '../base/console';
import type {LogLine} from '../base/logger';
import {createLogger} from '../base/logger';
import {createSession} from '../base/session';
import {createUi, UiRecorder} from '../base/ui';
import {CacheStores, createCacheService} from '../cache/cache-service';
import {createCharts} from '../charts/charts';
import {advancedDriveEnabled, createAdvancedDrive} from '../drive/advanced';
import type {DrawnChart} from '../charts/chart-builders';
import type {EmuEnv, ExecutionContext, Locale, SentMail} from '../core/env';
import {IdGenerator} from '../core/env';
import {
  declaredProjectType,
  manifestScopes,
  readManifest,
} from '../core/manifest';
import {Clock, Execution, EXECUTION_LIMIT_MS, Meter} from '../core/meter';
import {SCOPES} from '../core/scope-tables';
import {createDocumentApp, FakeDocument} from '../document';
import {createDriveApp} from '../drive/drive-app';
import {DriveEntry} from '../drive/registry';
import {FakeForm} from '../forms/form';
import {createFormApp} from '../forms/form-app';
import {submitFormResponse} from '../forms/submit';
import {createHtmlService} from '../html/html-service';
import {createLockService, LockTable} from '../lock/lock-service';
import {createMailApp} from '../mail/mail-app';
import {
  createPropertiesService,
  PropertyStores,
} from '../properties/properties-service';
import {clockDate, loadBundle, newBundleContext} from '../runtime/vm';
import {createScriptApp} from '../script/script-app';
import type {FakeTriggerRecord} from '../script/trigger';
import {TriggerStore} from '../script/trigger';
import type {SheetsBridge} from '../spreadsheet/bridge';
import {FakeSpreadsheet} from '../spreadsheet/spreadsheet';
import {
  createSheetsBridge,
  createSpreadsheetApp,
  newSpreadsheet,
  spreadsheetOf,
} from '../spreadsheet/spreadsheet-app';
import {createUrlFetchApp} from '../url-fetch/url-fetch-app';
import {createUtilities} from '../utilities/utilities';
import type {
  FailSpec,
  RunKind,
  RunResult,
  RunSpec,
  Target,
  WorkspaceOptions,
} from './types';

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

const REPO = path.resolve(__dirname, '..', '..');

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

/** See Workspace (workspace.ts), the class tests and tools use. */
export abstract class WorkspaceEngine {
  readonly clock: Clock;
  readonly meter = new Meter();
  readonly env: EmuEnv;
  /** Every standalone chart the add-on drew (Charts service), in order. */
  readonly charts: DrawnChart[] = [];
  readonly ui = new UiRecorder();
  readonly properties = new PropertyStores();
  /** The projectType option (null: each loaded project's own declaration). */
  protected projectTypeOption: 'bound' | 'addon' | null = null;
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
  protected faults: FailSpec[] = [];
  protected contention: 'wait' | 'fail' = 'fail';
  protected pendingScriptSubmits: ReturnType<typeof submitFormResponse>[] = [];
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
      owner: options.user ?? 'coordination@territoire-de-sciences.fr',
      // The option wins; else what the loaded project's Code.js declares.
      projectType:
        options.projectType ??
        declaredProjectType(options.distDir ?? path.join(REPO, 'dist')) ??
        'bound',
      distDir: options.distDir ?? path.join(REPO, 'dist'),
      // Granular consent: what the manifest asks, less what this user
      // declined (https://developers.google.com/apps-script/concepts/scopes).
      grantedScopes: () => {
        const all = manifestScopes(env.distDir);
        const declined =
          env.declinedScopes?.get(env.context()?.user ?? this.user) ?? null;
        if (!all || !declined || declined.size === 0) return all;
        return new Set([...all].filter(s => !declined.has(s)));
      },
      manifestScopes: () => manifestScopes(env.distDir),
      declinedScopes: new Map(),
      context: () => frames[frames.length - 1]?.ctx ?? null,
      spreadsheets: new Map(),
      forms: new Map(),
      documents: new Map(),
      files: new Map(),
      mails: [],
      callTopLevel: (fn, args) => this.callTopLevel(fn, args),
    };
    this.env = env;
    this.projectTypeOption = options.projectType ?? null;
    this.meter.scopeCheck = (service, method) =>
      SCOPES.check(env.grantedScopes!(), service, method);
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
      // Advanced services exist only when the manifest enables them.
      ...(advancedDriveEnabled(readManifest(env.distDir))
        ? {Drive: createAdvancedDrive(env)}
        : {}),
      Charts: createCharts({meter: env.meter, charts: this.charts}),
      UrlFetchApp: createUrlFetchApp(env),
      Date: clockDate(this.clock),
    };
  }

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

  protected resolveTarget(target: Target): {
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
  protected execute(
    spec: RunSpec,
    extra: {
      limitMs?: number;
      triggerUid?: string;
      onCall?: (ex: Execution) => void;
      /** A simple trigger (onOpen, onEdit): see Session. */
      simple?: boolean;
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
      ctx: {
        activeId,
        activeKind,
        user,
        authMode,
        fn: spec.fn,
        simpleTrigger: extra.simple === true,
      },
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

  protected strip(r: RunResult & {suspended?: boolean}): RunResult {
    const {suspended: _s, ...rest} = r;
    void _s;
    return rest;
  }

  protected artefact(id: string | null): unknown {
    if (!id) return null;
    return (
      this.env.spreadsheets.get(id) ??
      this.env.forms.get(id) ??
      this.env.documents.get(id) ??
      null
    );
  }

  /** Runs the form-submit triggers of submissions a script made during a run. */
  protected abstract flushScriptSubmits(): void;
}
