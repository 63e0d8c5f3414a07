/**
 * The Sheets project built as an editor add-on (`--mode addon`), on the
 * emulator, which then enforces Google's add-on trigger rules (one trigger of
 * each type per user per document, time-driven at most hourly):
 * - 94 sheets per commune with the Documents dialog left open: the dialog
 *   calls the server again while the answer names `next`, each run well
 *   under the time limit; no one-off trigger is ever made;
 * - the same with the dialog closed after the first run: the document's
 *   hourly trigger finishes the batch, one run an hour;
 * - the weekly summary, the questionnaires' submit trigger and a batch
 *   together: one time-driven trigger and one form-submit trigger, the
 *   summary still sent on its day at its hour.
 * Each ends with 94 documents, none twice, and the Documents tab saying so.
 */
import {MAX_SHEETS_PER_RUN} from '../../../src/documents/batch';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type {FakeSpreadsheet, RunResult, Workspace} from '../../../emulator';
import {COMMUNES} from '../../../src/generated/communes';
import type {Session} from '../../../src/model/tracker';
import {fdsTracker, paris, session} from '../../fixtures/documents/data';
import {ensureBuilt, projectDir} from '../../helpers/projects';
import {populate, tabValues, workspace} from '../documents/setup';

const COUNT = 94;
/** Sheets a run makes (the batch's own constant). */
const PER_RUN = MAX_SHEETS_PER_RUN;
const CLOCK = 'runHourlyTasks';
const HOUR = 3600 * 1000;

let dist = '';
beforeAll(async () => {
  await ensureBuilt('addon');
  // A private copy: other test files may rebuild dist-addon/ meanwhile.
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'addon-dist-'));
  fs.cpSync(projectDir('sheets', 'addon'), dist, {recursive: true});
}, 180000);

function setup(
  count = COUNT,
  now = new Date('2026-10-01T10:00:00+02:00'),
): {ws: Workspace; ss: FakeSpreadsheet; names: string[]} {
  const ws = workspace(dist, now);
  const ss = ws.createSpreadsheet('Suivi FDS Isère 2026');
  const communes = COMMUNES.filter(c => c.departement === '38').slice(0, count);
  const sessions: Session[] = communes.map((c, i) =>
    session({
      id: `A${i}`,
      title: `Atelier ${i}`,
      date: paris('2026-10-10'),
      start: '10:00',
      end: '11:00',
      venue: `Salle ${i}`,
      commune: c.nom,
      insee: c.code,
      structure: `Structure ${i % 30}`,
      public: 'grand public',
      capacity: 20,
    }),
  );
  const data = fdsTracker();
  data.sessions = sessions;
  data.partners = [];
  populate(ws, ss, data);
  ws.open(ss);
  return {ws, ss, names: communes.map(c => c.nom)};
}

/** Every trigger ever made in this workspace, as each run left them. */
function watchTriggers(ws: Workspace) {
  const seen: {handler: string; type: string; kind: string | null}[] = [];
  let maxClock = 0;
  const look = () => {
    for (const tr of ws.triggers) {
      if (!seen.some(s => s.handler === tr.handler && s.type === tr.type))
        seen.push({
          handler: tr.handler,
          type: tr.type,
          kind: tr.schedule?.kind ?? null,
        });
    }
    maxClock = Math.max(
      maxClock,
      ws.triggers.filter(tr => tr.type === 'CLOCK' && !tr.spent).length,
    );
  };
  return {look, seen: () => seen, maxClock: () => maxClock};
}

