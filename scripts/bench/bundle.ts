/**
 * Bundle figures: dist/Code.js minified and gzip-compressed, and the time V8
 * takes to load it in a fresh node:vm context (as Apps Script loads the
 * project on every execution).
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';
import {medianMs, round} from './stats';

/** Budget for the minified bundle (the issue suggests 250 KB). */
export const MINIFIED_BUDGET_BYTES = 250 * 1024;

export interface BundleFigures {
  rawBytes: number;
  minifiedBytes: number;
  gzipBytes: number;
  loadMs: number;
  budgetBytes: number;
  withinBudget: boolean;
  /** Bytes clasp pushes, per project folder under dist/ (Code.js, pages, manifest). */
  pushed: Record<string, number>;
}

/** Bytes of the files clasp would push from `dir` (source maps excluded). */
function pushedBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      // A folder with its own manifest is another project.
      if (!fs.existsSync(path.join(p, 'appsscript.json'))) n += pushedBytes(p);
      continue;
    }
    if (/\.(js|gs|html|json)$/.test(e.name) && !e.name.endsWith('.map'))
      n += fs.statSync(p).size;
  }
  return n;
}

export async function measureBundle(distDir: string): Promise<BundleFigures> {
  const code = fs.readFileSync(path.join(distDir, 'Code.js'), 'utf8');
  const minified = (
    await esbuild.transform(code, {minify: true, target: 'es2020'})
  ).code;
  const gzip = zlib.gzipSync(Buffer.from(minified), {level: 9});
  // A fresh context per load, as each Apps Script execution starts anew.
  const loadMs = medianMs(
    () => {
      const context = vm.createContext({});
      new vm.Script(code, {filename: 'Code.js'}).runInContext(context);
    },
    15,
    3,
  );
  const minifiedBytes = Buffer.byteLength(minified);
  // One project per folder holding a manifest (dist/ itself, or dist/sheets and dist/forms).
  const pushed: Record<string, number> = {};
  for (const sub of ['', ...fs.readdirSync(distDir)]) {
    const dir = path.join(distDir, sub);
    if (!fs.statSync(dir).isDirectory()) continue;
    if (fs.existsSync(path.join(dir, 'appsscript.json')))
      pushed[sub || '.'] = pushedBytes(dir);
  }
  return {
    pushed,
    rawBytes: Buffer.byteLength(code),
    minifiedBytes,
    gzipBytes: gzip.length,
    loadMs: round(loadMs),
    budgetBytes: MINIFIED_BUDGET_BYTES,
    withinBudget: minifiedBytes <= MINIFIED_BUDGET_BYTES,
  };
}
