/**
 * The emulator's shared core: the virtual clock, the current execution (its
 * user, start time and 6-minute limit) and the cost meter that every emulated
 * service call goes through.
 *
 * Latency model (predicted Apps Script time of a run):
 *   predicted = calls × CALL_SECONDS + cellsRead × READ_CELL_SECONDS
 *             + cellsWritten × WRITE_CELL_SECONDS + per-service extras
 * Sources (published measurements, see ../shared/domain-notes.md "Speed"):
 *  - a getValue/setValue loop over 1,000 cells took about 318 s, i.e. about
 *    0.3 s per round trip of a read-then-write pair → ~0.15 s per call is the
 *    pessimistic figure; Google's "best practices" page and common reports put
 *    a simple call at 0.05–0.2 s: we use CALL_SECONDS = 0.1;
 *  - one getValues/setValues of the same 1,000 cells took about 0.33 s, and one
 *    setValues of 4,000 cells under 50 ms → per-cell cost ≈ 0.0001–0.0003 s:
 *    READ_CELL_SECONDS = 0.00005, WRITE_CELL_SECONDS = 0.0002;
 *  - creating a document, form, file or trigger, or sending a mail, is far
 *    slower than a range call (about 1 s in reports): CREATE_SECONDS = 1.
 */

export const CALL_SECONDS = 0.1;
export const READ_CELL_SECONDS = 0.00005;
export const WRITE_CELL_SECONDS = 0.0002;
export const CREATE_SECONDS = 1;
/** Apps Script's limit for one execution. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

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
  cellsRead: number;
  cellsWritten: number;
  creates: number;
  /** "Service.method" → number of calls. */
  byMethod: Record<string, number>;
}

export function emptyCounts(): CallCounts {
  return {calls: 0, cellsRead: 0, cellsWritten: 0, creates: 0, byMethod: {}};
}

/** Predicted Apps Script seconds for a set of counts (see the model above). */
export function predictSeconds(c: CallCounts): number {
  return (
    c.calls * CALL_SECONDS +
    c.cellsRead * READ_CELL_SECONDS +
    c.cellsWritten * WRITE_CELL_SECONDS +
    c.creates * CREATE_SECONDS
  );
}

/** Thrown when an execution passes its time limit, as Apps Script does. */
export class ExecutionTimeoutError extends Error {
  constructor() {
    super('Exceeded maximum execution time');
    this.name = 'ExecutionTimeoutError';
  }
}

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
  ) {
    this.startMs = clock.nowMillis();
  }
  /** Predicted seconds so far. */
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
    for (const c of ex ? [ex.counts, this.total] : [this.total]) {
      c.calls += 1;
      c.cellsRead += cost.read ?? 0;
      c.cellsWritten += cost.written ?? 0;
      if (cost.create) c.creates += 1;
      c.byMethod[key] = (c.byMethod[key] ?? 0) + 1;
    }
    if (!ex) return;
    if (ex.elapsedMs() > ex.limitMs) throw new ExecutionTimeoutError();
    ex.beforeCall?.(service, method, ex.counts.calls);
  }
}
