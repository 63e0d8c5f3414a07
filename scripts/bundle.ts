/**
 * What every Apps Script project of this repository is built with (the
 * add-on in scripts/build.ts, the conformance project in
 * scripts/build-conformance.ts):
 *  - the entry module bundled by esbuild into one IIFE (es2020) under a
 *    global name;
 *  - one top-level function appended per export of the entry module, because
 *    Apps Script only sees top-level function declarations as menu callbacks,
 *    trigger handlers, google.script.run targets and editor "Run" choices;
 *  - files written atomically, stale files of an earlier build removed.
 * The export list comes from an esbuild metafile pass, never from a hand-kept list.
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const VALID_NAME = /^[A-Za-z_$][\w$]*$/;

/** Names exported by an entry module, read from an esbuild metafile (ESM pass). */
export async function entryExports(entry: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    metafile: true,
    outfile: 'entry-exports.js',
    logLevel: 'silent',
  });
  const outputs = Object.values(result.metafile.outputs);
  const names = outputs.flatMap(o => o.exports ?? []);
  for (const name of names) {
    if (!VALID_NAME.test(name) || name === 'default') {
      throw new Error(`Export non utilisable par Apps Script : ${name}`);
    }
  }
  return [...new Set(names)].sort();
}

export interface AppsScriptBundle {
  /** The whole Code.js: the IIFE, then one top-level function per export. */
  code: string;
  /** The entry module's exports, each a top-level function of `code`. */
  exports: string[];
}

/** Bundles `entry` into one Apps Script file whose exports are top-level functions. */
export async function bundleAppsScript(options: {
  entry: string;
  globalName: string;
  minify?: boolean;
  /** Identifiers replaced by literals at build time (esbuild `define`). */
  define?: Record<string, string>;
}): Promise<AppsScriptBundle> {
  const exportsList = await entryExports(options.entry);
  const result = await esbuild.build({
    entryPoints: [options.entry],
    bundle: true,
    format: 'iife',
    globalName: options.globalName,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: options.minify ?? false,
    define: options.define,
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    outfile: 'Code.js',
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  const wrappers = exportsList
    .map(
      name =>
        `function ${name}(...args) {\n  return ${options.globalName}.${name}(...args);\n}`,
    )
    .join('\n');
  const code = `${bundle}\n// Top-level functions that Apps Script can call.\n${wrappers}\n`;
  return {code, exports: exportsList};
}

/**
 * Writes a file atomically (temporary file, then rename), so that a test that
 * reads a build folder while another process builds never sees half a file.
 */
export function writeAtomic(target: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(target), {recursive: true});
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, target);
}

/** Removes the files under `root` that this build did not produce (`keep`: paths relative to root). */
export function removeStale(root: string, keep: Set<string>, dir = root): void {
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(root, full);
    if (entry.isDirectory()) removeStale(root, keep, full);
    else if (!keep.has(rel) && !entry.name.endsWith('.tmp')) fs.rmSync(full);
  }
}
