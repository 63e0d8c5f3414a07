/**
 * Test bundles: a tiny Code.js written to a temporary dist folder, so that the
 * emulator's own tests run scripts without depending on the add-on's build.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {WorkspaceOptions} from '../workspace/types';
import {Workspace} from '../workspace/workspace';

export function bundleDir(
  code: string,
  html: Record<string, string> = {},
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-bundle-'));
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  for (const [name, content] of Object.entries(html)) {
    const file = path.join(dir, `${name}.html`);
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, content);
  }
  return dir;
}

/** A workspace running `code` as its bundle (Paris time, 1 Sept 2026 08:00). */
export function workspaceWith(
  code: string,
  options: WorkspaceOptions = {},
): Workspace {
  return new Workspace({
    now: new Date('2026-09-01T08:00:00+02:00'),
    distDir: bundleDir(code),
    ...options,
  });
}
