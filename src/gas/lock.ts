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
