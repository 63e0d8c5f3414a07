/**
 * Interleaved executions on the emulator (built bundle): the second one
 * starts at every service call of the first in turn (atCall = 1..N, with a
 * stride on long runs). After each, no row is lost, duplicated or written to
 * the wrong place.
 *
 * Where data is written, the add-on holds the document lock
 * (src/gas/lock.ts): the tracker's build and imports (tracker/entry.ts), the
 * bilan's writes (bilan/service.ts), the questionnaire counts
 * (questionnaire/service.ts), the weekly summary (weekly/run.ts, tryLock:
 * a second run steps aside), the documents batch (documents/batch.ts). With
 * contention 'wait' the emulator suspends the second execution at the lock
 * and runs it again from the start once the first has finished (what waiting
 * at tryLock does); its effects before the lock stay.
 */
import type {
  FakeForm,
  FakeSpreadsheet,
  RunResult,
  Workspace,
} from '../../emulator';
import type {RunSpec} from '../../emulator/workspace/types';
import {recordInterleavings} from '../helpers/reliability';
import {
  answersFor,
  importCsv,
  newTracker,
  OTHER,
  privateDist,
  records,
  tab,
  TRACKER_FORM,
  USER,
  workspace,
} from './harness';

const SUITE = 'concurrency';

beforeAll(() => {
  privateDist();
});

/** atCall values 1..n, every one when short, else about `max` of them spread out. */
function points(n: number, max = 20): number[] {
  const step = Math.max(1, Math.ceil(n / max));
  const out: number[] = [];
  for (let k = 1; k <= n; k += step) out.push(k);
  if (out[out.length - 1] !== n) out.push(n);
  return out;
}

const SESSIONS = [
  {id: 'S1', title: 'Atelier robots', date: '10/10/2026', commune: 'Grenoble'},
  {
    id: 'S2',
    title: 'Planétarium',
    date: '10/10/2026',
    start: '14:00',
    commune: 'Le Pont-de-Claix',
  },
  {id: 'S3', title: 'Conférence climat', date: '11/10/2026', commune: 'Meylan'},
];

function trackerWithForm(ws: Workspace): {ss: FakeSpreadsheet; form: FakeForm} {
  const ss = newTracker(ws);
  const imp = importCsv(ws, ss, SESSIONS);
  if (imp.error) throw imp.error;
  const q = ws.callServer(ss, 'createQuestionnaire', [
    {audience: 'public', collectEmails: false},
  ]);
  if (q.error) throw q.error;
  return {ss, form: ws.forms[ws.forms.length - 1]};
}

function responseRows(ss: FakeSpreadsheet): unknown[][] {
  const sheet = ss.getSheets().find(s => s.getFormUrl());
  return sheet ? tab(ss, sheet.getName()).slice(1) : [];
}

/** The counts tab as session label → number. */
function counts(ss: FakeSpreadsheet): Map<string, number> {
  const out = new Map<string, number>();
  let total = -1;
  let sum = 0;
  for (const r of records(ss, 'Réponses aux questionnaires')) {
    const n = Number(r['Réponses']);
    if (r['Séance'] === 'Total') {
      total = n;
      continue;
    }
    sum += n;
    if (n > 0) out.set(String(r['Séance']), n);
  }
  // The Total row adds up the sessions' rows.
  expect(total).toBe(sum);
  return out;
}

/** What the counts should be: responses per session label, counted in the response sheet. */
function expectedCounts(ss: FakeSpreadsheet): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of responseRows(ss)) {
    const label = String(row[1]);
    out.set(label, (out.get(label) ?? 0) + 1);
  }
  return out;
}

/** Pairs whose second execution really started while the first was running. */
let interleavings = 0;
afterAll(() => recordInterleavings(SUITE, interleavings));

/**
 * Runs a pair with the second started at the first's atCall-th service call.
 * It counts as an interleaving only when the first really reached that call
 * (else the second merely ran after it).
 */
function pair(
  ws: Workspace,
  first: RunSpec,
  second: RunSpec,
  atCall: number,
  contention: 'wait' | 'fail' = 'wait',
): [RunResult, RunResult] {
  const [a, b] = ws.interleave(first, second, {atCall, contention});
  if (a.counts.calls >= atCall) interleavings++;
  return [a, b];
}

