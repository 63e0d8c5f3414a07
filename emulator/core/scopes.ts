/**
 * OAuth scopes: the project's manifest grants them, each emulated method
 * requires one of the scopes Google documents for it, and the meter checks
 * that at every call (Meter.call is the one door every method goes through).
 *
 * - The manifest is `appsscript.json` beside the loaded Code.js. Its
 *   `oauthScopes`, when present, are all the script may use; without it
 *   Apps Script detects the scopes from the code, so every method is
 *   allowed (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes).
 * - Each service folder has its table (`emulator/<service>/scopes.ts`): one
 *   row per method ("Class.method", the meter's key), the scopes Google's
 *   reference page lists under "Authorization" (any one of them is enough),
 *   and that page. A row is an object so that other facts about a method
 *   (its cost class, issue 17) go in the same row.
 * - A call whose scopes the manifest lacks throws Google's error:
 *   "Specified permissions are not sufficient to call UrlFetchApp.fetch.
 *   Required permissions: https://www.googleapis.com/auth/script.external_request"
 *   — several scopes are written "(a || b)". That wording is the one
 *   reported from live runs when a manifest's oauthScopes lack a scope
 *   (Google's pages do not print it); a simple trigger's refusal, "You do
 *   not have permission to call …", is auth.ts's.
 * - A method with no row is an emulator error: every method must say what
 *   it needs (stricter than leaving it open).
 */

/** The scopes the tables name. */
export const SCOPE = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  spreadsheetsCurrent:
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheetsReadonly: 'https://www.googleapis.com/auth/spreadsheets.readonly',
  forms: 'https://www.googleapis.com/auth/forms',
  formsCurrent: 'https://www.googleapis.com/auth/forms.currentonly',
  documents: 'https://www.googleapis.com/auth/documents',
  documentsCurrent: 'https://www.googleapis.com/auth/documents.currentonly',
  drive: 'https://www.googleapis.com/auth/drive',
  driveReadonly: 'https://www.googleapis.com/auth/drive.readonly',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  userinfoEmail: 'https://www.googleapis.com/auth/userinfo.email',
  externalRequest: 'https://www.googleapis.com/auth/script.external_request',
  locale: 'https://www.googleapis.com/auth/script.locale',
} as const;

/** One method of a Google service, as its reference page describes it. */
export interface MethodRow {
  /** Any one of these authorizes the call; empty: no authorization needed. */
  scopes: readonly string[];
  /** The method's reference page (with its anchor). */
  ref: string;
  /**
   * Scopes the emulator accepts beyond the reference page's list, each
   * with its reason (kept apart so that a check against Google's pages
   * sees them).
   */
  beyondReference?: {scopes: readonly string[]; reason: string};
}

/** A service folder's table: "Class.method" → row. */
export type ScopeTable = Readonly<Record<string, MethodRow>>;

const AS = 'https://developers.google.com/apps-script/reference/';

/**
 * Rows for several methods of one class that share their scopes. `page` is
 * the class page under …/apps-script/reference/ ("spreadsheet/range");
 * `methods` maps each method to its anchor's signature ("getValues()").
 */
export function rowsOf(
  className: string,
  page: string,
  scopes: readonly string[],
  methods: Readonly<Record<string, string>>,
  beyondReference?: MethodRow['beyondReference'],
): Record<string, MethodRow> {
  const out: Record<string, MethodRow> = {};
  for (const [method, anchor] of Object.entries(methods)) {
    out[`${className}.${method}`] = {
      scopes,
      ref: `${AS}${page}#${anchor}`,
      ...(beyondReference ? {beyondReference} : {}),
    };
  }
  return out;
}

/** Google's way of writing what a method needs. */
export function requiredText(scopes: readonly string[]): string {
  return scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
}

/** The scopes a row accepts (the reference page's and any beyond it). */
export function acceptedScopes(row: MethodRow): readonly string[] {
  return row.beyondReference
    ? [...row.scopes, ...row.beyondReference.scopes]
    : row.scopes;
}

/** What the loaded project may use: null when its manifest sets no scopes. */
export type GrantedScopes = ReadonlySet<string> | null;

export class ScopeRegistry {
  private readonly rows = new Map<string, MethodRow>();

  constructor(tables: readonly ScopeTable[]) {
    for (const table of tables) {
      for (const [key, row] of Object.entries(table)) {
        if (this.rows.has(key)) {
          throw new Error(`Emulator: two scope rows for ${key}`);
        }
        this.rows.set(key, row);
      }
    }
  }

  row(service: string, method: string): MethodRow | undefined {
    return this.rows.get(`${service}.${method}`);
  }

  keys(): string[] {
    return [...this.rows.keys()];
  }

  /** Throws Google's error when `granted` lacks every scope the method accepts. */
  check(granted: GrantedScopes, service: string, method: string): void {
    const row = this.row(service, method);
    if (!row) {
      throw new Error(
        `Emulator: no scope row for ${service}.${method} — add it to the scopes.ts of its service folder, with its reference page`,
      );
    }
    if (granted === null) return;
    const accepted = acceptedScopes(row);
    if (accepted.length === 0) return;
    if (accepted.some(s => granted.has(s))) return;
    throw new Error(
      `Specified permissions are not sufficient to call ${service}.${method}. Required permissions: ${requiredText(row.scopes.length ? row.scopes : accepted)}`,
    );
  }
}
