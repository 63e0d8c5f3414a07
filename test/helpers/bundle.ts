/**
 * Loads dist/Code.js the way Apps Script does: one global scope, holding only
 * the globals given (Apps Script-style services), none of Node's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

export const DIST = path.resolve(__dirname, '../../dist');

/** Globals that Apps Script does not have and that the bundle must not use. */
export const NODE_ONLY_GLOBALS = [
  'require',
  'process',
  'Buffer',
  'setTimeout',
  'setInterval',
  'URL',
  'TextEncoder',
  'TextDecoder',
  'fetch',
  'structuredClone',
  'module',
  'exports',
  'global',
];

/** A built project's Code.js: dist/ itself (the Sheets project), or dist/sheets, dist/forms. */
export function readBundle(project?: 'sheets' | 'forms'): string {
  return fs.readFileSync(path.join(DIST, project ?? '', 'Code.js'), 'utf8');
}

/**
 * A fresh context with the given globals; every Node-only global is
 * explicitly absent (a vm context does not have them anyway: this makes it
 * visible and testable).
 */
export function loadBundle(
  code: string,
  globals: Record<string, unknown>,
): vm.Context {
  const context = vm.createContext({...globals});
  for (const name of NODE_ONLY_GLOBALS) {
    if (name in context) delete (context as Record<string, unknown>)[name];
  }
  vm.runInContext(code, context, {filename: 'Code.js'});
  return context;
}

/** Names of the top-level function declarations of a script (as Apps Script lists them). */
export function topLevelFunctions(context: vm.Context, code: string): string[] {
  const declared = [
    ...code.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(/gm),
  ].map(m => m[1]);
  return declared.filter(
    name => typeof (context as Record<string, unknown>)[name] === 'function',
  );
}

/** Trigger handler names the code installs: `newTrigger("name")` or `newTrigger(CONST)`. */
export function installedHandlers(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/newTrigger\(\s*(["'`])([\w$]+)\1\s*\)/g))
    names.add(m[2]);
  for (const m of code.matchAll(/newTrigger\(\s*([A-Za-z_$][\w$]*)\s*\)/g)) {
    const decl = new RegExp(`\\b${m[1]}\\s*=\\s*(["'\`])([\\w$]+)\\1`).exec(
      code,
    );
    if (decl) names.add(decl[2]);
    else names.add(`<unresolved:${m[1]}>`);
  }
  return [...names].sort();
}
