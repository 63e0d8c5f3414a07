/**
 * LockService: script, document and user locks.
 * Reference: https://developers.google.com/apps-script/reference/lock/lock-service
 * Reference: https://developers.google.com/apps-script/reference/lock/lock
 */
import type {EmuEnv} from '../core/env';

export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

/** How the Workspace wants a contended lock handled (see ws.interleave). */
export interface LockPolicy {
  /** The id of the running execution. */
  currentExecution(): number;
  /**
   * Another execution holds `key`. 'fail': tryLock false / waitLock throws;
   * 'suspend': the policy throws (the requester is parked and re-run later).
   */
  onContention(key: string, holder: number): 'fail';
}

export class LockTable {
  /** lock key → id of the holding execution. */
  readonly holders = new Map<string, number>();
  releaseAll(execution: number): void {
    for (const [k, v] of [...this.holders])
      if (v === execution) this.holders.delete(k);
  }
}

class FakeLock implements Pick<
  GoogleAppsScript.Lock.Lock,
  'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'
> {
  constructor(
    private readonly env: EmuEnv,
    private readonly table: LockTable,
    private readonly policy: LockPolicy,
    private readonly key: string,
  ) {}
  private m(method: string): void {
    this.env.meter.call('Lock', method);
  }
  private acquire(timeoutMs: number): boolean {
    const me = this.policy.currentExecution();
    const holder = this.table.holders.get(this.key);
    if (holder === undefined || holder === me) {
      this.table.holders.set(this.key, me);
      return true;
    }
    this.policy.onContention(this.key, holder);
    // The holder cannot finish while we wait (it is suspended in an
    // interleave): the wait runs to its timeout.
    this.env.clock.advance(Math.max(0, Number(timeoutMs) || 0));
    return false;
  }
  hasLock(): boolean {
    this.m('hasLock');
    return this.table.holders.get(this.key) === this.policy.currentExecution();
  }
  releaseLock(): void {
    this.m('releaseLock');
    if (this.table.holders.get(this.key) === this.policy.currentExecution())
      this.table.holders.delete(this.key);
  }
  tryLock(timeoutInMillis: number): boolean {
    this.m('tryLock');
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    this.m('waitLock');
    if (!this.acquire(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
}

export function createLockService(
  env: EmuEnv,
  table: LockTable,
  policy: LockPolicy,
) {
  const m = (method: string) => env.meter.call('LockService', method);
  const lock = (key: string) =>
    new FakeLock(
      env,
      table,
      policy,
      key,
    ) as unknown as GoogleAppsScript.Lock.Lock;
  return {
    getDocumentLock(): GoogleAppsScript.Lock.Lock {
      m('getDocumentLock');
      const id = env.context()?.activeId;
      // null outside a document, as in Google (the typings omit it).
      return (id ? lock(`document:${id}`) : null) as GoogleAppsScript.Lock.Lock;
    },
    getScriptLock(): GoogleAppsScript.Lock.Lock {
      m('getScriptLock');
      return lock('script');
    },
    getUserLock(): GoogleAppsScript.Lock.Lock {
      m('getUserLock');
      return lock(`user:${env.context()?.user ?? ''}`);
    },
  } satisfies Pick<
    GoogleAppsScript.Lock.LockService,
    'getDocumentLock' | 'getScriptLock' | 'getUserLock'
  >;
}
