/**
 * Runs the built bundle as Apps Script does: dist/Code.js evaluated in a
 * fresh node:vm context per execution, whose global object holds only the
 * Apps Script services (and JavaScript's own built-ins) — no require,
 * process, Buffer, setTimeout, URL, TextEncoder, fetch or structuredClone.
 * The compiled vm.Script is cached (per file path, size and mtime).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

const scripts = new Map<string, {key: string; script: vm.Script}>();

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The compiled bundle (cached until the file changes). A build running at the
 * same moment (it empties dist/ then writes it) is waited for, up to 5 s.
 */
export function loadBundle(distDir: string): vm.Script {
  const file = path.resolve(distDir, 'Code.js');
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (attempt) pause(100);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch (e) {
      lastError = e;
      continue;
    }
    const key = `${stat.size}:${stat.mtimeMs}`;
    const cached = scripts.get(file);
    if (cached && cached.key === key) return cached.script;
    try {
      const script = new vm.Script(fs.readFileSync(file, 'utf8'), {
        filename: file,
      });
      scripts.set(file, {key, script});
      return script;
    } catch (e) {
      lastError = e;
    }
  }
  if (lastError instanceof SyntaxError) throw lastError;
  throw new Error(`Emulator: ${file} not found — run "npm run build" first.`);
}

/**
 * Makes `instanceof` work across the vm boundary: errors thrown by the
 * emulated services are host Errors, arrays they return are host arrays.
 */
const PRELUDE = `(function (hostErrors) {
  const base = Function.prototype[Symbol.hasInstance];
  for (const [name, Host] of hostErrors) {
    const Local = globalThis[name];
    Object.defineProperty(Local, Symbol.hasInstance, {
      configurable: true,
      value: function (v) { return base.call(this, v) || (this === Local && v instanceof Host); },
    });
  }
  Object.defineProperty(Array, Symbol.hasInstance, {
    configurable: true,
    value: function (v) { return this === Array ? Array.isArray(v) : base.call(this, v); },
  });
})`;

const HOST_ERRORS: [string, unknown][] = [
  ['Error', Error],
  ['TypeError', TypeError],
  ['RangeError', RangeError],
  ['SyntaxError', SyntaxError],
  ['ReferenceError', ReferenceError],
];

/** A fresh global scope with `globals`, the bundle evaluated in it. */
export function newBundleContext(
  script: vm.Script,
  globals: Record<string, unknown>,
): Record<string, unknown> {
  const sandbox: Record<string, unknown> = {...globals};
  const ctx = vm.createContext(sandbox, {name: 'Apps Script execution'});
  (vm.runInContext(PRELUDE, ctx) as (h: unknown) => void)(HOST_ERRORS);
  script.runInContext(ctx);
  return ctx as Record<string, unknown>;
}

const topLevel = new WeakMap<vm.Script, Set<string>>();

/** Names of the bundle's top-level functions (evaluated once per compiled script). */
export function topLevelFunctions(script: vm.Script): Set<string> {
  let names = topLevel.get(script);
  if (!names) {
    const ctx = newBundleContext(script, {});
    names = new Set(Object.keys(ctx).filter(k => typeof ctx[k] === 'function'));
    topLevel.set(script, names);
  }
  return names;
}

/** Copies a value the way google.script.run passes it (JSON-like; a Date in a return value makes it null). */
export function serverTransfer(
  value: unknown,
  direction: 'in' | 'out',
): unknown {
  let bad = false;
  const walk = (v: unknown, depth: number): unknown => {
    if (depth > 100)
      throw new Error('Emulator: value too deep for google.script.run');
    if (v === null || v === undefined)
      return v === undefined && direction === 'out' ? undefined : null;
    if (
      typeof v === 'number' ||
      typeof v === 'string' ||
      typeof v === 'boolean'
    )
      return v;
    if (
      typeof v === 'function' ||
      typeof v === 'symbol' ||
      typeof v === 'bigint'
    ) {
      bad = true;
      return null;
    }
    if (v instanceof Date) {
      bad = true;
      return null;
    }
    if (Array.isArray(v)) return v.map(x => walk(x, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const w = walk(x, depth + 1);
      if (w !== undefined) out[k] = w;
    }
    return out;
  };
  const copied = walk(value, 0);
  if (bad && direction === 'out') return null;
  return copied;
}
