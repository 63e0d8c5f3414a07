/**
 * Quotas and limits on the emulator (built bundle): the daily mail quota, 20
 * triggers per user, 50,000 characters per cell, 10 million cells per
 * spreadsheet. Each is met with a clear French message, never a crash
 * half-way.
 */
import type {Workspace} from '../../emulator';
import {
  importCsv,
  newTracker,
  privateDist,
  records,
  tab,
  USER,
  workspace,
} from './harness';

beforeAll(() => {
  privateDist();
});

const SESSION = {
  id: 'S1',
  title: 'Atelier robots',
  date: '10/10/2026',
  commune: 'Grenoble',
};

function lastAlert(ws: Workspace): string {
  const a = ws.ui.alerts[ws.ui.alerts.length - 1];
  return a ? `${a.title ?? ''} ${a.prompt ?? ''}` : '';
}

describe('mail quota', () => {
  test('the weekly summary past the day’s quota: a French message, sent later, no crash', () => {
    const ws = workspace(new Date('2026-10-05T07:30:00+02:00'));
    const ss = newTracker(ws);
    expect(importCsv(ws, ss, [SESSION]).error).toBeNull();
    const act = ws.callServer(ss, 'activateWeeklySummary', [
      {day: 'MONDAY', hour: 8, recipients: `${USER}, b@exemple.fr`},
    ]);
    expect(act.error).toBeNull();
    // The user's other mails of the day used 99 of the 100 recipients.
    for (let i = 0; i < 99; i++) {
      ws.mails.push({
        to: [`x${i}@exemple.fr`],
        cc: [],
        bcc: [],
        subject: 'autre',
        body: 'autre',
        htmlBody: null,
        name: null,
        replyTo: null,
        from: USER,
        at: new Date('2026-10-05T07:00:00+02:00'),
        attachments: [],
      });
    }
    const before = ws.mails.length;
    const r = ws.clickMenu(ss, 'Envoyer la synthèse maintenant');
    expect(r.error).toBeNull();
    expect(ws.mails.length).toBe(before);
    expect(lastAlert(ws)).toMatch(/quota/i);
    expect(lastAlert(ws)).toMatch(/e-mail/);
    expect(lastAlert(ws)).not.toMatch(/Service invoked|Erreur inattendue/);
    // The next day the quota is back: the daily trigger sends the owed summary, once.
    const runs = ws.advanceTo(new Date('2026-10-06T09:30:00+02:00'));
    for (const run of runs) expect(run.error).toBeNull();
    const summaries = ws.mails.filter(m =>
      /^Synthèse hebdomadaire/.test(m.subject),
    );
    expect(summaries).toHaveLength(1);
  });
});

