/**
 * Authorization modes: what a run started in AuthMode.NONE or LIMITED may
 * call. Google refuses, in NONE (an add-on's onOpen before the user used it in
 * this document), every service that needs authorization; in LIMITED (simple
 * triggers of a bound document) everything but the bound document itself.
 * Each emulated *entry* method (SpreadsheetApp.getActiveSpreadsheet,
 * PropertiesService.getDocumentProperties, DriveApp.getFolderById, …) calls
 * requireAuth first; objects reached through it need no further check.
 */
import type {EmuEnv} from './env';
import {SCOPES} from './scope-tables';
import {requiredText, SCOPE} from './scopes';

/** The least mode in which a call is allowed. */
export type Needed = 'NONE' | 'LIMITED' | 'FULL';

const RANK: Record<string, number> = {
  NONE: 0,
  CUSTOM_FUNCTION: 1,
  LIMITED: 1,
  FULL: 2,
};

/** Services whose reference pages list no scope, as their refusals name them. */
const UNLISTED: Record<string, string> = {
  PropertiesService: 'https://www.googleapis.com/auth/script.storage',
};

/**
 * Google's refusal in a mode that does not allow the call: "You do not have
 * permission to call SpreadsheetApp.openById. Required permissions:
 * https://www.googleapis.com/auth/spreadsheets" (several scopes written
 * "(a || b)"), the scopes being the method's row in the scope tables.
 * https://developers.google.com/apps-script/reference/script/auth-mode
 */
export function requireAuth(
  env: EmuEnv,
  service: string,
  method: string,
  needed: Needed,
): void {
  const ctx = env.context();
  if (!ctx) return;
  if (RANK[ctx.authMode] >= RANK[needed]) return;
  const row = SCOPES.row(service, method);
  const scopes = row?.scopes.length
    ? row.scopes
    : [UNLISTED[service] ?? SCOPE.externalRequest];
  throw new Error(
    `You do not have permission to call ${service}.${method}. Required permissions: ${requiredText(scopes)}`,
  );
}
