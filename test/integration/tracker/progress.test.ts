/**
 * "Importer des événements…" reports its progress to the dialog: the page
 * passes a token inside importEvents' argument, then reads getProgress(token).
 */
import {
  buildBundle,
  createTracker,
  fixture,
  newWorkspace,
  records,
} from './helpers';

beforeAll(buildBundle);

const TOKEN = 'import-token-0123456789';

function fdsTracker() {
  const ws = newWorkspace();
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  createTracker(ws, ss, 'fds');
  return {ws, ss};
}

describe('import with a progress token', () => {
  const {ws, ss} = fdsTracker();
  const run = ws.callServer(ss, 'importEvents', [
    {
      fileName: 'fete-de-la-science.json',
      content: fixture('fds-flat.json'),
      token: TOKEN,
    },
  ]);
  const progress = ws.callServer(ss, 'getProgress', [TOKEN]);

  it('imports exactly as without a token (same report shape)', () => {
    expect(run.error).toBeNull();
    const report = run.value as {
      ok: boolean;
      imported: number;
      updated: number;
      partnersAdded: number;
      rejected: string[];
    };
    expect(report.ok).toBe(true);
    expect(report.imported).toBe(8);
    expect(report.updated).toBe(0);
    expect(report.partnersAdded).toBe(10);
    expect(report.rejected).toHaveLength(5);
    expect(records(ss, 'Programme')).toHaveLength(8);
  });

  it('ends on "done": step 5 of 5, the 8 sessions written, a link to the Programme tab', () => {
    expect(progress.error).toBeNull();
    const programme = ss.getSheetByName('Programme')!;
    expect(progress.value).toMatchObject({
      step: 5,
      total: 5,
      count: 8,
      done: true,
      error: null,
      percent: 100,
      label: 'Import terminé.',
      text: 'Étape 5/5 – 8 éléments',
      link: {
        url: `${ss.getUrl()}#gid=${programme.getSheetId()}`,
        label: "Ouvrir l'onglet « Programme »",
      },
    });
    expect(ss.getUrl()).toMatch(/^https:\/\//);
  });

  it('re-importing the same file reports the 8 sessions as updated, still 8 rows', () => {
    const token = 'import-token-second-run';
    const again = ws.callServer(ss, 'importEvents', [
      {
        fileName: 'fete-de-la-science.json',
        content: fixture('fds-flat.json'),
        token,
      },
    ]);
    expect(again.error).toBeNull();
    expect((again.value as {updated: number}).updated).toBe(8);
    const state = ws.callServer(ss, 'getProgress', [token]).value as {
      count: number;
      done: boolean;
    };
    expect(state).toMatchObject({count: 8, done: true});
    expect(records(ss, 'Programme')).toHaveLength(8);
  });
});

describe('import errors and calls without a token', () => {
  it('a failed import (empty file) reports the French error under the token, then throws as before', () => {
    const {ws, ss} = fdsTracker();
    const token = 'import-token-empty-file';
    const r = ws.callServer(ss, 'importEvents', [
      {fileName: 'vide.json', content: '  ', token},
    ]);
    expect(r.error?.message).toBe(
      'Le fichier est vide : aucun événement à importer.',
    );
    const state = ws.callServer(ss, 'getProgress', [token]).value as {
      error: string | null;
      done: boolean;
    };
    expect(state.error).toBe(
      'Le fichier est vide : aucun événement à importer.',
    );
    expect(state.done).toBe(false);
  });

  it('without a token nothing is cached (no extra service call) and getProgress of a bad token is null', () => {
    const {ws, ss} = fdsTracker();
    const r = ws.callServer(ss, 'importEvents', [
      {fileName: 'fete-de-la-science.json', content: fixture('fds-flat.json')},
    ]);
    expect(r.error).toBeNull();
    const cacheCalls = Object.keys(r.counts.byMethod).filter(m =>
      m.startsWith('Cache'),
    );
    expect(cacheCalls).toEqual([]);
    expect(ws.callServer(ss, 'getProgress', ['<bad>']).value).toBeNull();
  });
});
