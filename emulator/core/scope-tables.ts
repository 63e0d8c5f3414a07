/**
 * Every service folder's scope table, gathered for the meter's check.
 */
import {BASE_SCOPES} from '../base/scopes';
import {CACHE_SCOPES} from '../cache/scopes';
import {CHARTS_SCOPES} from '../charts/scopes';
import {DOCUMENT_SCOPES} from '../document/scopes';
import {DRIVE_SCOPES} from '../drive/scopes';
import {FORMS_SCOPES} from '../forms/scopes';
import {HTML_SCOPES} from '../html/scopes';
import {LOCK_SCOPES} from '../lock/scopes';
import {MAIL_SCOPES} from '../mail/scopes';
import {PROPERTIES_SCOPES} from '../properties/scopes';
import {SCRIPT_SCOPES} from '../script/scopes';
import {SPREADSHEET_SCOPES} from '../spreadsheet/scopes';
import {URL_FETCH_SCOPES} from '../url-fetch/scopes';
import {UTILITIES_SCOPES} from '../utilities/scopes';
import {ScopeRegistry} from './scopes';

export const SCOPE_TABLES = {
  base: BASE_SCOPES,
  cache: CACHE_SCOPES,
  charts: CHARTS_SCOPES,
  document: DOCUMENT_SCOPES,
  drive: DRIVE_SCOPES,
  forms: FORMS_SCOPES,
  html: HTML_SCOPES,
  lock: LOCK_SCOPES,
  mail: MAIL_SCOPES,
  properties: PROPERTIES_SCOPES,
  script: SCRIPT_SCOPES,
  spreadsheet: SPREADSHEET_SCOPES,
  'url-fetch': URL_FETCH_SCOPES,
  utilities: UTILITIES_SCOPES,
} as const;

/** One registry for the whole emulator (built once). */
export const SCOPES = new ScopeRegistry(Object.values(SCOPE_TABLES));