function checkFinished(
  ws: Workspace,
  ss: FakeSpreadsheet,
  names: string[],
  day = '2026-10-01',
): void {
  const count = names.length;
  const live = ws.documents.filter(
    d =>
      d.name.startsWith('Fiche commune') &&
      !ws.files.find(f => f.id === d.id)!.trashed,
  );
  expect(live).toHaveLength(count);
  expect(new Set(live.map(d => d.name)).size).toBe(count);
  expect(live.map(d => d.name).sort()).toEqual(
    names
      .map(n => `Fiche commune ${n} – Fête de la science 2026 – ${day}`)
      .sort(),
  );
  expect(
    ws.properties.document(ss.getId()).get('tds.documents.batch'),
  ).toBeUndefined();
  const rows = tabValues(ss, 'Documents').slice(1);
  const sheets = rows.filter(r => r[0] === 'Fiche commune');
  expect(sheets).toHaveLength(count);
  expect(new Set(sheets.map(r => r[7])).size).toBe(count);
  expect(sheets.every(r => r[4] === 'terminé')).toBe(true);
  const batch = rows.filter(r => r[7] === '*');
  expect(batch).toHaveLength(1);
  expect(batch[0][4]).toBe('terminé');
}

describe('94 sheets per commune in an editor add-on', () => {
  test('dialog open: it drives the batch run after run, each well under the time limit, no one-off trigger', () => {
    const {ws, ss, names} = setup();
    const watch = watchTriggers(ws);
    const runs: RunResult[] = [];
    let r = ws.callServer(ss, 'generateDocumentFromPage', [
      'tok_addon0000',
      {kind: 'ficheCommune'},
    ]);
    runs.push(r);
    watch.look();
    const first = r.value as {ok: boolean; message: string; next?: string};
    expect(first).toMatchObject({
      ok: true,
      next: 'continueDocumentsBatchFromPage',
      message: `Génération des fiches : ${PER_RUN} sur ${COUNT} faites. La suite continue tant que cette fenêtre reste ouverte ; si vous la fermez, elle reprendra d’elle-même dans l’heure. L’onglet Documents indique où elle en est.`,
    });
    // What the page kit does: call `next` again (a new token) while named.
    for (let i = 1; i < 40; i++) {
      const next = (r.value as {next?: string}).next;
      if (!next) break;
      r = ws.callServer(ss, next, [`tok_addon${String(i).padStart(4, '0')}`]);
      runs.push(r);
      watch.look();
    }
    expect(runs.every(x => x.error === null)).toBe(true);
    // Well under the 6-minute limit at the pessimistic bound (the bench
    // holds the 60 s target of issue 17, not met yet at 4 sheets a run).
    expect(runs.every(x => x.predictedSeconds < 120)).toBe(true);
    // 94 sheets, PER_RUN a run, the last one finishing.
    expect(runs).toHaveLength(Math.ceil(COUNT / PER_RUN));
    expect(r.value).toMatchObject({
      ok: true,
      message: `Les ${COUNT} fiches sont prêtes dans le dossier « Territoire de sciences – documents ».`,
    });
    expect((r.value as {next?: string}).next).toBeUndefined();
    // Only the hourly clock was ever made, one at a time; gone at the end.
    expect(watch.seen()).toEqual([
      {handler: CLOCK, type: 'CLOCK', kind: 'everyHours'},
    ]);
    expect(watch.maxClock()).toBe(1);
    expect(ws.triggers).toHaveLength(0);
    checkFinished(ws, ss, names);
  });

  test('dialog closed after the first run: the hourly trigger finishes it, one run an hour', () => {
    const {ws, ss, names} = setup();
    const watch = watchTriggers(ws);
    const first = ws.callServer(ss, 'generateDocumentFromPage', [
      'tok_closed0000',
      {kind: 'ficheCommune'},
    ]);
    expect(first.error).toBeNull();
    watch.look();
    const fired: RunResult[] = [];
    const startMs = Date.parse('2026-10-01T10:00:00+02:00');
    const at: number[] = [];
    for (let h = 0; h < 30 && ws.triggers.length > 0; h++) {
      for (const run of ws.advanceClock(HOUR)) {
        fired.push(run);
        at.push(h);
      }
      watch.look();
    }
    expect(fired.every(x => x.fn === CLOCK && x.error === null)).toBe(true);
    expect(fired.every(x => x.predictedSeconds < 120)).toBe(true);
    // The other runs of PER_RUN sheets (the last one with the rest), one each hour.
    expect(fired).toHaveLength(Math.ceil(COUNT / PER_RUN) - 1);
    expect(new Set(at).size).toBe(fired.length);
    expect(watch.seen().map(s => s.handler)).toEqual([CLOCK]);
    expect(watch.maxClock()).toBe(1);
    expect(ws.triggers).toHaveLength(0);
    void startMs;
    checkFinished(ws, ss, names);
  });

  test('the dialog reopened while the hourly trigger runs: nothing made twice', () => {
    const {ws, ss, names} = setup();
    ws.callServer(ss, 'generateDocumentFromPage', [
      'tok_mixed0000',
      {kind: 'ficheCommune'},
    ]);
    // Two hours with the dialog closed, then the dialog drives it again.
    ws.advanceClock(2 * HOUR);
    let r = ws.callServer(ss, 'generateDocumentFromPage', [
      'tok_mixed0001',
      {kind: 'ficheCommune'},
    ]);
    for (let i = 2; i < 40 && (r.value as {next?: string}).next; i++) {
      r = ws.callServer(ss, 'continueDocumentsBatchFromPage', [
        `tok_mixed${String(i).padStart(4, '0')}`,
      ]);
      expect(r.error).toBeNull();
    }
    // An hour more: the clock has nothing left and is gone.
    ws.advanceClock(HOUR);
    expect(ws.triggers).toHaveLength(0);
    checkFinished(ws, ss, names);
  });
});