describe('two form submissions at once', () => {
  test('the counts triggers interleaved at every call: counts exact, one row per session', () => {
    const ws = workspace(new Date('2026-10-10T09:00:00+02:00'));
    const {ss, form} = trackerWithForm(ws);
    ws.submitForm(form, answersFor(ws, 0, {}, 0));
    const solo = ws.run(ss, 'onQuestionnaireSubmit', []);
    expect(solo.error).toBeNull();
    const n = solo.counts.calls;
    let pick = 1;
    for (const atCall of points(n, 4)) {
      // Two respondents send at once: both rows arrive, then both triggers run.
      ws.submitForm(form, answersFor(ws, 0, {}, pick++));
      ws.submitForm(form, answersFor(ws, 0, {}, pick++));
      const [a, b] = pair(
        ws,
        {target: ss, fn: 'onQuestionnaireSubmit', kind: 'trigger'},
        {target: ss, fn: 'onQuestionnaireSubmit', kind: 'trigger'},
        atCall,
      );
      expect(a.error).toBeNull();
      expect(b.error).toBeNull();
      expect(responseRows(ss)).toHaveLength(pick);
      expect(counts(ss)).toEqual(expectedCounts(ss));
      // One row per session, plus the Total row.
      expect(records(ss, 'Réponses aux questionnaires')).toHaveLength(
        SESSIONS.length + 1,
      );
    }
  });

  test('with contention "fail": the second gives up with a French message, nothing half-written', () => {
    const ws = workspace(new Date('2026-10-10T09:00:00+02:00'));
    const {ss, form} = trackerWithForm(ws);
    ws.submitForm(form, answersFor(ws, 0, {}, 0));
    const solo = ws.run(ss, 'onQuestionnaireSubmit', []);
    for (const atCall of points(solo.counts.calls, 5)) {
      const [a, b] = pair(
        ws,
        {target: ss, fn: 'onQuestionnaireSubmit', kind: 'trigger'},
        {target: ss, fn: 'onQuestionnaireSubmit', kind: 'trigger'},
        atCall,
        'fail',
      );
      expect(a.error).toBeNull();
      if (b.error)
        expect(b.error.message).toMatch(/occupé|Réessayez|verrou|en cours/i);
      expect(counts(ss)).toEqual(expectedCounts(ss));
    }
  });
});

describe('a form submission during a bilan', () => {
  test('the new row is kept, counted by the next bilan; the Bilan tab is whole', () => {
    const ws = workspace(new Date('2026-10-10T09:00:00+02:00'));
    const {ss, form} = trackerWithForm(ws);
    for (let i = 0; i < 3; i++) ws.submitForm(form, answersFor(ws, 0, {}, i));
    const solo = ws.run(ss, 'generateBilan');
    expect(solo.error).toBeNull();
    const bilanRows = tab(ss, 'Bilan').length;
    // The submission itself (Google appends the row, then the trigger runs)
    // happens at the atCall-th call of the bilan's execution.
    const exec = (
      ws as unknown as {
        execute(
          spec: RunSpec,
          extra: {onCall?: (ex: {counts: {calls: number}}) => void},
        ): RunResult;
      }
    ).execute.bind(ws);
    let submitted = 3;
    for (const atCall of points(solo.counts.calls, 5)) {
      let done = false;
      let waiting = 0;
      const r = exec(
        {target: ss, fn: 'generateBilan', kind: 'menu'},
        {
          onCall: ex => {
            if (done || ex.counts.calls < atCall) return;
            done = true;
            const runs = ws.submitForm(form, answersFor(ws, 0, {}, submitted));
            submitted++;
            // A trigger that met the bilan's lock waits for it (below).
            waiting += runs.filter(t => t.error).length;
          },
        },
      );
      // The submission happened inside the bilan's execution.
      if (done) interleavings++;
      for (let i = 0; i < waiting; i++) {
        expect(ws.run(ss, 'onQuestionnaireSubmit', []).error).toBeNull();
      }
      expect(r.error).toBeNull();
      expect(done).toBe(true);
      expect(responseRows(ss)).toHaveLength(submitted);
      expect(counts(ss)).toEqual(expectedCounts(ss));
      // The bilan is a snapshot taken before or after the new row, never half.
      const got = (r.value as {responses: number}).responses;
      expect([submitted - 1, submitted]).toContain(got);
      expect(tab(ss, 'Bilan').length).toBeGreaterThanOrEqual(bilanRows);
    }
    const last = ws.run(ss, 'generateBilan');
    expect((last.value as {responses: number}).responses).toBe(submitted);
  });
});

