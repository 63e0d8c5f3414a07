/**
 * Counts kept by the reliability suites (fuzz cases tried, injection paths
 * covered, interleavings tried, interruptions resumed). Each test file adds
 * its counts to a file under test-artifacts/; the reliability reporter prints
 * the totals as one summary line at the end of `npm test`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type ReliabilityKind =
  'fuzzCases' | 'injectionPaths' | 'interleavings' | 'interruptions';

export const COUNTS_DIR = path.resolve(
  __dirname,
  '../../test-artifacts/reliability',
);

/** Adds `n` to a kind's count for this test file (one file per jest worker and suite). */
export function recordReliability(
  kind: ReliabilityKind,
  n: number,
  suite: string,
): void {
  fs.mkdirSync(COUNTS_DIR, {recursive: true});
  const file = path.join(COUNTS_DIR, `${suite.replace(/[^\w-]/g, '_')}.json`);
  const counts = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<
        Record<ReliabilityKind, number>
      >)
    : {};
  counts[kind] = (counts[kind] ?? 0) + n;
  fs.writeFileSync(file, JSON.stringify(counts));
}
