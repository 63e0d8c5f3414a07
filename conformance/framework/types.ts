/**
 * What a conformance case is. Each case states one behaviour of Google's
 * services that the add-on relies on, cites the reference page it comes
 * from, and checks it with Apps Script calls only, so that the very same
 * code runs on the emulator (npm test) and on a real account
 * (runConformance, see conformance/live.ts).
 */

/** The point of issue 14 a case checks; absent for the emulator's existing faithfulness behaviours. */
export type IssuePoint = 1 | 2 | 3 | 4 | 5;

/** Who acts in a scenario step: the script's owner, or a second consumer account. */
export type Actor = 'owner' | 'other';

/** Authorization modes a scenario step can be run in (ScriptApp.AuthMode names). */
export type AuthModeName = 'FULL' | 'LIMITED' | 'NONE';

/** What the harness (or the live runner) hands to a case. */
export interface Given {
  /**
   * Id of a Google Doc that a person made in Drive, never opened by this
   * script: cases with `needs: 'personDoc'`. On a live account it comes from
   * the script property CONFORMANCE_PERSON_DOC_ID (see the README).
   */
  personDocId?: string;
  /** What the page received from the last `server` step (google.script.run). */
  received?: {value?: unknown; error?: string; refused?: string};
}

/** A write that must be undone after the case (scratch files, triggers, properties). */
export interface Tracked {
  kind: 'file' | 'folder' | 'trigger' | 'property';
  id: string;
}

/** The checks and scratch resources a case is given (`t`). */
export interface CaseContext {
  /** `actual` must equal `expected` (deep; Dates by instant). */
  equal(actual: unknown, expected: unknown, what: string): void;
  /** `condition` must hold. */
  ok(condition: boolean, what: string): void;
  /**
   * `fn` must throw. `expected`: the exact message, a pattern, or null when
   * Google's message is not documented (the observed one is then noted, so
   * that a live run teaches it). Returns the message thrown ('' if none).
   */
  throws(
    fn: () => unknown,
    expected: string | RegExp | null,
    what: string,
  ): string;
  /** A remark kept with the result (never personal data). */
  note(text: string): void;
  readonly given: Given;
  /** A new spreadsheet in the scratch folder, with this locale and time zone. */
  spreadsheet(
    name: string,
    options?: {locale?: string; timeZone?: string},
  ): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** A new form in the scratch folder. */
  form(title: string): GoogleAppsScript.Forms.Form;
  /** A new Google Doc in the scratch folder. */
  document(name: string): GoogleAppsScript.Document.Document;
  /** The scratch folder (created on first use). */
  folder(): {id: string; name: string};
  /** Registers a file made another way (a copy…), to be trashed. */
  trackFile(id: string): void;
  /** Registers a folder made another way, to be trashed after the files. */
  trackFolder(id: string): void;
  /** Registers a trigger, to be deleted. */
  trackTrigger(trigger: GoogleAppsScript.Script.Trigger): void;
  /** State shared by the steps of a scenario (script properties, removed after the case). */
  readonly store: {
    get(key: string): string | null;
    set(key: string, value: string): void;
  };
}

export interface CaseBase {
  /** Stable identifier, `area.behaviour` (used in known-gaps.ts and results). */
  id: string;
  /** The behaviour, in French, as a statement of what Google does. */
  title: string;
  /** Google reference pages the expected values come from. */
  refs: string[];
  point?: IssuePoint;
  /** For the emulator's existing faithfulness behaviours: the test or README line it comes from. */
  from?: string;
  /** Something the harness must provide (see Given). */
  needs?: 'personDoc';
  /**
   * Why the live runner cannot run this case from one execution on one
   * account (a second account, waiting, a page, a real quota…); such cases
   * run on the emulator and are counted apart in the live results.
   */
  offline?: string;
  /**
   * Where Google's documentation is silent on the expected value: what the
   * case assumes and why; the live run settles it.
   */
  unverified?: string;
}

/** A case that runs in one execution. */
export interface SingleCase extends CaseBase {
  run(t: CaseContext): void;
}

/** One execution of a scenario, as a given actor and authorization mode. */
export interface RunStep {
  run(t: CaseContext): void;
  as?: Actor;
  authMode?: AuthModeName;
}
/** A person opens the bound spreadsheet: its simple onOpen fires (conformance/hooks.ts). */
export interface OpenStep {
  open: Actor;
}
/** Time passes; time-driven triggers fire. */
export interface WaitStep {
  waitSeconds: number;
}
/** A page calls google.script.run[server](...args); the outcome goes to given.received. */
export interface ServerStep {
  server: string;
  args?: unknown[];
}
/**
 * Two executions at once: `race[1]` starts while `race[0]`, at its
 * `atCall`-th service call, holds what it holds (locks).
 */
export interface RaceStep {
  race: [(t: CaseContext) => void, (t: CaseContext) => void];
  atCall: number;
}
export type Step = RunStep | OpenStep | WaitStep | ServerStep | RaceStep;

/**
 * A case that needs several executions, a bound spreadsheet and harness
 * actions between them. Its run steps are still Apps Script code.
 */
export interface ScenarioCase extends CaseBase {
  scenario: Step[];
  offline: string;
}

export type ConformanceCase = SingleCase | ScenarioCase;

export function isScenario(c: ConformanceCase): c is ScenarioCase {
  return 'scenario' in c;
}

/** Outcome of one case (or one step of a scenario). */
export type Status = 'pass' | 'fail' | 'offline' | 'skipped';

export interface CaseResult {
  id: string;
  status: Status;
  /** Number of checks made. */
  checks: number;
  failures: string[];
  notes: string[];
  /** Clean-up that did not succeed (the file or trigger left behind). */
  cleanup: string[];
}

/** What the bundle says of each case (conformanceList), for the harness. */
export interface CaseInfo {
  id: string;
  title: string;
  refs: string[];
  point: IssuePoint | null;
  from: string | null;
  needs: 'personDoc' | null;
  offline: string | null;
  unverified: string | null;
  /** Scenario step kinds, in order; [] for a single-execution case. */
  steps: StepInfo[];
}

export type StepInfo =
  | {kind: 'run'; as: Actor; authMode: AuthModeName}
  | {kind: 'open'; as: Actor}
  | {kind: 'wait'; seconds: number}
  | {kind: 'server'; fn: string; args: unknown[]}
  | {kind: 'race'; atCall: number};
