/**
 * The conformance suite on the emulator: every case of conformance/ built
 * into its standalone bundle (the one `npm run conformance:build` makes for
 * a real account) and run in a Workspace. Cases listed in
 * conformance/known-gaps.ts must fail here (the emulator does not behave as
 * Google yet); every other case must pass. The counts go to
 * test-artifacts/conformance/emulator.json, which the conformance reporter
 * prints as « Conformité : N cas, M écarts connus ».
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {ALL_CASES} from '../../conformance/cases';
import {infoOf} from '../../conformance/framework/run';
import type {CaseInfo, CaseResult} from '../../conformance/framework/types';
import {KNOWN_GAPS} from '../../conformance/known-gaps';
import {buildConformance} from '../../scripts/build-conformance';
import type {LiveResults} from '../../conformance/live';
import {
  runOnEmulator,
  workspace,
  writeResults,
  type EmulatorCaseRecord,
} from './harness';

const ROOT = path.resolve(__dirname, '../..');
const CASES: CaseInfo[] = ALL_CASES.map(infoOf);
const records: EmulatorCaseRecord[] = [];
let distDir = '';

beforeAll(async () => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-'));
  await buildConformance(distDir);
}, 120000);

afterAll(() => {
  if (records.length) writeResults(records);
  if (distDir) fs.rmSync(distDir, {recursive: true, force: true});
});

function explain(r: CaseResult): string {
  return [...r.failures, ...r.cleanup.map(c => `nettoyage : ${c}`)].join('\n');
}

describe('the cases themselves', () => {
  test('at least 60 cases, unique ids, each citing a Google reference page', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map(c => c.id)).size).toBe(CASES.length);
    for (const c of CASES) {
      expect(c.refs.length).toBeGreaterThan(0);
      for (const ref of c.refs) {
        expect(ref).toMatch(/^https:\/\/(developers|support)\.google\.com\//);
      }
      expect(c.title.length).toBeGreaterThan(10);
    }
    // Every point of issue 14 has cases.
    for (const point of [1, 2, 3, 4, 5]) {
      expect(CASES.filter(c => c.point === point).length).toBeGreaterThan(0);
    }
  });

  test('each known gap names an existing case and gives a reason', () => {
    const ids = new Set(CASES.map(c => c.id));
    for (const [id, reason] of Object.entries(KNOWN_GAPS)) {
      expect(ids.has(id) ? id : `cas inconnu : ${id}`).toBe(id);
      expect(reason.trim().length).toBeGreaterThan(10);
    }
  });

  test('the built project: its own manifest, runConformance and the hooks as top-level functions, the same cases as the sources', () => {
    expect(fs.readFileSync(path.join(distDir, 'appsscript.json'), 'utf8')).toBe(
      fs.readFileSync(path.join(ROOT, 'conformance/appsscript.json'), 'utf8'),
    );
    const code = fs.readFileSync(path.join(distDir, 'Code.js'), 'utf8');
    const topLevel = [...code.matchAll(/^function ([\w$]+)\(/gm)].map(
      m => m[1],
    );
    for (const name of [
      'runConformance',
      'onOpen',
      'conformanceTick',
      'conformanceServerValue',
      'conformancePrivate_',
    ]) {
      expect(topLevel).toContain(name);
    }
    const ws = workspace(distDir);
    const r = ws.run(null, 'conformanceList');
    expect(r.error).toBeNull();
    expect(r.value).toEqual(CASES);
  });

  test("the conformance manifest asks for no scope the add-on lacks, and its time zone is no test host's", () => {
    const own = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'conformance/appsscript.json'), 'utf8'),
    ) as {timeZone: string; oauthScopes: string[]};
    const addon = JSON.parse(
      fs.readFileSync(
        path.join(ROOT, 'projects/sheets/appsscript.json'),
        'utf8',
      ),
    ) as {oauthScopes: string[]};
    for (const scope of own.oauthScopes)
      expect(addon.oauthScopes).toContain(scope);
    expect(own.oauthScopes).not.toContain(
      'https://www.googleapis.com/auth/script.external_request',
    );
    expect(['UTC', 'Europe/Paris', 'America/New_York']).not.toContain(
      own.timeZone,
    );
  });

  test('conformance/ uses only Apps Script: it imports nothing outside its folder', () => {
    const dir = path.join(ROOT, 'conformance');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, {withFileTypes: true})) {
        const full = path.join(d, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith('.ts')) files.push(full);
      }
    };
    walk(dir);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from\s+'([^']+)'/g)) {
        const target = path.resolve(path.dirname(file), m[1]);
        const inside = m[1].startsWith('.') && target.startsWith(dir);
        expect(inside ? 'dans conformance/' : `${file} importe ${m[1]}`).toBe(
          'dans conformance/',
        );
      }
    }
  });
});

describe('every case on the emulator', () => {
  test.each(CASES.map(c => [c.id, c] as const))('%s', (_id, info) => {
    const result = runOnEmulator(distDir, info);
    const gap = KNOWN_GAPS[info.id] ?? null;
    records.push({
      ...result,
      knownGap: gap,
      offline: info.offline,
      needs: info.needs,
      point: info.point,
    });
    if (gap !== null) {
      if (result.status === 'pass') {
        throw new Error(
          `Écart connu résolu : ${info.id} passe maintenant sur l'émulateur ; retirer sa ligne de conformance/known-gaps.ts (${gap}).`,
        );
      }
      return;
    }
    expect(explain(result)).toBe('');
    expect(result.status).toBe('pass');
    expect(result.checks).toBeGreaterThan(0);
  });
});

describe('the live runner (runConformance), run on the emulator', () => {
  test('runs every live case once, resumes after a stop, leaves only its results behind', () => {
    const ws = workspace(distDir);
    // A real run stops itself before 6 minutes by the clock; the emulator's
    // clock does not move with its latency model, so the limit is lifted and
    // the stop is forced with the budget property instead.
    ws.timeLimitMs = 60 * 60 * 1000;
    const person = ws.createDocument('Modèle de convention (fait à la main)');
    const props = ws.properties.script();
    props.set('CONFORMANCE_PERSON_DOC_ID', person.getId());
    props.set('CONFORMANCE_BUDGET_SECONDS', '0');

    const first = ws.run(null, 'runConformance');
    expect(first.error).toBeNull();
    expect(first.value).toBe(
      `Suite incomplète : ${CASES.length - 1} cas restent. Relancez runConformance : elle reprend où elle s'est arrêtée.`,
    );
    props.delete('CONFORMANCE_BUDGET_SECONDS');
    const second = ws.run(null, 'runConformance');
    expect(second.error).toBeNull();
    expect(String(second.value)).toMatch(
      new RegExp(`^Conformité : ${CASES.length} cas — `),
    );

    // The JSON file: every case once, in order; the same verdicts as the
    // isolated runs above (fail exactly for the known gaps).
    const jsonFile = ws.files.find(f => f.mimeType === 'application/json');
    expect(jsonFile).toBeDefined();
    const drive = ws.services.DriveApp as GoogleAppsScript.Drive.DriveApp;
    const results = JSON.parse(
      drive.getFileById(jsonFile!.id).getBlob().getDataAsString(),
    ) as LiveResults;
    expect(results.cases.map(c => c.id)).toEqual(CASES.map(c => c.id));
    for (const info of CASES) {
      const got = results.cases.find(c => c.id === info.id)!;
      const expected =
        info.offline !== null
          ? 'offline'
          : KNOWN_GAPS[info.id] !== undefined
            ? 'fail'
            : 'pass';
      expect(`${info.id} ${got.status}`).toBe(`${info.id} ${expected}`);
      expect(`${info.id} ${got.cleanup.join(' ; ')}`).toBe(`${info.id} `);
    }
    expect(results.counts.cases).toBe(CASES.length);
    expect(results.counts.skipped).toBe(0);
    expect(results.account.locale).toBe('fr');

    // The results spreadsheet: a header and one row per case.
    const resultsSheet = ws.spreadsheets.find(s =>
      s.getName().startsWith('Conformité Apps Script — '),
    )!;
    expect(resultsSheet.getSheets()[0].getLastRow()).toBe(CASES.length + 1);

    // Nothing else left: every other Drive entry is in the trash (itself or
    // a folder above it); no trigger; no property but the person's Doc id.
    const kept = new Set([jsonFile!.id, resultsSheet.getId(), person.getId()]);
    const byId = new Map(ws.files.map(f => [f.id, f]));
    const trashed = (id: string): boolean => {
      const f = byId.get(id);
      return !!f && (f.trashed || f.parents.some(trashed));
    };
    // The root folder ("Mon Drive") has no parent and is not the run's.
    const left = ws.files
      .filter(f => f.parents.length && !kept.has(f.id) && !trashed(f.id))
      .map(f => f.name);
    expect(left).toEqual([]);
    expect(ws.triggers).toEqual([]);
    expect([...props.keys()]).toEqual(['CONFORMANCE_PERSON_DOC_ID']);
    expect(byId.get(person.getId())!.trashed).toBe(false);
  });
});
