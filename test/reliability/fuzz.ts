/**
 * What the fuzzing suites share: hostile strings and a property runner that
 * counts, case by case, the results and the errors (for the reliability
 * summary) and fails a property whose cases mostly end in an error.
 */
import fc from 'fast-check';
import {FuzzTally, recordFuzz} from '../helpers/reliability';

/** Formula payloads (OWASP CSV injection) and HTML payloads. */
export const FORMULA_PAYLOADS = [
  '=IMPORTXML("http://x","//a")',
  '+1',
  '-1+2',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '\n=1',
];
export const HTML_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
];

/** Odd Unicode: lone surrogates, zero-width and bidi marks, combining accents, NUL, emoji. */
const ODD = [
  '\uD800',
  '\uDFFF',
  '\u200B\u200D\uFEFF',
  '\u202E evil \u202C',
  'e\u0301te\u0301',
  '\u0000',
  '👩🏽‍🔬🧪',
  '\u00A0\u202F',
  '𝔊𝔯𝔢𝔫𝔬𝔟𝔩𝔢',
  '',
  '   ',
  '\t',
];

/** A string over the 50,000-character cell limit (made once). */
export const HUGE = 'x'.repeat(60000);

/** Hostile strings of ordinary length. */
export const shortHostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FORMULA_PAYLOADS, ...HTML_PAYLOADS, ...ODD),
  fc.string({unit: 'binary', maxLength: 40}),
  fc.string({unit: 'grapheme', maxLength: 40}),
  fc.string({maxLength: 20}),
  fc
    .tuple(
      fc.constantFrom(...FORMULA_PAYLOADS, ...HTML_PAYLOADS, ...ODD),
      fc.string({maxLength: 10}),
    )
    .map(([a, b]) => a + b),
);

/** Hostile strings, now and then one over the cell limit. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  {weight: 12, arbitrary: shortHostile},
  {weight: 1, arbitrary: fc.constant(HUGE)},
);

/** The seed of every property run unless FUZZ_SEED says otherwise. */
export const DEFAULT_FUZZ_SEED = 20261128;

/**
 * A user message with every catalogue placeholder filled: no "undefined", no
 * "{name}" left. The user's own text, quoted « … » in messages, is set aside
 * first: it may hold braces of its own.
 */
export function expectFilledMessage(message: string): void {
  const ours = message.replace(/«[^»]*»/g, '«»');
  expect(ours).not.toMatch(/undefined|NaN|\{\w+\}/);
}

/** What one generated case came to: a value returned, or an expected (French) error. */
export type Outcome = 'result' | 'error';

export interface PropertyOptions {
  numRuns: number;
  /** Where the tally goes (test/helpers/reliability.ts). */
  suite: string;
  /**
   * The property is about refusals (e.g. truncated files): every case must
   * end in an error. Otherwise at least half the cases must produce a result,
   * or the generator mostly feeds the code what it refuses and the property
   * proves little.
   */
  refusals?: boolean;
}

/**
 * Runs a property `numRuns` times with a fixed seed (FUZZ_SEED=<n> or
 * "random" explores) and records how many cases produced a result and how
 * many ended in an error, counted case by case. Fails with fast-check's
 * report (counterexample and seed) when a case fails, and when fewer than
 * half the cases produced a result.
 */
export function runProperty<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Outcome,
  options: PropertyOptions,
): FuzzTally {
  const env = process.env.FUZZ_SEED;
  const seed =
    env === 'random' ? Date.now() : env ? Number(env) : DEFAULT_FUZZ_SEED;
  const tally: FuzzTally = {results: 0, errors: 0};
  const details = fc.check(
    fc.property(arbitrary, value => {
      const outcome = predicate(value);
      if (outcome === 'result') tally.results++;
      else tally.errors++;
    }),
    {numRuns: options.numRuns, seed},
  );
  if (details.failed) {
    const cause = details.errorInstance;
    const detail = cause instanceof Error ? cause.message : String(cause);
    const report = fc.defaultReportMessage(details) ?? '';
    // The counterexample may hold a 60,000-character string: keep it short.
    throw new Error(
      `seed ${seed}: ${detail.slice(0, 2000)}\n${report.slice(0, 3000)}`,
    );
  }
  // Every case tried was counted once (no shrinking happens on success).
  expect(tally.results + tally.errors).toBe(details.numRuns);
  if (options.refusals) {
    expect({seed, results: tally.results}).toEqual({seed, results: 0});
  } else if (tally.results * 2 < details.numRuns) {
    throw new Error(
      `seed ${seed}: only ${tally.results} of ${details.numRuns} cases produced a result (fewer than half): the generator mostly makes input the code refuses`,
    );
  }
  recordFuzz(options.suite, tally);
  return tally;
}
