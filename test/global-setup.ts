/**
 * Builds dist/ once before any test file runs: integration tests load the
 * built projects (dist/, dist/sheets, dist/forms), never the sources. The
 * same projects built as editor add-ons (`--mode addon`) go to dist-addon/
 * for the tests of that deployment mode (test/helpers/projects.ts).
 */
import * as path from 'node:path';
import {build} from '../scripts/build';

export default async function globalSetup(): Promise<void> {
  await build();
  await build({
    mode: 'addon',
    outDir: path.resolve(__dirname, '../dist-addon'),
  });
}
