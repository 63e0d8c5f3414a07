/**
 * The emulator's shared core: the virtual clock, the current execution (its
 * user, start time and 6-minute limit) and the cost meter that every emulated
 * service call goes through.
 *
 * Latency model: docs/latency-model.md gives each constant with its source.
 * Every call falls in one cost class (costClassOf below):
 *  - local: answered inside the script's own process, no round trip to a
 *    Google server (builders, Utilities, menus, HtmlService, Sheet.getRange
 *    and the geometry of a Range);
 *  - metadata: a property of an object the script already holds (Sheet.getName,
 *    Item.getTitle…): free when Apps Script has it cached, a round trip when not;
 *  - read / write: a round trip (writes are cached until the next read or flush,
 *    https://developers.google.com/apps-script/guides/support/best-practices);
 *  - flush: SpreadsheetApp.flush and Document.saveAndClose;
 *  - create: a new file, form, document or trigger;
 *  - mail: one message sent.
 * Two bounds: OPTIMISTIC (every cache helps) and PESSIMISTIC (every call is a
 * round trip at the slowest published figure). The time limit of an execution
 * runs on the pessimistic bound (the emulator is stricter than Google, never
 * more lenient); `predictedSeconds` everywhere means the pessimistic bound.
 */

export type CostClass =
  'local' | 'metadata' | 'read' | 'write' | 'flush' | 'create' | 'mail';

export const COST_CLASSES: readonly CostClass[] = [
  'local',
  'metadata',
  'read',
  'write',
  'flush',
  'create',
  'mail',
];

export interface LatencyBound {
  /** Seconds per call of each class. */
  perCall: Record<CostClass, number>;
  /** Seconds per cell read by a call (getValues and the like). */
  readCell: number;
  /** Seconds per cell written by a call (setValues and the like). */
  writeCell: number;
}

/** Sources: docs/latency-model.md (one line per constant). */
export const OPTIMISTIC: LatencyBound = {
  perCall: {
    local: 0,
    metadata: 0,
    read: 0.03,
    write: 0.002,
    flush: 0.03,
    create: 0.5,
    mail: 0.2,
  },
  readCell: 0.00001,
  writeCell: 0.0000125,
};

/** Sources: docs/latency-model.md (one line per constant). */
export const PESSIMISTIC: LatencyBound = {
  perCall: {
    local: 0.001,
    metadata: 0.16,
    read: 0.16,
    write: 0.16,
    flush: 0.56,
    create: 2,
    mail: 1,
  },
  readCell: 0.0001,
  writeCell: 0.0002,
};

/** Kept for callers of the first model: the pessimistic round trip. */
export const CALL_SECONDS = PESSIMISTIC.perCall.read;
export const READ_CELL_SECONDS = PESSIMISTIC.readCell;
export const WRITE_CELL_SECONDS = PESSIMISTIC.writeCell;
export const CREATE_SECONDS = PESSIMISTIC.perCall.create;
/** Apps Script's limit for one execution. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** Services whose every method stays inside the script's process. */
const LOCAL_SERVICES = new Set([
  'Utilities',
  'Menu',
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'Logger',
  'console',
  'Blob',
  'ContentService',
  'TextOutput',
  'CardService',
  'Charts',
]);

/** Methods answered from what the script holds (no round trip). */
const LOCAL_METHODS = new Set([
  'Sheet.getRange',
  'Spreadsheet.getRange',
  'Range.getRow',
  'Range.getColumn',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getLastRow',
  'Range.getLastColumn',
  'Range.getA1Notation',
  'Range.getSheet',
  'Range.offset',
  'Range.getCell',
  'Ui.createMenu',
  'Ui.createAddonMenu',
]);

const FLUSH_METHODS = new Set([
  'SpreadsheetApp.flush',
  'Document.saveAndClose',
]);

const MAIL_METHODS = new Set(['MailApp.sendEmail', 'GmailApp.sendEmail']);

/**
 * The cost class of one call. `create` comes from the service (it knows
 * when it makes a file); the rest is read from the method's name.
 */
export function costClassOf(
  service: string,
  method: string,
  create = false,
): CostClass {
  const key = `${service}.${method}`;
  if (create) return 'create';
  if (MAIL_METHODS.has(key)) return 'mail';
  if (FLUSH_METHODS.has(key)) return 'flush';
  if (
    LOCAL_SERVICES.has(service) ||
    LOCAL_METHODS.has(key) ||
    service.endsWith('Builder') ||
    /^new[A-Z]/.test(method) ||
    method === 'build'
  )
    return 'local';
  if (
    /^(set|insert|append|delete|clear|add|remove|move|copy|replace|create|merge|hide|show|protect|sort|auto|make|submit|release|wait|try)/.test(
      method,
    )
  )
    return 'write';
  if (
    /^get(Name|Id|SheetId|Index|Title|Type|HelpText|Url|FormUrl|EditUrl|PublishedUrl|Value|Choices|Email)$/.test(
      method,
    ) &&
    service !== 'Range' &&
    service !== 'Properties'
  )
    return 'metadata';
  return 'read';
}

export class Clock {
  constructor(private nowMs: number) {}
  now(): Date {
    return new Date(this.nowMs);
  }
  nowMillis(): number {
    return this.nowMs;
  }
  advance(ms: number): void {
    this.nowMs += ms;
  }
  set(date: Date): void {
    this.nowMs = date.getTime();
  }
}

export interface CallCounts {
  calls: number;
  /** Calls of each cost class (they add up to `calls`). */
  byClass: Record<CostClass, number>;
  cellsRead: number;
  cellsWritten: number;
  creates: number;
  /** "Service.method" → number of calls. */
  byMethod: Record<string, number>;
}