describe('weekly summary, submit trigger and a batch in an editor add-on', () => {
  test('one time-driven and one form-submit trigger; the summary is sent on its day at its hour', () => {
    // Monday 5 October 2026, 05:00 in Paris; three runs' worth of communes.
    const {ws, ss, names} = setup(
      3 * PER_RUN,
      new Date('2026-10-05T05:00:00+02:00'),
    );
    const activated = ws.callServer(ss, 'activateWeeklySummary', [
      {day: 'MONDAY', hour: 8, recipients: 'alice@territoire-de-sciences.fr'},
    ]);
    expect(activated.error).toBeNull();
    expect(ws.triggers.map(tr => [tr.handler, tr.type])).toEqual([
      [CLOCK, 'CLOCK'],
    ]);
    // Activating again keeps the same trigger.
    ws.callServer(ss, 'activateWeeklySummary', [
      {day: 'MONDAY', hour: 8, recipients: 'alice@territoire-de-sciences.fr'},
    ]);
    expect(ws.triggers).toHaveLength(1);
    // Questionnaires: their submit trigger is the document's one form-submit trigger.
    for (const audience of ['public', 'teachers', 'public']) {
      const q = ws.callServer(ss, 'createQuestionnaire', [
        {audience, collectEmails: false},
      ]);
      expect(q.error).toBeNull();
      expect(q.value).toMatchObject({ok: true});
    }
    expect(ws.triggers.filter(tr => tr.type === 'ON_FORM_SUBMIT')).toHaveLength(
      1,
    );
    // A batch, dialog closed: it rides on the same hourly trigger.
    ws.callServer(ss, 'generateDocumentFromPage', [
      'tok_weekly0000',
      {kind: 'ficheCommune'},
    ]);
    expect(ws.triggers.filter(tr => tr.type === 'CLOCK')).toHaveLength(1);
    const summaries = () =>
      ws.mails.filter(m => /synthèse/i.test(m.subject)).length;
    // 05:00 → 07:30: the batch ends (runs at 06:00 and 07:00), no summary yet.
    const early = ws.advanceClock(2.5 * HOUR);
    expect(early.every(x => x.error === null)).toBe(true);
    checkFinished(ws, ss, names, '2026-10-05');
    expect(summaries()).toBe(0);
    // 07:30 → 10:30: the 08:00 run sends it, once.
    const later = ws.advanceClock(3 * HOUR);
    expect(later.every(x => x.error === null)).toBe(true);
    expect(summaries()).toBe(1);
    // The clock stays for next week's summary; deactivated, it goes.
    expect(ws.triggers.filter(tr => tr.type === 'CLOCK')).toHaveLength(1);
    ws.callServer(ss, 'deactivateWeeklySummary', []);
    expect(ws.triggers.filter(tr => tr.type === 'CLOCK')).toHaveLength(0);
  });
});
