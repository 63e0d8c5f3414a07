/**
 * Scopes of UrlFetchApp (core/scopes.ts says how the tables are read).
 */
import {rowsOf, SCOPE, type ScopeTable} from '../core/scopes';

export const URL_FETCH_SCOPES: ScopeTable = {
  ...rowsOf('UrlFetchApp', 'url-fetch/url-fetch-app', [SCOPE.externalRequest], {
    fetch: 'fetch(String)',
    fetchAll: 'fetchAll(Object)',
  }),
};