describe('the weekly trigger during an import', () => {
  test('every imported row once, one summary sent, one history row', () => {
    const probe = workspace(new Date('2026-10-05T07:30:00+02:00'));
    const pss = newTracker(probe);
    const soloImport = importCsv(probe, pss, SESSIONS);
    expect(soloImport.error).toBeNull();
    for (const atCall of points(soloImport.counts.calls, 6)) {
      const ws = workspace(new Date('2026-10-05T07:30:00+02:00'));
      const ss = newTracker(ws);
      const act = ws.callServer(ss, 'activateWeeklySummary', [
        {day: 'MONDAY', hour: 8, recipients: USER},
      ]);
      expect(act.error).toBeNull();
      const uid = ws.triggers.find(t => t.handler === 'runWeeklySummary')!.uid;
      const content = {
        fileName: 'programme.csv',
        content: (soloImport as {value: unknown}) && csvOf(),
      };
      const [imp, weekly] = pair(
        ws,
        {target: ss, fn: 'importEvents', args: [content], kind: 'server'},
        {
          target: ss,
          fn: 'runWeeklySummary',
          event: {authMode: 'FULL', triggerUid: uid},
          kind: 'trigger',
        },
        atCall,
      );
      expect(imp.error).toBeNull();
      expect(weekly.error).toBeNull();
      const ids = records(ss, 'Programme').map(r => r['Identifiant']);
      expect(ids.sort()).toEqual(['S1', 'S2', 'S3']);
      const summaries = ws.mails.filter(m =>
        /^Synthèse hebdomadaire/.test(m.subject),
      );
      expect(summaries.length).toBeLessThanOrEqual(1);
      expect(records(ss, 'Synthèses').length).toBe(summaries.length);
    }
  });
});

function csvOf(): string {
  const head = 'Identifiant,Titre,Date,Début,Commune';
  return [
    head,
    ...SESSIONS.map(s =>
      [s.id, s.title, s.date, s.start ?? '10:00', s.commune].join(','),
    ),
  ].join('\n');
}

describe('two users creating the tracker at once', () => {
  test('each tab once, the card and the checklist once, nothing in the wrong tab', () => {
    const probe = workspace();
    const pss = probe.createSpreadsheet('Suivi');
    probe.open(pss);
    const solo = probe.callServer(pss, 'createOrUpdateTracker', [TRACKER_FORM]);
    expect(solo.error).toBeNull();
    const expected = Object.fromEntries(
      pss.getSheets().map(s => [s.getName(), tab(pss, s.getName())]),
    );
    for (const atCall of points(solo.counts.calls, 5)) {
      const ws = workspace();
      const ss = ws.createSpreadsheet('Suivi');
      ws.open(ss);
      const [a, b] = pair(
        ws,
        {
          target: ss,
          fn: 'createOrUpdateTracker',
          args: [TRACKER_FORM],
          kind: 'server',
          user: USER,
        },
        {
          target: ss,
          fn: 'createOrUpdateTracker',
          args: [TRACKER_FORM],
          kind: 'server',
          user: OTHER,
        },
        atCall,
      );
      expect(a.error).toBeNull();
      expect(b.error).toBeNull();
      const names = ss.getSheets().map(s => s.getName());
      expect(names.sort()).toEqual(Object.keys(expected).sort());
      for (const name of names) {
        // Same cells as one quiet run (the "updated by" stamps aside).
        expect(tab(ss, name).length).toBe(expected[name].length);
        expect(JSON.stringify(tab(ss, name))).toBe(
          JSON.stringify(expected[name]),
        );
      }
    }
  });
});