describe('20 triggers per user', () => {
  /** The user's other trackers already hold 20 triggers of this script. */
  function twentyTriggers(ws: Workspace): void {
    for (let i = 0; i < 20; i++) {
      const other = ws.createSpreadsheet(`Autre ${i}`);
      ws.open(other);
      const r = ws.callServer(other, 'createOrUpdateTracker', [
        {
          name: `Autre ${i}`,
          kind: 'autre',
          edition: '',
          startDate: '2026-12-03',
          endDate: '',
          departement: '38',
          teamEmails: '',
        },
      ]);
      expect(r.error).toBeNull();
      const a = ws.callServer(other, 'activateWeeklySummary', [
        {day: 'MONDAY', hour: 8, recipients: USER},
      ]);
      expect(a.error).toBeNull();
    }
    const mine = ws.triggers.filter(t => t.owner === USER && !t.spent);
    expect(mine).toHaveLength(20);
  }

  test('activating the weekly summary with 20 triggers already: a French message, nothing half-set', () => {
    const ws = workspace();
    const ss = newTracker(ws);
    expect(importCsv(ws, ss, [SESSION]).error).toBeNull();
    twentyTriggers(ws);
    const r = ws.callServer(ss, 'activateWeeklySummary', [
      {day: 'MONDAY', hour: 8, recipients: USER},
    ]);
    const message = r.error ? r.error.message : String(r.value);
    expect(message).toMatch(/déclencheur/);
    expect(message).not.toMatch(/too many triggers|Erreur inattendue/);
    expect(ws.triggers.filter(t => t.owner === USER && !t.spent)).toHaveLength(
      20,
    );
    // The questionnaire's submit trigger meets the same limit: the form is
    // made once (a retry reuses it), no trigger is added.
    for (let i = 0; i < 2; i++) {
      ws.callServer(ss, 'createQuestionnaire', [
        {audience: 'public', collectEmails: false},
      ]);
    }
    expect(ws.forms).toHaveLength(1);
    expect(ws.triggers.filter(t => t.owner === USER && !t.spent)).toHaveLength(
      20,
    );
  });

  // Regression: "Créer le questionnaire…" with 20 triggers used to show
  // Google's English "This script has too many triggers…"; the shared rule in
  // src/gas/triggers.ts now turns it into the catalogue's French message.
  test('…and "Créer le questionnaire…" says so in French', () => {
    const ws = workspace();
    const ss = newTracker(ws);
    expect(importCsv(ws, ss, [SESSION]).error).toBeNull();
    twentyTriggers(ws);
    const q = ws.callServer(ss, 'createQuestionnaire', [
      {audience: 'public', collectEmails: false},
    ]);
    expect(q.error).toBeNull();
    expect(String((q.value as {message?: string}).message)).toMatch(
      /déclencheur/,
    );
  });
});

describe('50,000 characters per cell', () => {
  test('a 60,000-character description is imported, cut to the cell limit', () => {
    const ws = workspace();
    const ss = newTracker(ws);
    const long = 'Une description très longue. '.repeat(2100);
    expect(long.length).toBeGreaterThan(60000);
    const r = importCsv(ws, ss, [{...SESSION, description: long}]);
    expect(r.error).toBeNull();
    expect(r.value).toMatchObject({accepted: 1});
    const [row] = records(ss, 'Programme');
    const description = String(row['Description']);
    expect(description.length).toBe(50000);
    expect(description.endsWith('…')).toBe(true);
    expect(description.startsWith('Une description très longue.')).toBe(true);
  });
});

describe('10 million cells per spreadsheet', () => {
  /** A tracker whose other tab already uses almost all the workbook's cells, and an import that must grow the Programme. */
  function nearlyFull() {
    const ws = workspace();
    const ss = newTracker(ws);
    const used = ss
      .getSheets()
      .reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    const filler = ss.insertSheet('Archives');
    const room =
      10_000_000 - used - filler.getMaxRows() * filler.getMaxColumns();
    filler.insertRowsAfter(
      filler.getMaxRows(),
      Math.floor((room - 500) / filler.getMaxColumns()),
    );
    const programme = ss.getSheetByName('Programme')!;
    const sessions = Array.from(
      {length: programme.getMaxRows() + 50},
      (_, i) => ({
        id: `S${i}`,
        title: `Atelier ${i}`,
        date: '10/10/2026',
        commune: 'Grenoble',
      }),
    );
    const before = tab(ss, 'Programme');
    const r = importCsv(ws, ss, sessions);
    return {ws, ss, r, before};
  }

  test('an import that would grow the workbook past the limit stops before writing anything', () => {
    const {ss, r, before} = nearlyFull();
    expect(r.error).not.toBeNull();
    expect(tab(ss, 'Programme')).toEqual(before);
  });

  // Regression: Google's English "…above the limit of 10000000 cells." used
  // to reach the import dialog; src/gas/table.ts growGrid now says it in French.
  test('…and says so in French', () => {
    const {r} = nearlyFull();
    expect(r.error?.message).toBe(
      'Le classeur dépasserait la limite de Google de 10 millions de cellules en agrandissant l’onglet « Programme » : rien n’a été écrit. Supprimez des onglets ou des lignes inutiles, ou répartissez le suivi sur plusieurs classeurs.',
    );
  });
});
