/**
 * The conformance project's entry: each export becomes a top-level function
 * of the standalone Apps Script project (npm run conformance:build).
 *  - runConformance: the live run, started from the editor on a real account;
 *  - conformance*: what the emulator harness calls (test/conformance/), one
 *    case or one scenario step per execution;
 *  - onOpen, conformanceTick, conformanceServerValue, conformancePrivate_:
 *    what Google calls by itself in the scenario cases (hooks.ts).
 */
import {ALL_CASES, caseById} from './cases';
import {Scratch, cleanUp} from './framework/context';
import {
  cleanUpScenario,
  infoOf,
  runRaceHalf,
  runSingle,
  runStep,
} from './framework/run';
import {
  isScenario,
  type Actor,
  type CaseInfo,
  type CaseResult,
  type Given,
} from './framework/types';
import {runLive} from './live';

export {
  conformancePrivate_,
  conformanceServerValue,
  conformanceTick,
  onOpen,
} from './hooks';

/**
 * Runs every case this account can run in one execution and writes the
 * results spreadsheet and JSON (see the README, « Conformité avec Google »).
 * Run it from the Apps Script editor; run it again if the log says the suite
 * is incomplete.
 */
export function runConformance(): string {
  return runLive();
}

/** Every case, as plain data (for the harness). */
export function conformanceList(): CaseInfo[] {
  return ALL_CASES.map(infoOf);
}

/** Runs one single-execution case in its own scratch folder, then trashes the folder. */
export function conformanceRunCase(id: string, given: Given): CaseResult {
  const c = caseById(id);
  if (isScenario(c))
    throw new Error(`${id} est un scénario : conformanceRunStep`);
  const scratch = new Scratch(id);
  const result = runSingle(c, given, scratch);
  const folderId = scratch.folderId();
  if (folderId)
    result.cleanup.push(...cleanUp([{kind: 'folder', id: folderId}]));
  return result;
}

/** Runs step `index` (a `run` step) of a scenario as `actor`. */
export function conformanceRunStep(
  id: string,
  index: number,
  given: Given,
  actor: Actor,
): CaseResult {
  const c = caseById(id);
  if (!isScenario(c)) throw new Error(`${id} n'est pas un scénario`);
  return runStep(c, index, given, actor);
}

/** Runs one half of race step `index` of a scenario as `actor`. */
export function conformanceRunRace(
  id: string,
  index: number,
  half: number,
  given: Given,
  actor: Actor,
): CaseResult {
  const c = caseById(id);
  if (!isScenario(c)) throw new Error(`${id} n'est pas un scénario`);
  return runRaceHalf(c, index, half === 1 ? 1 : 0, given, actor);
}

/** Undoes what `actor`'s steps of a scenario made; returns what could not be undone. */
export function conformanceCleanup(id: string, actor: Actor): string[] {
  return cleanUpScenario(id, actor);
}
