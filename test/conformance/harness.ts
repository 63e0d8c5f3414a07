/**
 * Runs the conformance cases (conformance/) on the emulator through its
 * public API only (emulator/index.ts): a fresh Workspace per case, the
 * built conformance bundle as its project, one `ws.run` per case or per
 * scenario step, and the harness actions a scenario names between steps
 * (a person opening the bound spreadsheet, time passing, a page calling
 * google.script.run, two executions at once).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Workspace, type RunResult} from '../../emulator';
import type {
  Actor,
  CaseInfo,
  CaseResult,
  Given,
} from '../../conformance/framework/types';

/** The script's owner, and a second consumer account. */
export const OWNER = 'coordination@territoire-de-sciences.fr';
export const OTHER = 'benevole.isere@example.org';
/** Virtual clock start: 1 September 2026, 08:00 in Paris. */
export const NOW = new Date('2026-09-01T08:00:00+02:00');

export const RESULTS_FILE = path.resolve(
  __dirname,
  '../../test-artifacts/conformance/emulator.json',
);

/** A workspace as the account of the live run: French, consumer. */
export function workspace(distDir: string): Workspace {
  return new Workspace({
    distDir,
    now: NOW,
    locale: 'fr',
    user: OWNER,
    accountType: 'consumer',
  });
}

function userOf(actor: Actor): string {
  return actor === 'owner' ? OWNER : OTHER;
}

/** What the harness provides to cases that need it (see Given). */
function prepare(ws: Workspace, info: CaseInfo): Given {
  const given: Given = {};
  if (info.needs === 'personDoc') {
    // Made outside any execution, as a person makes a Doc in Drive.
    const doc = ws.createDocument('Modèle de convention (fait à la main)');
    doc.getBody().appendParagraph('Entre {{partenaire}} et nous.');
    given.personDocId = doc.getId();
  }
  return given;
}

function fromRun(r: RunResult, label: string): CaseResult {
  if (r.error) {
    return {
      id: label,
      status: 'fail',
      checks: 0,
      failures: [`${label} : exécution interrompue : ${r.error.message}`],
      notes: [],
      cleanup: [],
    };
  }
  return r.value as CaseResult;
}

function merge(into: CaseResult, part: CaseResult, label: string): void {
  into.checks += part.checks;
  into.failures.push(...part.failures.map(f => `${label} : ${f}`));
  into.notes.push(...part.notes.map(n => `${label} : ${n}`));
  into.cleanup.push(...part.cleanup);
}

function runScenario(ws: Workspace, info: CaseInfo, given: Given): CaseResult {
  const bound = ws.createSpreadsheet('Classeur lié au script');
  const result: CaseResult = {
    id: info.id,
    status: 'pass',
    checks: 0,
    failures: [],
    notes: [],
    cleanup: [],
  };
  const actors = new Set<Actor>(['owner']);
  info.steps.forEach((step, i) => {
    const label = `étape ${i + 1}`;
    switch (step.kind) {
      case 'run': {
        actors.add(step.as);
        const r = ws.run(
          bound,
          'conformanceRunStep',
          [info.id, i, given, step.as],
          {user: userOf(step.as), authMode: step.authMode},
        );
        merge(result, fromRun(r, label), label);
        break;
      }
      case 'open': {
        // No authMode: the emulator's default for a simple onOpen is what is checked.
        const r = ws.open(bound, {user: userOf(step.as)});
        if (r.error)
          result.notes.push(`${label} : onOpen : ${r.error.message}`);
        break;
      }
      case 'wait':
        ws.advanceClock(step.seconds * 1000);
        break;
      case 'server':
        try {
          const r = ws.callServer(bound, step.fn, step.args);
          given.received = r.error
            ? {error: r.error.message}
            : {value: r.value};
        } catch (e) {
          given.received = {
            refused: e instanceof Error ? e.message : String(e),
          };
        }
        break;
      case 'race': {
        // 'fail': the second execution does not wait past its own timeout.
        const half = (n: number) => ({
          target: bound,
          fn: 'conformanceRunRace',
          args: [info.id, i, n, given, 'owner'],
        });
        const [a, b] = ws.interleave(half(0), half(1), {
          atCall: step.atCall,
          contention: 'fail',
        });
        merge(result, fromRun(a, `${label} (1re)`), `${label} (1re)`);
        merge(result, fromRun(b, `${label} (2e)`), `${label} (2e)`);
        break;
      }
    }
  });
  for (const actor of actors) {
    const r = ws.run(bound, 'conformanceCleanup', [info.id, actor], {
      user: userOf(actor),
    });
    if (r.error) result.cleanup.push(`nettoyage : ${r.error.message}`);
    else result.cleanup.push(...(r.value as string[]));
  }
  result.status = result.failures.length ? 'fail' : 'pass';
  return result;
}

/** Runs one case on a fresh workspace. */
export function runOnEmulator(distDir: string, info: CaseInfo): CaseResult {
  const ws = workspace(distDir);
  const given = prepare(ws, info);
  if (info.steps.length) return runScenario(ws, info, given);
  return fromRun(ws.run(null, 'conformanceRunCase', [info.id, given]), info.id);
}

export interface EmulatorCaseRecord extends CaseResult {
  knownGap: string | null;
  offline: string | null;
  needs: string | null;
  point: number | null;
}

/** Writes what the suite saw, for the conformance reporter line and for reading. */
export function writeResults(records: EmulatorCaseRecord[]): void {
  fs.mkdirSync(path.dirname(RESULTS_FILE), {recursive: true});
  const counts = {
    cases: records.length,
    knownGaps: records.filter(r => r.knownGap !== null).length,
    resolvedGaps: records.filter(
      r => r.knownGap !== null && r.status === 'pass',
    ).length,
    unexpected: records.filter(r => r.knownGap === null && r.status !== 'pass')
      .length,
    offline: records.filter(r => r.offline !== null).length,
    needsPreparation: records.filter(r => r.needs !== null).length,
  };
  fs.writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify({environment: 'emulator', counts, cases: records}, null, 2)}\n`,
  );
}
