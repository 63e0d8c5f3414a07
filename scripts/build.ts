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

function copyHtml(dir: string): string[] {
  const copied: string[] = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) copied.push(...copyHtml(full));
    else if (entry.name.endsWith('.html')) {
      const rel = path.relative(SRC, full);
      const target = path.join(DIST, rel);
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.copyFileSync(full, target);
      copied.push(rel);
    }
  }
  return copied;
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
  fs.rmSync(DIST, {recursive: true, force: true});
  fs.mkdirSync(DIST, {recursive: true});
  fs.writeFileSync(path.join(DIST, 'Code.js'), code);
  fs.copyFileSync(
    path.join(ROOT, 'appsscript.json'),
    path.join(DIST, 'appsscript.json'),
  );
  const html = copyHtml(SRC);
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
