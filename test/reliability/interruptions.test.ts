/**
 * Interrupted work, on the emulator with the built bundle: each long action
 * (import, bilan, documents batch, weekly summary, questionnaire creation) is
 * cut by a thrown service error at its k-th call (ws.failAt, k spread over
 * 1..N) or by the execution time limit (ws.timeLimitMs); running it again
 * finishes the work, and the workspace then holds exactly what a quiet run
 * makes: no duplicate document, mail, trigger, form or row.
 */
import type {FakeSpreadsheet, Workspace} from '../../emulator';
import {recordInterruptions} from '../helpers/reliability';
import {
  answersFor,
  importCsv,
  newTracker,
  privateDist,
  tab,
  USER,
  workspace,
} from './harness';

const SUITE = 'interruptions';
/** Runs really cut (an error or the time limit reached them), then resumed whole. */
let resumed = 0;

beforeAll(() => {
  privateDist();
});
afterAll(() => recordInterruptions(SUITE, resumed));

function points(n: number, max: number): number[] {
  const step = Math.max(1, Math.ceil(n / max));
  const out: number[] = [];
  for (let k = 1; k <= n; k += step) out.push(k);
  return out;
}

const SESSIONS = [
  {
    id: 'S1',
    title: 'Atelier robots',
    date: '10/10/2026',
    commune: 'Grenoble',
    structure: 'La Casemate',
  },
  {
    id: 'S2',
    title: 'Planétarium',
    date: '10/10/2026',
    start: '14:00',
    commune: 'Le Pont-de-Claix',
    structure: 'Cosmocité',
  },
  {
    id: 'S3',
    title: 'Conférence climat',
    date: '11/10/2026',
    commune: 'Meylan',
    structure: 'UGA',
  },
  {
    id: 'S4',
    title: 'Balade',
    date: '11/10/2026',
    commune: 'Échirolles',
    structure: 'Rando sciences',
  },
];

/** Tabs that log runs with their time: a rerun later logs a later time. */
const LOGS = ['Documents', 'Synthèses'];

