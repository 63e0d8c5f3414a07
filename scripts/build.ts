/**
 * Builds the Apps Script project into dist/:
 *  - generates the data modules the add-on bundles (official communes);
 *  - bundles src/main.ts into one file whose exports are top-level functions
 *    (scripts/bundle.ts, shared with the conformance project);
 *  - copies appsscript.json and every HTML file under src/ (same relative path).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {bundleAppsScript, removeStale, writeAtomic} from './bundle';
import {generate} from './generate';

export const GLOBAL_NAME = 'TerritoireDeSciencesAddon';
const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');
const ENTRY = path.join(SRC, 'main.ts');

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) found.push(path.relative(SRC, full));
  }
  return found.sort();
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
  const {code, exports: exportsList} = await bundleAppsScript({
    entry: ENTRY,
    globalName: GLOBAL_NAME,
    minify: options.minify,
  });
  writeAtomic(path.join(DIST, 'Code.js'), code);
  writeAtomic(
    path.join(DIST, 'appsscript.json'),
    fs.readFileSync(path.join(ROOT, 'appsscript.json')),
  );
  const html = htmlFiles(SRC);
  for (const rel of html) {
    writeAtomic(path.join(DIST, rel), fs.readFileSync(path.join(SRC, rel)));
  }
  removeStale(DIST, new Set(['Code.js', 'appsscript.json', ...html]));
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
