/**
 * Builds the standalone conformance project into dist-conformance/ (or the
 * folder given): conformance/main.ts bundled like the add-on
 * (scripts/bundle.ts: exports become top-level functions, runConformance
 * among them) and conformance/appsscript.json, its own manifest.
 * `npm run conformance:push` pushes it with .clasp-conformance.json.
 *
 * Not under dist/: clasp pushes every file under a project's rootDir, so a
 * dist/conformance/ folder would land in the add-on's project.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {bundleAppsScript, removeStale, writeAtomic} from './bundle';

export const CONFORMANCE_GLOBAL = 'Conformite';
const ROOT = path.resolve(__dirname, '..');
export const CONFORMANCE_DIR = path.join(ROOT, 'conformance');
export const CONFORMANCE_DIST = path.join(ROOT, 'dist-conformance');
const ENTRY = path.join(CONFORMANCE_DIR, 'main.ts');

export interface ConformanceBuild {
  outDir: string;
  exports: string[];
  bytes: number;
}

export async function buildConformance(
  outDir: string = CONFORMANCE_DIST,
): Promise<ConformanceBuild> {
  const {code, exports: names} = await bundleAppsScript({
    entry: ENTRY,
    globalName: CONFORMANCE_GLOBAL,
  });
  writeAtomic(path.join(outDir, 'Code.js'), code);
  writeAtomic(
    path.join(outDir, 'appsscript.json'),
    fs.readFileSync(path.join(CONFORMANCE_DIR, 'appsscript.json')),
  );
  removeStale(outDir, new Set(['Code.js', 'appsscript.json']));
  return {outDir, exports: names, bytes: Buffer.byteLength(code)};
}

if (require.main === module) {
  buildConformance()
    .then(r => {
      console.log(
        `${path.relative(ROOT, r.outDir)}/Code.js : ${(r.bytes / 1024).toFixed(1)} Kio, ` +
          `${r.exports.length} fonctions exposées (dont runConformance) ; ` +
          'envoi : npm run conformance:push (voir le README, « Conformité avec Google »)',
      );
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
