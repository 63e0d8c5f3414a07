/**
 * The suites pass identically whatever the host's time zone (issue 14,
 * point 4): the emulator runs the bundle in its manifest's zone, and the
 * tests compute their expectations from explicit zones. This runs a
 * date-sensitive subset of the suites under TZ=UTC, Europe/Paris and
 * America/New_York, one after the other, and prints one line per zone. It
 * fails when a run fails or when the zones do not give the same counts.
 *
 * The subset, not the whole suite (which takes about 8 minutes on two cores:
 * three more runs would not fit the CI budget): the emulator's typing and
 * time-zone tests, the trigger clock, the conformance cases (points 3 and 4
 * among them), the pure dates module, and the add-on flows that read or
 * write dates and times (purge by cut-off day, weekly summaries, tracker
 * import of times and days). `npm test` runs it after jest.
 *
 *   npx tsx scripts/tz-check.ts [extra jest paths…]
 */
import {spawnSync} from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
export const ZONES = ['UTC', 'Europe/Paris', 'America/New_York'];
export const SUBSET = [
  'emulator/test/typing.test.ts',
  'emulator/test/triggers.test.ts',
  'test/conformance',
  'test/unit/shared',
  'test/unit/privacy',
  'test/integration/privacy',
  'test/integration/weekly',
  'test/integration/tracker/typed-text.test.ts',
];

interface Outcome {
  zone: string;
  passed: number;
  failed: number;
  total: number;
  ok: boolean;
}

function runIn(zone: string, paths: readonly string[]): Outcome {
  const out = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'tz-check-')),
    'result.json',
  );
  const jest = path.join(ROOT, 'node_modules', '.bin', 'jest');
  const r = spawnSync(
    jest,
    [...paths, '--json', `--outputFile=${out}`, '--silent'],
    {
      cwd: ROOT,
      env: {...process.env, TZ: zone},
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    },
  );
  let passed = 0;
  let failed = 0;
  let total = 0;
  try {
    const json = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
    };
    passed = json.numPassedTests;
    failed = json.numFailedTests;
    total = json.numTotalTests;
  } catch {
    process.stderr.write(r.stderr ?? '');
  }
  if (r.status !== 0) process.stderr.write(r.stderr ?? '');
  return {zone, passed, failed, total, ok: r.status === 0 && failed === 0};
}

function main(): void {
  const paths = [...SUBSET, ...process.argv.slice(2)].filter(p =>
    fs.existsSync(path.join(ROOT, p)),
  );
  const outcomes = ZONES.map(zone => runIn(zone, paths));
  const lines = outcomes.map(
    o =>
      `  TZ=${o.zone.padEnd(16)} ${o.passed}/${o.total} tests réussis${o.ok ? '' : ` — ${o.failed} en échec`}`,
  );
  const same = outcomes.every(
    o => o.total === outcomes[0].total && o.passed === outcomes[0].passed,
  );
  const ok = outcomes.every(o => o.ok) && same && outcomes[0].total > 0;
  process.stdout.write(
    [
      `Fuseaux de l'hôte : ${paths.length} suites sensibles aux dates, sous ${ZONES.length} fuseaux`,
      ...lines,
      ok
        ? "  Résultats identiques : le fuseau de l'hôte ne change rien."
        : "  ÉCHEC : les résultats dépendent du fuseau de l'hôte.",
      '',
    ].join('\n'),
  );
  if (!ok) process.exitCode = 1;
}

if (require.main === module) main();
