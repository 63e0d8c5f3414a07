/**
 * Emulated HtmlService.
 *
 * Exports:
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
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {EmuEnv} from './env';
import {FakeBlob, textPdfBlob} from './drive';
import {enumOf, real} from './cast';

type GOutput = GoogleAppsScript.HTML.HtmlOutput;
type GTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type BlobSource = GoogleAppsScript.Base.BlobSource;

export function escapeHtmlText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A value printed by `<?= ?>` inside a <script> element: a safe JS literal. */
function jsLiteral(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'function') return 'null';
  const json = JSON.stringify(v) ?? 'null';
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Marks names that resolved to nothing (so printing them throws ReferenceError). */
const UNRESOLVED = Symbol('unresolved');

function printable(v: unknown): string {
  if (
    typeof v === 'function' &&
    (v as unknown as Record<symbol, string>)[UNRESOLVED]
  ) {
    throw new ReferenceError(
      `"${(v as unknown as Record<symbol, string>)[UNRESOLVED]}" is not defined.`,
    );
  }
  return v === null || v === undefined ? '' : String(v);
}

/**
 * Compiles a template to the body of a function (output, __scope, __esc,
 * __raw). Static text is appended as is; each `<?= ?>` knows whether it sits
 * inside a <script> element.
 */
export function compileTemplate(source: string): string {
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let code = '';
  let last = 0;
  let staticSoFar = '';
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    const text = source.slice(last, m.index);
    staticSoFar += text.toLowerCase();
    if (text) code += `output._a(${JSON.stringify(text)});\n`;
    const body = m[2].trim().replace(/;+\s*$/, '');
    const inScript =
      staticSoFar.lastIndexOf('<script') > staticSoFar.lastIndexOf('</script');
    if (m[1] === '=') code += `output._a(__esc((${body}), ${inScript}));\n`;
    else if (m[1] === '!=') code += `output._a(__raw((${body})));\n`;
    else code += `${m[2]}\n`;
    last = m.index + m[0].length;
  }
  const rest = source.slice(last);
  if (rest) code += `output._a(${JSON.stringify(rest)});\n`;
  return code;
}

/** Standard JavaScript globals a scriptlet may use when no vm globals are given. */
const JS_GLOBALS = [
  'JSON',
  'Math',
  'Date',
  'Array',
  'Object',
  'String',
  'Number',
  'Boolean',
  'RegExp',
  'Error',
  'TypeError',
  'RangeError',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'encodeURIComponent',
  'decodeURIComponent',
  'encodeURI',
  'decodeURI',
  'undefined',
  'NaN',
  'Infinity',
  'Symbol',
  'Map',
  'Set',
];

type HtmlOutputKeys =
  | 'setTitle'
  | 'getTitle'
  | 'setWidth'
  | 'getWidth'
  | 'setHeight'
  | 'getHeight'
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'asTemplate'
  | 'setFaviconUrl'
  | 'getFaviconUrl'
  | 'getBlob'
  | 'getAs';

