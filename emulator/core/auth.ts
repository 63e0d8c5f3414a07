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

/** The least mode in which a call is allowed. */
export type Needed = 'NONE' | 'LIMITED' | 'FULL';

const RANK: Record<string, number> = {
  NONE: 0,
  CUSTOM_FUNCTION: 1,
  LIMITED: 1,
  FULL: 2,
};

const SCOPES: Record<string, string> = {
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets',
  FormApp: 'https://www.googleapis.com/auth/forms',
  DocumentApp: 'https://www.googleapis.com/auth/documents',
  DriveApp: 'https://www.googleapis.com/auth/drive',
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  PropertiesService: 'https://www.googleapis.com/auth/script.storage',
  Session: 'https://www.googleapis.com/auth/userinfo.email',
};

export function requireAuth(
  env: EmuEnv,
  service: string,
  method: string,
  needed: Needed,
): void {
  const ctx = env.context();
  if (!ctx) return;
  if (RANK[ctx.authMode] >= RANK[needed]) return;
  const scope =
    SCOPES[service] ??
    'https://www.googleapis.com/auth/script.external_request';
  throw new Error(
    `You do not have permission to call ${service}.${method}. Required permissions: ${scope}`,
  );
}
