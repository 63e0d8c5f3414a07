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