export function emptyCounts(): CallCounts {
  return {
    calls: 0,
    byClass: {
      local: 0,
      metadata: 0,
      read: 0,
      write: 0,
      flush: 0,
      create: 0,
      mail: 0,
    },
    cellsRead: 0,
    cellsWritten: 0,
    creates: 0,
    byMethod: {},
  };
}

/**
 * Predicted Apps Script seconds for a set of counts under one bound
 * (pessimistic unless told). Counts made without classes (older callers
 * that only set `calls`) are billed as reads.
 */
export function predictSeconds(
  c: CallCounts,
  bound: LatencyBound = PESSIMISTIC,
): number {
  let s = 0;
  let classed = 0;
  for (const k of COST_CLASSES) {
    const n = c.byClass?.[k] ?? 0;
    classed += n;
    s += n * bound.perCall[k];
  }
  // Counts built by hand with creates but no classes: bill the creations.
  const creates = c.byClass ? 0 : c.creates;
  const rest = Math.max(0, c.calls - classed - creates);
  return (
    s +
    rest * bound.perCall.read +
    creates * bound.perCall.create +
    c.cellsRead * bound.readCell +
    c.cellsWritten * bound.writeCell
  );
}

/** What happened between two snapshots of counts (later minus earlier). */
export function diffCounts(later: CallCounts, earlier: CallCounts): CallCounts {
  const d = emptyCounts();
  d.calls = later.calls - earlier.calls;
  for (const k of COST_CLASSES)
    d.byClass[k] = (later.byClass?.[k] ?? 0) - (earlier.byClass?.[k] ?? 0);
  d.cellsRead = later.cellsRead - earlier.cellsRead;
  d.cellsWritten = later.cellsWritten - earlier.cellsWritten;
  d.creates = later.creates - earlier.creates;
  return d;
}

/** Both bounds, in seconds. */
export function predictBounds(c: CallCounts): {
  optimistic: number;
  pessimistic: number;
} {
  return {
    optimistic: predictSeconds(c, OPTIMISTIC),
    pessimistic: predictSeconds(c, PESSIMISTIC),
  };
}

/** Thrown when an execution passes its time limit, as Apps Script does. */
export class ExecutionTimeoutError extends Error {
  constructor(message = 'Exceeded maximum execution time') {
    super(message);
    this.name = 'ExecutionTimeoutError';
  }
}

/**
 * Google's message when a user's triggers have used their daily runtime
 * (https://developers.google.com/apps-script/guides/services/quotas,
 * "Triggers total runtime").
 */
export const TRIGGER_RUNTIME_MESSAGE =
  'Service using too much computer time for one day';

/** Triggers' total runtime a user gets per day, in seconds (quotas page). */
export const TRIGGER_RUNTIME_SECONDS = {
  consumer: 90 * 60,
  workspace: 6 * 3600,
} as const;

/** One run of the add-on: a menu click, a trigger, a google.script.run call. */
export class Execution {
  readonly counts: CallCounts = emptyCounts();
  readonly startMs: number;
  /** Optional fault injection: called before each service call; may throw. */
  beforeCall?: (service: string, method: string, index: number) => void;
  constructor(
    readonly id: number,
    readonly name: string,
    readonly user: string,
    readonly authMode: string,
    readonly clock: Clock,
    readonly limitMs = EXECUTION_LIMIT_MS,
    /** The error past `limitMs` (the daily trigger budget has its own message). */
    readonly limitMessage?: string,
  ) {
    this.startMs = clock.nowMillis();
  }
  /** Predicted seconds so far (pessimistic bound). */
  predictedSeconds(): number {
    return predictSeconds(this.counts);
  }
  /** Predicted time of the run so far, in milliseconds (drives the time limit). */
  elapsedMs(): number {
    return (
      this.predictedSeconds() * 1000 + (this.clock.nowMillis() - this.startMs)
    );
  }
}

export interface CallCost {
  read?: number;
  written?: number;
  create?: boolean;
}

/**
 * The meter: every emulated service method calls `meter.call(...)` first. It
 * checks the execution's time limit (throwing "Exceeded maximum execution
 * time" at the next call past it), runs any injected fault, and counts.
 */
export class Meter {
  current: Execution | null = null;
  /** Counts of every execution since the workspace started. */
  readonly total: CallCounts = emptyCounts();
  /**
   * Checks, inside an execution, that the manifest grants a scope the
   * method accepts (core/scopes.ts); throws Google's error otherwise. Set
   * by the Workspace. Calls made outside executions (a test or the harness
   * acting as a person) are not checked.
   */
  scopeCheck?: (service: string, method: string) => void;

  call(service: string, method: string, cost: CallCost = {}): void {
    const ex = this.current;
    if (ex) this.scopeCheck?.(service, method);
    const key = `${service}.${method}`;
    const cls = costClassOf(service, method, cost.create === true);
    for (const c of ex ? [ex.counts, this.total] : [this.total]) {
      c.calls += 1;
      c.byClass[cls] += 1;
      c.cellsRead += cost.read ?? 0;
      c.cellsWritten += cost.written ?? 0;
      if (cost.create) c.creates += 1;
      c.byMethod[key] = (c.byMethod[key] ?? 0) + 1;
    }
    if (!ex) return;
    if (ex.elapsedMs() > ex.limitMs)
      throw new ExecutionTimeoutError(ex.limitMessage);
    ex.beforeCall?.(service, method, ex.counts.calls);
  }
}
