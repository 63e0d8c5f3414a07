/**
 * The manifest asks for exactly the scopes the README justifies, never the
 * full Drive scope, and keeps the runtime settings Apps Script needs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface Manifest {
  timeZone: string;
  runtimeVersion: string;
  exceptionLogging: string;
  oauthScopes: string[];
}

const manifest = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'),
) as Manifest;

/** Scopes named in the README's scopes table, each with a non-empty reason. */
function justifiedScopes(): Map<string, string> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Scopes$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = new Map<string, string>();
  for (const m of section.matchAll(
    /^\|\s*`(https:\/\/www\.googleapis\.com\/auth\/[^`]+)`\s*\|\s*(.*?)\s*\|$/gm,
  )) {
    rows.set(m[1], m[2]);
  }
  return rows;
}

describe('appsscript.json', () => {
  test('runtime settings', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Paris');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  test('every scope is justified in the README, and every justified scope is asked', () => {
    const justified = justifiedScopes();
    expect(justified.size).toBeGreaterThanOrEqual(7);
    for (const [scope, reason] of justified)
      expect({scope, reason: reason.length > 20}).toEqual({
        scope,
        reason: true,
      });
    expect([...manifest.oauthScopes].sort()).toEqual(
      [...justified.keys()].sort(),
    );
  });

  test('never the full Drive scope', () => {
    const drive = manifest.oauthScopes.filter(s =>
      /\/auth\/drive(\.readonly)?$/.test(s),
    );
    expect(drive).toEqual([]);
    expect(manifest.oauthScopes).toContain(
      'https://www.googleapis.com/auth/drive.file',
    );
  });

  test('a scope missing from the README would be caught', () => {
    const justified = justifiedScopes();
    const withExtra = [
      ...manifest.oauthScopes,
      'https://www.googleapis.com/auth/gmail.readonly',
    ];
    expect(withExtra.filter(s => !justified.has(s))).toEqual([
      'https://www.googleapis.com/auth/gmail.readonly',
    ]);
  });
});
