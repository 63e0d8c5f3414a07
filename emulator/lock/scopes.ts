/**
 * Scopes of LockService: one row per method the add-on, the conformance cases or
 * the emulator's own tests call, with the scopes Google's reference page lists
 * under "Authorization" (any one is enough; none: no authorization needed)
 * and that page. How rows are read and checked: ../core/scopes.ts. Rows were
 * taken from Google's reference pages (as of 2025-11); the scope-table test
 * keeps them in step with an independent copy of those pages.
 */
import {rowsOf, type ScopeTable} from '../core/scopes';

export const LOCK_SCOPES: ScopeTable = {
  ...rowsOf('LockService', 'lock/lock-service', [], {
    getDocumentLock: 'getDocumentLock()',
    getScriptLock: 'getScriptLock()',
    getUserLock: 'getUserLock()',
  }),
  ...rowsOf('Lock', 'lock/lock', [], {
    hasLock: 'hasLock()',
    releaseLock: 'releaseLock()',
    tryLock: 'tryLock(Integer)',
    waitLock: 'waitLock(Integer)',
  }),
};
