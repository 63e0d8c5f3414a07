/**
 * Document lock around every write that a concurrent execution could disturb
 * (two form submissions, a trigger during an import, two users at once).
 */
import {AddonError} from './errors';

/** How long an execution waits for another one to finish its write. */
export const LOCK_WAIT_MS = 30000;

export function withDocumentLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): T {
  // Outside a bound document (a time trigger of a standalone script) there is
  // no document lock: the script lock then serialises the executions.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) {
    throw new AddonError('error.lockBusy');
  }
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/**
 * Runs `work` under the document lock if it can be had within `waitMs`;
 * otherwise does nothing and returns {ran: false}. For scheduled runs, where
 * a second execution should step aside rather than fail.
 */
export function tryDocumentLock<T>(
  work: () => T,
  waitMs: number,
): {ran: true; value: T} | {ran: false} {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return {ran: false};
  try {
    return {ran: true, value: work()};
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
