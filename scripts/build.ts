/**
 * Builds the Apps Script project into dist/:
 *  - generates the data modules the add-on bundles (official communes);
 *  - bundles src/main.ts with esbuild into one IIFE (es2020) under GLOBAL_NAME;
 *  - appends one top-level function per export of the entry module, because
 *    Apps Script only sees top-level function declarations as menu callbacks,
 *    trigger handlers and google.script.run targets;
 *  - copies appsscript.json and every HTML file under src/ (same relative path).
 * The export list comes from an esbuild metafile pass, never from a hand-kept list.
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {generate} from './generate';

export const GLOBAL_NAME = 'TerritoireDeSciencesAddon';
const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');
const ENTRY = path.join(SRC, 'main.ts');
const VALID_NAME = /^[A-Za-z_$][\w$]*$/;

/** Names exported by the entry module, read from an esbuild metafile (ESM pass). */
async function entryExports(): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [ENTRY],
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

/**
 * Writes a file atomically (temporary file, then rename), so that a test that
 * reads dist/ while another process builds never sees half a file.
 */
function writeAtomic(target: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(target), {recursive: true});
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, target);
}

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) found.push(path.relative(SRC, full));
  }
  return found.sort();
}

/** Removes files of an earlier build that this build no longer produces. */
function removeStale(keep: Set<string>, dir = DIST): void {
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(DIST, full);
    if (entry.isDirectory()) removeStale(keep, full);
    else if (!keep.has(rel) && !entry.name.endsWith('.tmp')) fs.rmSync(full);
  }
}

export interface BuildResult {
  exports: string[];
  html: string[];
  bytes: number;
}

export async function build(
  options: {minify?: boolean} = {},
): Promise<BuildResult> {
  generate();
  const exportsList = await entryExports();
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: options.minify ?? false,
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
        `function ${name}(...args) {\n  return ${GLOBAL_NAME}.${name}(...args);\n}`,
    )
    .join('\n');
  const code = `${bundle}\n// Top-level functions that Apps Script can call.\n${wrappers}\n`;
  writeAtomic(path.join(DIST, 'Code.js'), code);
  writeAtomic(
    path.join(DIST, 'appsscript.json'),
    fs.readFileSync(path.join(ROOT, 'appsscript.json')),
  );
  const html = htmlFiles(SRC);
  for (const rel of html) {
    writeAtomic(path.join(DIST, rel), fs.readFileSync(path.join(SRC, rel)));
  }
  removeStale(new Set(['Code.js', 'appsscript.json', ...html]));
  return {exports: exportsList, html, bytes: Buffer.byteLength(code)};
}

if (require.main === module) {
  build()
    .then(r => {
      console.log(
        `dist/Code.js : ${(r.bytes / 1024).toFixed(1)} Kio, ${r.exports.length} fonctions exposées, ${r.html.length} pages HTML`,
      );
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
