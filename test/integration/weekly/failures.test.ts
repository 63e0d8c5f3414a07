/**
 * When things go wrong (emulator, built bundle): a broken tracker writes to
 * the Journal and mails the owner once a day at most; two overlapping runs
 * send one summary; a run cut short is not counted as sent and the next run
 * sends.
 */
import {Workspace} from '../../../emulator';
import {buildBundle, paris, valuesOf, writeTracker} from './tracker';

const ALICE = 'alice@tds.fr';
const BRUNO = 'bruno@tds.fr';
const SUMMARY = /^Synthèse hebdomadaire – /;
const FAILURE = /^Synthèse hebdomadaire : échec sur /;

beforeAll(() => buildBundle());

function setup() {
  const ws = new Workspace({
    now: paris('2026-09-01', '10:00'),
    user: ALICE,
    timeZone: 'Europe/Paris',
    locale: 'fr',
  });
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  writeTracker(ss, {
    sessions: [
      {
        title: 'Atelier',
        date: paris('2026-09-10'),
        venue: 'Casemate',
        commune: 'Grenoble',
        capacity: 20,
        registered: 5,
      },
    ],
    tasks: [
      {
        task: 'Assurance',
        owner: 'Alice',
        dueDate: paris('2026-08-20'),
        status: 'à faire',
      },
    ],
  });
  ws.open(ss);
  const r = ws.callServer(ss, 'activateWeeklySummary', [
    {day: 'MONDAY', hour: 8, recipients: `${ALICE}, ${BRUNO}`},
  ]);
  expect(r.error).toBeNull();
  const summaries = () => ws.mails.filter(m => SUMMARY.test(m.subject));
  const failures = () => ws.mails.filter(m => FAILURE.test(m.subject));
  const history = () => valuesOf(ss, 'Synthèses');
  const journal = () => valuesOf(ss, 'Journal');
  const uid = () =>
    ws.triggers.find(tr => tr.handler === 'runWeeklySummary')!.uid;
  const runTrigger = (user = ALICE) =>
    ws.run(ss, 'runWeeklySummary', [{authMode: 'FULL', triggerUid: uid()}], {
      user,
    });
  return {ws, ss, summaries, failures, history, journal, uid, runTrigger};
}

describe('a broken tracker', () => {
  it('writes what failed to the Journal and mails the owner once a day, then recovers', () => {
    const {ws, ss, summaries, failures, history, journal, runTrigger} = setup();
    ss.getSheetByName('Programme')!.setName('Programme (ancien)');
    ws.advanceTo(paris('2026-09-07', '09:00'));
    expect(summaries()).toHaveLength(0);
    expect(failures()).toHaveLength(1);
    expect(failures()[0].to).toEqual([ALICE]);
    expect(failures()[0].body).toContain(
      'L’onglet « Programme » est introuvable (renommé ou supprimé ?)',
    );
    expect(journal()[0]).toEqual([
      'Date',
      'Origine',
      'Niveau',
      'Onglet',
      'Lignes',
      'Message',
    ]);
    expect(journal()[1].slice(1)).toEqual([
      'Synthèse hebdomadaire',
      'erreur',
      '',
      '',
      'L’onglet « Programme » est introuvable (renommé ou supprimé ?). Redonnez-lui son nom ou recréez le suivi.',
    ]);
    // Several more runs the same day: each is journaled, no second mail.
    for (let i = 0; i < 3; i += 1) expect(runTrigger().error).toBeNull();
    ws.clickMenu(ss, 'Envoyer la synthèse maintenant');
    expect(ws.ui.alerts.at(-1)?.prompt).toContain(
      'La synthèse n’a pas pu être préparée : L’onglet « Programme » est introuvable',
    );
    expect(journal()).toHaveLength(6);
    expect(failures()).toHaveLength(1);
    expect(history()).toHaveLength(0);
    // Next day the trigger retries (still broken): one more mail, that day's.
    ws.advanceTo(paris('2026-09-08', '09:00'));
    expect(failures()).toHaveLength(2);
    runTrigger();
    expect(failures()).toHaveLength(2);
    // Fixed: the owed summary goes out at the next run, then nothing until Monday.
    ss.getSheetByName('Programme (ancien)')!.setName('Programme');
    ws.advanceTo(paris('2026-09-09', '09:00'));
    expect(summaries()).toHaveLength(1);
    expect(history()[1].slice(-1)).toEqual(['envoyée']);
    ws.advanceTo(paris('2026-09-13', '09:00'));
    expect(summaries()).toHaveLength(1);
    expect(failures()).toHaveLength(2);
  });

  it('a deleted tab is reported the same way', () => {
    const {ws, ss, failures, journal} = setup();
    ss.deleteSheet(ss.getSheetByName('Budget')!);
    ws.advanceTo(paris('2026-09-07', '09:00'));
    expect(failures()).toHaveLength(1);
    expect(String(journal()[1][5])).toContain(
      'L’onglet « Budget » est introuvable',
    );
  });
});

