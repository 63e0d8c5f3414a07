/**
 * Evidence kept by the reliability suites, one JSON file per suite under
 * test-artifacts/reliability/; the reliability reporter prints the totals at
 * the end of `npm test`. Each figure is recorded only with what proves it:
 *  - fuzz cases: how many produced a result and how many ended in a (French)
 *    error, as counted by the property itself;
 *  - injection paths: by name, covered only when the payloads written through
 *    the path were read back as exact text from where a person sees them, or
 *    listed as not covered with the reason;
 *  - interleavings: only those where the second execution really started
 *    while the first was running;
 *  - interruptions: only those where the first run really was cut, then
 *    resumed by a rerun that left what one quiet run leaves.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const COUNTS_DIR = path.resolve(
  __dirname,
  '../../test-artifacts/reliability',
);

export interface FuzzTally {
  /** Cases that returned a value. */
  results: number;
  /** Cases that ended in an expected error (a French message). */
  errors: number;
}

export interface InjectionPath {
  name: string;
  covered: boolean;
  /** What was read back and where (covered), or why it cannot be exercised. */
  evidence: string;
}

export interface SuiteEvidence {
  fuzz: FuzzTally;
  injection: InjectionPath[];
  interleavings: number;
  interruptions: number;
}

const empty = (): SuiteEvidence => ({
  fuzz: {results: 0, errors: 0},
  injection: [],
  interleavings: 0,
  interruptions: 0,
});

function update(suite: string, change: (e: SuiteEvidence) => void): void {
  fs.mkdirSync(COUNTS_DIR, {recursive: true});
  const file = path.join(COUNTS_DIR, `${suite.replace(/[^\w-]/g, '_')}.json`);
  const evidence = fs.existsSync(file)
    ? {
        ...empty(),
        ...(JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteEvidence),
      }
    : empty();
  change(evidence);
  fs.writeFileSync(file, JSON.stringify(evidence, null, 1));
}

export function recordFuzz(suite: string, tally: FuzzTally): void {
  update(suite, e => {
    e.fuzz.results += tally.results;
    e.fuzz.errors += tally.errors;
  });
}

export function recordInjectionPath(suite: string, p: InjectionPath): void {
  update(suite, e => {
    e.injection = [...e.injection.filter(x => x.name !== p.name), p];
  });
}

export function recordInterleavings(suite: string, n: number): void {
  update(suite, e => {
    e.interleavings += n;
  });
}

export function recordInterruptions(suite: string, n: number): void {
  update(suite, e => {
    e.interruptions += n;
  });
}
