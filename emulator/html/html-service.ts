/**
 * Emulated HtmlService.
 *
 * Exports (of this folder, one file per class family):
 *   createHtmlService(env: EmuEnv, globals?: () => Record<string, unknown>): FakeHtmlService
 *       — the `HtmlService` global. `globals`, when given, is the vm global
 *         object of the running execution: scriptlets then resolve free names
 *         (the bundle's top-level functions such as include(), Apps Script
 *         services, the virtual-clock Date) against it. Without it, a free name
 *         that is called is run through env.callTopLevel(name, args).
 *   FakeHtmlOutput (peek(): {title, width, height, content} without metering),
 *   FakeHtmlTemplate, compileTemplate(source): string, escapeHtmlText(s)
 *
 * Templates as Google evaluates them: `<? code ?>` runs, `<?= expr ?>` prints
 * escaped for its context (HTML-escaped, or a JavaScript literal inside a
 * <script> element — so `JSON.parse(<?= json ?>)` works), `<?!= expr ?>`
 * prints raw. The template's variables are the properties assigned to the
 * template object. A name that is neither a variable, a local, a global nor a
 * top-level function throws ReferenceError "X is not defined", as in Google.
 * createHtmlOutputFromFile('ui/x') reads `<distDir>/ui/x.html` unprocessed.
 *
 * Reference: https://developers.google.com/apps-script/reference/html/html-service
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {enumOf, real} from '../core/cast';
import type {EmuEnv} from '../core/env';
import {FakeHtmlOutput} from './html-output';
import {
  FakeHtmlTemplate,
  JS_GLOBALS,
  UNRESOLVED,
  printable,
} from './html-template';

type GOutput = GoogleAppsScript.HTML.HtmlOutput;
type GTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type BlobSource = GoogleAppsScript.Base.BlobSource;

export function checked(v: unknown): unknown {
  printable(v);
  return v;
}

const INTERNAL = new Set(['output', '__scope', '__esc', '__raw']);

export class FakeHtmlServiceImpl {
  constructor(
    readonly env: EmuEnv,
    private readonly globals?: () => Record<string, unknown>,
  ) {}
  /** The names a template sees: its variables, its own locals, then globals / top-level functions. */
  scope(vars: Record<string, unknown>): object {
    const locals = new Map<string, unknown>();
    const g = this.globals?.() ?? null;
    const env = this.env;
    const unresolved = (name: string) => {
      const f = (...args: unknown[]) => {
        if (g) throw new ReferenceError(`"${name}" is not defined.`);
        return env.callTopLevel(name, args);
      };
      (f as unknown as Record<symbol, string>)[UNRESOLVED] = name;
      return f;
    };
    return new Proxy(Object.create(null) as object, {
      has(_t, k) {
        if (typeof k !== 'string' || INTERNAL.has(k)) return false;
        if (k in vars || locals.has(k)) return true;
        if (g) return true;
        return !JS_GLOBALS.includes(k);
      },
      get(_t, k) {
        if (typeof k !== 'string') return undefined;
        if (locals.has(k)) return locals.get(k);
        if (k in vars) return vars[k];
        if (g && k in g) return g[k];
        // A vm context's sandbox object does not list the JS builtins: use the host's.
        if (JS_GLOBALS.includes(k)) {
          return (globalThis as Record<string, unknown>)[k];
        }
        return unresolved(k);
      },
      set(_t, k, v) {
        if (typeof k !== 'string') return false;
        if (k in vars) vars[k] = v;
        else locals.set(k, v);
        return true;
      },
    });
  }
  readFile(name: string): string {
    const clean = String(name).replace(/\.html$/, '');
    const file = path.resolve(this.env.distDir, `${clean}.html`);
    if (!fs.existsSync(file))
      throw new Error(`No HTML file named ${clean} was found.`);
    return fs.readFileSync(file, 'utf8');
  }
}

export type FakeHtmlService = Pick<
  GoogleAppsScript.HTML.HtmlService,
  | 'SandboxMode'
  | 'XFrameOptionsMode'
  | 'createHtmlOutput'
  | 'createHtmlOutputFromFile'
  | 'createTemplate'
  | 'createTemplateFromFile'
  | 'getUserAgent'
>;

function sourceOf(x: string | BlobSource | undefined): string {
  if (x === undefined || x === null) return '';
  if (typeof x === 'string') return x;
  return x.getBlob().getDataAsString();
}

/** The `HtmlService` global. */
export function createHtmlService(
  env: EmuEnv,
  globals?: () => Record<string, unknown>,
): FakeHtmlService {
  const impl = new FakeHtmlServiceImpl(env, globals);
  const m = (method: string) => env.meter.call('HtmlService', method);
  return {
    SandboxMode: enumOf<typeof GoogleAppsScript.HTML.SandboxMode>([
      'EMULATED',
      'IFRAME',
      'NATIVE',
    ]),
    XFrameOptionsMode: enumOf<typeof GoogleAppsScript.HTML.XFrameOptionsMode>([
      'ALLOWALL',
      'DEFAULT',
    ]),
    createHtmlOutput(x?: string | BlobSource): GOutput {
      m('createHtmlOutput');
      return real(new FakeHtmlOutput(impl, sourceOf(x)));
    },
    createHtmlOutputFromFile(name: string): GOutput {
      m('createHtmlOutputFromFile');
      return real(new FakeHtmlOutput(impl, impl.readFile(name)));
    },
    createTemplate(x: string | BlobSource): GTemplate {
      m('createTemplate');
      return real(new FakeHtmlTemplate(impl, sourceOf(x)));
    },
    createTemplateFromFile(name: string): GTemplate {
      m('createTemplateFromFile');
      return real(new FakeHtmlTemplate(impl, impl.readFile(name)));
    },
    getUserAgent(): string {
      m('getUserAgent');
      return 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';
    },
  } as FakeHtmlService;
}