/** What the workspace holds, ids masked (a retry makes new ids, never new things). */
function snapshot(ws: Workspace): Record<string, string> {
  const d = ws.dump();
  const mask = (s: string) =>
    s
      .replace(/(form|doc|ss|file|folder|trigger)[-_]\d+/g, '$1')
      .replace(/e-form/g, 'form')
      // A batch is keyed by its start time.
      .replace(/(commune|structure)-\d{10,}/g, '$1-*');
  const parts: Record<string, unknown> = {
    sheets: d.spreadsheets.map(s => ({
      name: s.name,
      // The Journal logs each failure (on purpose); logs' times differ.
      tabs: s.sheets
        .filter(t => t.name !== 'Journal')
        .map(t => ({
          name: t.name,
          values: LOGS.includes(t.name)
            ? JSON.parse(
                JSON.stringify(t.values).replace(/\{"date":"[^"]*"\}/g, '"*"'),
              )
            : t.values,
        })),
    })),
    forms: d.forms.map(f => ({
      title: f.title,
      items: f.items.length,
      responses: f.responses.length,
    })),
    documents: d.documents.map(x => x.name).sort(),
    // Failure notices to the owner are expected; summaries must not repeat.
    mails: d.mails
      .filter(m => !/échec/.test(m.subject))
      .map(m => [m.subject, m.to]),
    triggers: d.triggers
      .filter(t => !t.spent)
      .map(t => [t.handler, t.type])
      .sort(),
  };
  return Object.fromEntries(
    Object.entries(parts).map(([k, v]) => [k, mask(JSON.stringify(v))]),
  );
}

/** Which parts differ, with a short excerpt where they start to. */
function differences(
  a: Record<string, string>,
  b: Record<string, string>,
): string[] {
  const out: string[] = [];
  for (const k of Object.keys(a)) {
    if (a[k] === b[k]) continue;
    let i = 0;
    while (i < a[k].length && a[k][i] === b[k][i]) i++;
    out.push(
      `${k}: expected …${a[k].slice(Math.max(0, i - 80), i + 80)}… got …${(b[k] ?? '').slice(Math.max(0, i - 80), i + 80)}…`,
    );
  }
  return out;
}

interface Action {
  name: string;
  /** Fewer cut points for the slow ones (the machine is shared). */
  cuts?: number;
  /** A workspace ready for the action (fresh each time). */
  setup(): {ws: Workspace; ss: FakeSpreadsheet};
  /** Runs the action once; returns its error, if any (French message or thrown). */
  run(ws: Workspace, ss: FakeSpreadsheet): Error | null;
  fn: string;
}

function readyForQuestionnaire() {
  const ws = workspace(new Date('2026-10-05T07:30:00+02:00'));
  const ss = newTracker(ws);
  expect(importCsv(ws, ss, SESSIONS).error).toBeNull();
  return {ws, ss};
}

function readyForBilan() {
  const {ws, ss} = readyForQuestionnaire();
  ws.callServer(ss, 'createQuestionnaire', [
    {audience: 'public', collectEmails: false},
  ]);
  for (let i = 0; i < 2; i++)
    ws.submitForm(ws.forms[0], answersFor(ws, 0, {}, i));
  return {ws, ss};
}

/** Faults set with ws.failAt not thrown yet (the emulator drops each once thrown). */
function pendingFaults(ws: Workspace): number {
  return (ws as unknown as {faults: unknown[]}).faults.length;
}

/** Whether a run of the workspace (the action or its resuming trigger) met the time limit. */
function unfinished(ws: Workspace): boolean {
  return ws.runs.some(r =>
    /Exceeded maximum execution time/.test(r.error?.message ?? ''),
  );
}

/** A page's result {ok:false} counts as an error too. */
function outcome(r: {error: Error | null; value: unknown}): Error | null {
  if (r.error) return r.error;
  const v = r.value as {ok?: boolean; message?: string} | null;
  if (v && v.ok === false) return new Error(v.message ?? 'refused');
  return null;
}

const ACTIONS: Action[] = [
  {
    name: 'import',
    fn: 'importEvents',
    setup: () => {
      const ws = workspace(new Date('2026-10-05T07:30:00+02:00'));
      return {ws, ss: newTracker(ws)};
    },
    run: (ws, ss) => outcome(importCsv(ws, ss, SESSIONS)),
  },
  {
    name: 'create questionnaire',
    fn: 'createQuestionnaire',
    setup: readyForQuestionnaire,
    run: (ws, ss) =>
      outcome(
        ws.callServer(ss, 'createQuestionnaire', [
          {audience: 'public', collectEmails: false},
        ]),
      ),
  },
  {
    name: 'bilan',
    fn: 'generateBilan',
    cuts: 3,
    setup: readyForBilan,
    run: (ws, ss) => {
      const r = ws.run(ss, 'generateBilan');
      return r.error ?? (r.value === null ? new Error('alert') : null);
    },
  },
  {
    name: 'weekly summary',
    fn: 'sendWeeklySummaryNow',
    setup: () => {
      const {ws, ss} = readyForQuestionnaire();
      const a = ws.callServer(ss, 'activateWeeklySummary', [
        {day: 'MONDAY', hour: 8, recipients: USER},
      ]);
      expect(a.error).toBeNull();
      return {ws, ss};
    },
    run: (ws, ss) => {
      const before = ws.mails.length;
      const r = ws.clickMenu(ss, 'Envoyer la synthèse maintenant');
      if (r.error) return r.error;
      return ws.mails.length > before
        ? null
        : new Error(
            ws.ui.alerts[ws.ui.alerts.length - 1]?.prompt ?? 'not sent',
          );
    },
  },
  {
    name: 'documents batch',
    fn: 'generateDocumentFromPage',
    setup: readyForQuestionnaire,
    run: (ws, ss) => {
      const r = outcome(
        ws.callServer(ss, 'generateDocumentFromPage', [
          '',
          {kind: 'ficheCommune'},
        ]),
      );
      // The batch continues on its own trigger: let it run out.
      ws.advanceClock(30 * 60 * 1000);
      return r;
    },
  },
];

/*
 * Regressions kept here (once known issues, now fixed):
 *  - "Créer le questionnaire…" cut after FormApp.create left an orphan form
 *    and the rerun made a second form and a second response sheet
 *    ("Réponses au formulaire 2"): the form is now recorded, marked as being
 *    built, before anything else and finished by the rerun;
 *  - the fiches batch cut (time limit or service error), then started again
 *    from the dialog, made a sheet twice ("Fiche commune Grenoble – … (2)")
 *    and logged a second batch row: a batch under way is resumed, a sheet's
 *    document made but not recorded is found again and rewritten, and the
 *    same batch already finished today from the same data is the answer.
 */
describe.each(ACTIONS)('$name', action => {
  test('cut by a service error at call k, then run again: the same as one quiet run', () => {
    const quiet = action.setup();
    const solo = quiet.ws.runs.length;
    expect(action.run(quiet.ws, quiet.ss)).toBeNull();
    const expected = snapshot(quiet.ws);
    const calls = quiet.ws.runs
      .slice(solo)
      .filter(r => r.fn === action.fn)
      .reduce((n, r) => Math.max(n, r.counts.calls), 0);
    expect(calls).toBeGreaterThan(0);
    for (const k of points(calls, action.cuts ?? 4)) {
      const {ws, ss} = action.setup();
      ws.failAt({fn: action.fn, callIndex: k});
      const cut = action.run(ws, ss);
      // The fault was thrown (k is within the run's calls): the run was cut.
      // It tells the user, in French when it reaches a dialog, or (the
      // documents batch) notes it and carries on from its trigger.
      expect({callIndex: k, faultMet: pendingFaults(ws) === 0}).toEqual({
        callIndex: k,
        faultMet: true,
      });
      if (cut) expect(cut.message.length).toBeGreaterThan(0);
      const again = action.run(ws, ss);
      expect(again).toBeNull();
      const diff = differences(expected, snapshot(ws));
      expect({callIndex: k, diff}).toEqual({callIndex: k, diff: []});
      resumed++;
    }
  });

  test('cut at the time limit, then run again: the same as one quiet run', () => {
    const quiet = action.setup();
    const before = quiet.ws.runs.length;
    expect(action.run(quiet.ws, quiet.ss)).toBeNull();
    const expected = snapshot(quiet.ws);
    const seconds = quiet.ws.runs
      .slice(before)
      .filter(r => r.fn === action.fn)
      .reduce((n, r) => Math.max(n, r.predictedSeconds), 0);
    for (const share of action.cuts ? [0.5] : [0.3, 0.8]) {
      const {ws, ss} = action.setup();
      ws.timeLimitMs = Math.max(1, Math.floor(seconds * 1000 * share));
      const cut = action.run(ws, ss);
      ws.timeLimitMs = 360000;
      // The limit was reached before the end (or the work stopped itself in
      // time and said so): either way the run did not finish its work.
      expect({share, cut: cut !== null || unfinished(ws)}).toEqual({
        share,
        cut: true,
      });
      expect(action.run(ws, ss)).toBeNull();
      const diff = differences(expected, snapshot(ws));
      expect({share, diff}).toEqual({share, diff: []});
      resumed++;
    }
  });
});

describe('the data a cut leaves', () => {
  test('an import cut half-way writes nothing; its rerun writes each row once', () => {
    const ws = workspace();
    const ss = newTracker(ws);
    ws.failAt({fn: 'importEvents', service: 'Range', method: 'setValues'});
    expect(importCsv(ws, ss, SESSIONS).error).not.toBeNull();
    expect(importCsv(ws, ss, SESSIONS).error).toBeNull();
    expect(importCsv(ws, ss, SESSIONS).error).toBeNull();
    const ids = tab(ss, 'Programme')
      .slice(1)
      .map(r => r[0])
      .filter(v => v !== '');
    expect(ids).toEqual(['S1', 'S2', 'S3', 'S4']);
    resumed++;
  });
});