describe('two overlapping runs', () => {
  it.each([
    [2, 'wait'],
    [8, 'wait'],
    [12, 'wait'],
    [20, 'wait'],
    [8, 'fail'],
    [12, 'fail'],
    [20, 'fail'],
    [40, 'wait'],
    [40, 'fail'],
    [62, 'wait'],
    [62, 'fail'],
  ] as const)(
    'second run at call %i of 74 (lock %s): one mail, one row',
    (atCall, contention) => {
      const {ws, ss, summaries, history, uid} = setup();
      ws.advanceTo(paris('2026-09-07', '07:00'));
      const run = {
        target: ss,
        fn: 'runWeeklySummary',
        args: [{authMode: 'FULL', triggerUid: uid()}],
        user: ALICE,
        kind: 'run' as const,
      };
      const [a, b] = ws.interleave(run, run, {atCall, contention});
      expect(a.error).toBeNull();
      expect(b.error).toBeNull();
      expect(summaries()).toHaveLength(1);
      expect(history()).toHaveLength(2);
      expect(history()[1].slice(-1)).toEqual(['envoyée']);
      if (contention === 'fail' && atCall >= 20) {
        // Met the lock (taken at call 13): stepped aside before reading anything.
        expect(b.counts.byMethod['Lock.tryLock']).toBe(1);
        expect(b.counts.byMethod['Range.getValues']).toBeUndefined();
      }
    },
  );
});

describe('a run cut short', () => {
  it('failing at the send is not counted as sent; the next run sends', () => {
    const {ws, summaries, history, journal} = setup();
    ws.failAt({
      fn: 'runWeeklySummary',
      service: 'MailApp',
      method: 'sendEmail',
      error: new Error('Service error: Gmail'),
    });
    ws.advanceTo(paris('2026-09-07', '09:00'));
    expect(summaries()).toHaveLength(0);
    expect(history().slice(1)).toHaveLength(0); // the tab, no row
    expect(String(journal()[1][5])).toContain('Service error: Gmail');
    ws.advanceTo(paris('2026-09-08', '09:00'));
    expect(summaries()).toHaveLength(1);
    expect(history()).toHaveLength(2);
    expect(history()[1].slice(-1)).toEqual(['envoyée']);
  });

  it('out of time: no row marked sent, the next run still sends', () => {
    const {ws, summaries, history} = setup();
    ws.timeLimitMs = 2000; // about twenty service calls of predicted time
    const cut = ws.advanceTo(paris('2026-09-07', '09:00'));
    expect(
      cut.some(r => r.error?.message === 'Exceeded maximum execution time'),
    ).toBe(true);
    expect(summaries()).toHaveLength(0);
    expect(history().filter(row => row[13] === 'envoyée')).toHaveLength(0);
    ws.timeLimitMs = 6 * 60 * 1000;
    ws.advanceTo(paris('2026-09-08', '09:00'));
    expect(summaries()).toHaveLength(1);
    expect(history().filter(row => row[13] === 'envoyée')).toHaveLength(1);
  });
});
