/**
 * readTracker — what documents, weekly and bilan read — on a tracker built and
 * filled by the bundle: one getValues per tab, every field in place.
 */
import {readTracker} from '../../../src/tracker/read';
import {
  buildBundle,
  createTracker,
  fixture,
  newWorkspace,
  sheet,
} from './helpers';
import {paris} from '../../helpers/paris';

beforeAll(buildBundle);

describe('readTracker on a built Fête de la science tracker', () => {
  const ws = newWorkspace();
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  createTracker(ws, ss, 'fds');
  ws.callServer(ss, 'importEvents', [
    {fileName: 'fds.json', content: fixture('fds-flat.json')},
  ]);
  sheet(ss, 'Programme')
    .getRange('O2:R2')
    .setValues([[30, 28, 26, 'réalisé']]);

  const before = ws.meter.total.byMethod['Range.getValues'] ?? 0;
  const data = readTracker(
    ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
  );
  const reads = (ws.meter.total.byMethod['Range.getValues'] ?? 0) - before;

  it('reads each tab with one getValues', () => {
    expect(reads).toBe(6);
  });

  it('gives the card, sessions, tasks, partners and budget', () => {
    expect(data.spreadsheetId).toBe(ss.getId());
    expect(data.event).toEqual(
      expect.objectContaining({
        name: 'Fête de la science 2026 en Isère',
        kind: 'fds',
        edition: '2026',
        departement: '38',
        startDate: paris(2026, 10, 2),
        endDate: paris(2026, 10, 12),
        teamEmails: [
          'coordination@territoire-de-sciences.fr',
          'fds@territoire-de-sciences.fr',
        ],
      }),
    );
    expect(data.sessions).toHaveLength(8);
    expect(data.sessions[0]).toEqual(
      expect.objectContaining({
        id: 'C-0001',
        title: 'Les secrets du ciel nocturne',
        date: paris(2026, 10, 10),
        start: '14:00',
        end: '16:00',
        commune: 'Le Pont-de-Claix',
        insee: '38317',
        capacity: 30,
        registered: 28,
        attended: 26,
        status: 'réalisé',
        sourceId: 'fds:100001#1',
        row: 2,
      }),
    );
    expect(data.tasks).toHaveLength(13);
    expect(data.tasks[0].status).toBe('à faire');
    expect(data.partners).toHaveLength(10);
    expect(data.budget.map(b => b.line)).toContain('Intervenants');
    expect(data.participants).toEqual([]);
  });
});
