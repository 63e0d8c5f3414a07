/**
 * Where the built projects are, for the tests that load one on the emulator:
 * the default build (bound) in dist/, the add-on build in dist-addon/
 * (both made by test/global-setup.ts; built here if absent, e.g. a single
 * test file run with a stale tree).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {build} from '../../scripts/build';

export type Project = 'sheets' | 'forms';
export type Mode = 'bound' | 'addon';

const ROOT = path.resolve(__dirname, '../..');

/** The folder of one built project (Workspace's distDir). */
export function projectDir(project: Project, mode: Mode): string {
  return path.join(ROOT, mode === 'bound' ? 'dist' : 'dist-addon', project);
}

/** Builds the mode's projects when they are missing. */
export async function ensureBuilt(mode: Mode): Promise<void> {
  if (fs.existsSync(path.join(projectDir('forms', mode), 'Code.js'))) return;
  await build(
    mode === 'bound'
      ? {}
      : {mode: 'addon', outDir: path.join(ROOT, 'dist-addon')},
  );
}
