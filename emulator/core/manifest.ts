/**
 * The loaded project's manifest (appsscript.json beside Code.js): the
 * scopes it grants. Read again when the file changes.
 * https://developers.google.com/apps-script/manifest
 * https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {GrantedScopes} from './scopes';

const cache = new Map<string, {key: string; scopes: GrantedScopes}>();

/**
 * The manifest's oauthScopes, or null when there is no manifest or it sets
 * none (Apps Script then detects the scopes from the code: everything the
 * code calls is granted).
 */
export function manifestScopes(distDir: string): GrantedScopes {
  const file = path.resolve(distDir, 'appsscript.json');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  const key = `${stat.size}:${stat.mtimeMs}`;
  const cached = cache.get(file);
  if (cached && cached.key === key) return cached.scopes;
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    oauthScopes?: unknown;
  };
  const scopes = Array.isArray(parsed.oauthScopes)
    ? new Set(parsed.oauthScopes.map(String))
    : null;
  cache.set(file, {key, scopes});
  return scopes;
}

/**
 * The kind of project in `distDir`, when its Code.js says it on its first
 * line (`@projectType addon` or `@projectType bound`, as scripts/build.ts
 * writes it); null when it does not say (the Workspace option or 'bound').
 * Google knows this from how the project is deployed (a script bound to a
 * file, or an editor add-on installed from the Marketplace); the emulator
 * needs it written somewhere in the project.
 */
export function declaredProjectType(distDir: string): 'bound' | 'addon' | null {
  let head = '';
  try {
    const fd = fs.openSync(path.resolve(distDir, 'Code.js'), 'r');
    try {
      const buf = Buffer.alloc(512);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      head = buf.subarray(0, n).toString('utf8').split('\n')[0];
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
  const m = /@projectType (bound|addon)\b/.exec(head);
  return m ? (m[1] as 'bound' | 'addon') : null;
}

/** The whole manifest beside Code.js, or null when there is none. */
export function readManifest(distDir: string): unknown {
  try {
    return JSON.parse(
      fs.readFileSync(path.resolve(distDir, 'appsscript.json'), 'utf8'),
    ) as unknown;
  } catch {
    return null;
  }
}
