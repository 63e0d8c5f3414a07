/**
 * Running cases inside one Apps Script execution: a single case from start
 * to clean-up, or one step of a scenario (whose clean-up waits for the end
 * of the scenario, since a trigger made in step 1 must live until step 3).
 */
import {cleanUp, cleanupKey, Context, Scratch} from './context';
import {
  isScenario,
  type Actor,
  type CaseInfo,
  type CaseResult,
  type ConformanceCase,
  type Given,
  type RunStep,
  type ScenarioCase,
  type SingleCase,
  type StepInfo,
  type Tracked,
} from './types';
import {messageOf, nameOf} from './values';

/** An exception the case did not expect is a failure of the case, never of the runner. */
function unexpected(ctx: Context, e: unknown): void {
  const name = nameOf(e);
  ctx.failures.push(
    `exception inattendue : ${name ? `${name}: ` : ''}${messageOf(e)}`,
  );
}

/** Runs a single-execution case with its own tracked resources, then undoes them. */
export function runSingle(
  c: SingleCase,
  given: Given,
  scratch: Scratch,
): CaseResult {
  const ctx = new Context(c.id, given, scratch);
  try {
    c.run(ctx);
  } catch (e) {
    unexpected(ctx, e);
  }
  const result = ctx.result();
  result.cleanup = cleanUp(ctx.tracked);
  return result;
}

function persist(caseId: string, actor: Actor, tracked: Tracked[]): void {
  if (!tracked.length) return;
  const props = PropertiesService.getScriptProperties();
  const key = cleanupKey(caseId, actor);
  const earlier = JSON.parse(props.getProperty(key) ?? '[]') as Tracked[];
  props.setProperty(key, JSON.stringify([...earlier, ...tracked]));
}

function runKept(
  c: ScenarioCase,
  fn: (t: Context) => void,
  given: Given,
  actor: Actor,
  label: string,
): CaseResult {
  const scratch = new Scratch(`${c.id} ${label}`);
  const ctx = new Context(c.id, given, scratch);
  try {
    fn(ctx);
  } catch (e) {
    unexpected(ctx, e);
  }
  const folderId = scratch.folderId();
  const tracked = folderId
    ? [...ctx.tracked, {kind: 'folder' as const, id: folderId}]
    : ctx.tracked;
  const result = ctx.result();
  try {
    persist(c.id, actor, tracked);
  } catch (e) {
    result.cleanup.push(`liste de nettoyage : ${messageOf(e)}`);
  }
  return result;
}

function stepOf(c: ScenarioCase, index: number): RunStep {
  const step = c.scenario[index];
  if (!step || !('run' in step)) {
    throw new Error(`${c.id} : l'étape ${index} n'est pas une exécution`);
  }
  return step;
}

/** One `run` step of a scenario; what it made is undone by cleanUpScenario. */
export function runStep(
  c: ScenarioCase,
  index: number,
  given: Given,
  actor: Actor,
): CaseResult {
  return runKept(c, stepOf(c, index).run, given, actor, `étape ${index}`);
}

/** One half (0: the first execution, 1: the one that starts during it) of a race step. */
export function runRaceHalf(
  c: ScenarioCase,
  index: number,
  half: 0 | 1,
  given: Given,
  actor: Actor,
): CaseResult {
  const step = c.scenario[index];
  if (!step || !('race' in step)) {
    throw new Error(`${c.id} : l'étape ${index} n'est pas une course`);
  }
  return runKept(c, step.race[half], given, actor, `course ${index}.${half}`);
}

/** Undoes what an actor's steps made; returns what could not be undone. */
export function cleanUpScenario(caseId: string, actor: Actor): string[] {
  const props = PropertiesService.getScriptProperties();
  const key = cleanupKey(caseId, actor);
  const tracked = JSON.parse(props.getProperty(key) ?? '[]') as Tracked[];
  const problems = cleanUp(tracked);
  props.deleteProperty(key);
  return problems;
}

function stepInfo(c: ConformanceCase): StepInfo[] {
  if (!isScenario(c)) return [];
  return c.scenario.map((s): StepInfo => {
    if ('run' in s) {
      return {kind: 'run', as: s.as ?? 'owner', authMode: s.authMode ?? 'FULL'};
    }
    if ('open' in s) return {kind: 'open', as: s.open};
    if ('waitSeconds' in s) return {kind: 'wait', seconds: s.waitSeconds};
    if ('server' in s)
      return {kind: 'server', fn: s.server, args: s.args ?? []};
    return {kind: 'race', atCall: s.atCall};
  });
}

/** What the harness needs to know of a case (plain data: it crosses the run boundary). */
export function infoOf(c: ConformanceCase): CaseInfo {
  return {
    id: c.id,
    title: c.title,
    refs: [...c.refs],
    point: c.point ?? null,
    from: c.from ?? null,
    needs: c.needs ?? null,
    offline: c.offline ?? null,
    unverified: c.unverified ?? null,
    steps: stepInfo(c),
  };
}