export class FakeHtmlOutput implements Pick<GOutput, HtmlOutputKeys> {
  title = '';
  width: number | null = null;
  height: number | null = null;
  content: string;
  sandboxMode: string | null = null;
  xFrameOptionsMode: string | null = null;
  faviconUrl: string | null = null;
  metaTags: {name: string; content: string}[] = [];
  constructor(
    private readonly service: FakeHtmlServiceImpl,
    content = '',
  ) {
    this.content = content;
  }
  private m(method: string): void {
    this.service.env.meter.call('HtmlOutput', method);
  }
  /** Everything the UI module needs, without metering. */
  peek(): {
    title: string;
    width: number | null;
    height: number | null;
    content: string;
  } {
    return {
      title: this.title,
      width: this.width,
      height: this.height,
      content: this.content,
    };
  }
  /** Appends during template evaluation (not a script call: not metered). */
  _a(s: string): void {
    this.content += s;
  }
  setTitle(title: string): GOutput {
    this.m('setTitle');
    this.title = String(title);
    return real(this);
  }
  getTitle(): string {
    this.m('getTitle');
    return this.title;
  }
  setWidth(width: number): GOutput {
    this.m('setWidth');
    this.width = Number(width);
    return real(this);
  }
  getWidth(): number {
    this.m('getWidth');
    return this.width ?? 0;
  }
  setHeight(height: number): GOutput {
    this.m('setHeight');
    this.height = Number(height);
    return real(this);
  }
  getHeight(): number {
    this.m('getHeight');
    return this.height ?? 0;
  }
  getContent(): string {
    this.m('getContent');
    return this.content;
  }
  setContent(content: string): GOutput {
    this.m('setContent');
    this.content = String(content);
    return real(this);
  }
  append(added: string): GOutput {
    this.m('append');
    this.content += String(added);
    return real(this);
  }
  appendUntrusted(added: string): GOutput {
    this.m('appendUntrusted');
    this.content += escapeHtmlText(String(added));
    return real(this);
  }
  clear(): GOutput {
    this.m('clear');
    this.content = '';
    return real(this);
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GOutput {
    this.m('setSandboxMode');
    this.sandboxMode = String(mode);
    return real(this);
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GOutput {
    this.m('setXFrameOptionsMode');
    this.xFrameOptionsMode = String(mode);
    return real(this);
  }
  addMetaTag(name: string, content: string): GOutput {
    this.m('addMetaTag');
    if (
      ![
        'apple-mobile-web-app-capable',
        'mobile-web-app-capable',
        'viewport',
      ].includes(name)
    ) {
      throw new Error(`Meta tag ${name} is not allowed.`);
    }
    this.metaTags.push({name: String(name), content: String(content)});
    return real(this);
  }
  setFaviconUrl(url: string): GOutput {
    this.m('setFaviconUrl');
    this.faviconUrl = String(url);
    return real(this);
  }
  getFaviconUrl(): string {
    this.m('getFaviconUrl');
    return real(this.faviconUrl);
  }
  asTemplate(): GTemplate {
    this.m('asTemplate');
    return real(new FakeHtmlTemplate(this.service, this.content));
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.m('getBlob');
    return new FakeBlob(
      this.content,
      'text/html',
      `${this.title || 'output'}.html`,
      this.service.env.meter,
    );
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.m('getAs');
    if (contentType === 'application/pdf')
      return textPdfBlob(this.content, `${this.title || 'output'}.pdf`);
    return new FakeBlob(
      this.content,
      contentType,
      this.title || 'output',
      this.service.env.meter,
    );
  }
}

/** Template sources, kept off the template object (its own properties are the variables). */
const SOURCES = new WeakMap<FakeHtmlTemplate, string>();

export class FakeHtmlTemplate implements Pick<
  GTemplate,
  'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'
> {
  [propName: string]: unknown;
  constructor(service: FakeHtmlServiceImpl, source: string) {
    SOURCES.set(this, source);
    // The service is not an own enumerable property either.
    Object.defineProperty(this, '__service', {
      value: service,
      enumerable: false,
    });
  }
  private svc(): FakeHtmlServiceImpl {
    return (this as unknown as {__service: FakeHtmlServiceImpl}).__service;
  }
  getRawContent(): string {
    this.svc().env.meter.call('HtmlTemplate', 'getRawContent');
    return SOURCES.get(this) ?? '';
  }
  getCode(): string {
    this.svc().env.meter.call('HtmlTemplate', 'getCode');
    return compileTemplate(SOURCES.get(this) ?? '');
  }
  getCodeWithComments(): string {
    this.svc().env.meter.call('HtmlTemplate', 'getCodeWithComments');
    return compileTemplate(SOURCES.get(this) ?? '');
  }
  evaluate(): GOutput {
    const service = this.svc();
    service.env.meter.call('HtmlTemplate', 'evaluate');
    const vars: Record<string, unknown> = {};
    for (const k of Object.keys(this)) vars[k] = this[k];
    const output = new FakeHtmlOutput(service, '');
    const code = compileTemplate(SOURCES.get(this) ?? '');
    const scope = service.scope(vars);
    const esc = (v: unknown, inScript: boolean) =>
      inScript ? jsLiteral(checked(v)) : escapeHtmlText(printable(v));
    const raw = (v: unknown) => printable(v);
    // Templates are sloppy-mode code run with a `with` scope, as Apps Script's are.
    const fn = new Function(
      'output',
      '__scope',
      '__esc',
      '__raw',
      `with (__scope) {\n${code}\n}`,
    );
    fn(output, scope, esc, raw);
    return real(output);
  }
}

function checked(v: unknown): unknown {
  printable(v);
  return v;
}

const INTERNAL = new Set(['output', '__scope', '__esc', '__raw']);

class FakeHtmlServiceImpl {
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
