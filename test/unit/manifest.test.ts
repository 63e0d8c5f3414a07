/**
 * Each project's manifest (projects/<name>/appsscript.json) asks for exactly
 * the scopes the README's table for that project justifies, never the full
 * Drive scope, and keeps the runtime settings Apps Script needs.
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

function manifestOf(project: 'sheets' | 'forms'): Manifest {
  return JSON.parse(
    fs.readFileSync(
      path.join(ROOT, 'projects', project, 'appsscript.json'),
      'utf8',
    ),
  ) as Manifest;
}
const manifest = manifestOf('sheets');
const formsManifest = manifestOf('forms');

/**
 * Scopes named in one project's table of the README's "Scopes" section (under
 * its "### Google Sheets project" or "### Google Forms project" heading),
 * each with its reason.
 */
function justifiedScopes(
  project: 'Sheets' | 'Forms' = 'Sheets',
): Map<string, string> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const scopes = readme.split(/^## Scopes$/m)[1]?.split(/^## /m)[0] ?? '';
  const section =
    scopes
      .split(/^### /m)
      .find(part => part.startsWith(`Google ${project} project`)) ?? '';
  const rows = new Map<string, string>();
  for (const m of section.matchAll(
    /^\|\s*`(https:\/\/www\.googleapis\.com\/auth\/[^`]+)`\s*\|\s*(.*?)\s*\|$/gm,
  )) {
    rows.set(m[1], m[2]);
  }
  return rows;
}

describe('projects/*/appsscript.json', () => {
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

  test('Forms project: its scopes are justified in its own table, and few', () => {
    const justified = justifiedScopes('Forms');
    for (const [scope, reason] of justified)
      expect({scope, reason: reason.length > 20}).toEqual({
        scope,
        reason: true,
      });
    expect([...formsManifest.oauthScopes].sort()).toEqual(
      [...justified.keys()].sort(),
    );
    // What only the Sheets project does stays out of the Forms project.
    for (const scope of ['documents', 'drive.file', 'script.send_mail'])
      expect(formsManifest.oauthScopes).not.toContain(
        `https://www.googleapis.com/auth/${scope}`,
      );
    expect(formsManifest.timeZone).toBe(manifest.timeZone);
    expect(formsManifest.runtimeVersion).toBe('V8');
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
