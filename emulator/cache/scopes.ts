/**
 * Scopes of CacheService: one row per method the add-on, the conformance cases or
 * the emulator's own tests call, with the scopes Google's reference page lists
 * under "Authorization" (any one is enough; none: no authorization needed)
 * and that page. How rows are read and checked: ../core/scopes.ts. Rows were
 * taken from Google's reference pages (as of 2025-11); the scope-table test
 * keeps them in step with an independent copy of those pages.
 */
import {rowsOf, type ScopeTable} from '../core/scopes';

export const CACHE_SCOPES: ScopeTable = {
  ...rowsOf('CacheService', 'cache/cache-service', [], {
    getDocumentCache: 'getDocumentCache()',
    getScriptCache: 'getScriptCache()',
    getUserCache: 'getUserCache()',
  }),
  ...rowsOf('Cache', 'cache/cache', [], {
    get: 'get(String)',
    getAll: 'getAll(String)',
    put: 'put(String,String)',
    putAll: 'putAll(Object)',
    remove: 'remove(String)',
    removeAll: 'removeAll(String)',
  }),
};
