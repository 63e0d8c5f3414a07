/**
 * Templates: scriptlets compiled to JavaScript and evaluated as Google does.
 * Reference: https://developers.google.com/apps-script/reference/html/html-template
 */
import {real} from '../core/cast';
import {FakeHtmlOutput} from './html-output';
import type {FakeHtmlServiceImpl} from './html-service';
import {checked} from './html-service';

type GOutput = GoogleAppsScript.HTML.HtmlOutput;
type GTemplate = GoogleAppsScript.HTML.HtmlTemplate;

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
export const UNRESOLVED = Symbol('unresolved');

export function printable(v: unknown): string {
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
export const JS_GLOBALS = [
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
