/**
 * What every emulated service shares: the clock and meter, the workspace's
 * registries of artefacts, and the current execution's context. Service
 * factories (createSpreadsheetApp(env), createFormApp(env), …) take this.
 * Registries are typed loosely here (`unknown` values) so that each service
 * module owns its own classes; each module narrows with its own getters.
 */
import type {Clock, Meter} from './meter';

export type Locale = 'fr' | 'en';
export type AccountType = 'consumer' | 'workspace';
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** What the running execution was started from. */
export interface ExecutionContext {
  /** The active document: a spreadsheet or form id, or null (standalone trigger). */
  activeId: string | null;
  activeKind: 'spreadsheet' | 'form' | 'document' | null;
  user: string;
  authMode: AuthModeName;
  /** Name of the top-level function being run. */
  fn: string;
  /** A simple trigger (onOpen, onEdit) runs it: the user has not authorised it. */
  simpleTrigger?: boolean;
}

/**
 * Whether a simple trigger may tell who `user` is: Google gives the address
 * to the script's owner, and to a user of the owner's Google Workspace
 * domain; a consumer account other than the owner gets ''.
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 */
export function identityVisible(
  user: string,
  owner: string,
  accountType: AccountType,
): boolean {
  if (user === owner) return true;
  if (accountType !== 'workspace') return false;
  const domain = (email: string) => email.split('@')[1]?.toLowerCase() ?? '';
  return domain(user) !== '' && domain(user) === domain(owner);
}

export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  from: string;
  at: Date;
  attachments: {name: string; contentType: string; bytes: number}[];
}

export class IdGenerator {
  private n = 0;
  next(prefix: string): string {
    this.n += 1;
    // Google ids are 44 url-safe characters; ours keep a readable prefix.
    return `${prefix}${String(this.n).padStart(6, '0')}`;
  }
}

export interface EmuEnv {
  clock: Clock;
  meter: Meter;
  ids: IdGenerator;
  locale: Locale;
  /**
   * Time zone of new spreadsheets (the Workspace's `timeZone` option: the
   * account's default). The script's own zone is scriptTimeZone().
   */
  timeZone: string;
  /**
   * The script's time zone: its manifest's "timeZone" (the option's zone
   * when the project has no manifest). Session.getScriptTimeZone, the
   * bundle's Date and time-driven triggers use it.
   * https://developers.google.com/apps-script/manifest
   */
  scriptTimeZone(): string;
  accountType: AccountType;
  /** The script's owner (the Workspace's user): who a simple trigger may name. */
  owner?: string;
  /**
   * What the loaded project is: a script bound to a document (default: how
   * the README deploys the add-on) or an editor add-on (hourly triggers).
   */
  projectType?: 'bound' | 'addon';
  distDir: string;
  /**
   * The scopes the current user granted: the manifest's, less those the
   * user left unticked on the granular consent screen (null: all, as
   * auto-detected).
   */
  grantedScopes?: () => ReadonlySet<string> | null;
  /** The manifest's scopes, whatever the user granted (null: none declared). */
  manifestScopes?: () => ReadonlySet<string> | null;
  /** user → scopes left unticked on the consent screen (ws.declineScopes). */
  declinedScopes?: Map<string, Set<string>>;
  /** The current execution's context (null between executions). */
  context(): ExecutionContext | null;
  /** Registries, by id. Each service module stores its own fake objects here. */
  spreadsheets: Map<string, unknown>;
  forms: Map<string, unknown>;
  documents: Map<string, unknown>;
  /** Drive files and folders (documents, spreadsheets and forms are files too). */
  files: Map<string, unknown>;
  mails: SentMail[];
  /** Calls a top-level function of the loaded bundle in the current execution (for templates). */
  callTopLevel(fn: string, args: unknown[]): unknown;
}
