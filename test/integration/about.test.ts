/**
 * The built add-on (dist/Code.js) on the emulator: open a spreadsheet, find
 * "À propos…" in the menu, click it, read the dialog and the run's cost.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {predictSeconds, Workspace} from '../../emulator';
import {build} from '../../scripts/build';
import {VERSION} from '../../src/generated/version';
import {ensureBuilt, projectDir} from '../helpers/projects';

const CODE = path.resolve(__dirname, '../../dist/Code.js');

beforeAll(async () => {
  // jest's globalSetup builds dist/ once for every test file; rebuilding here
  // while other files run would delete dist/ under them. Build only if absent.
  if (!fs.existsSync(CODE)) await build();
}, 120000);

describe('À propos…', () => {
  test('in a bound spreadsheet (AuthMode.FULL) the menu is a top-level menu holding "À propos…"', () => {
    const ws = new Workspace({
      now: new Date('2026-09-01T08:00:00+02:00'),
      locale: 'fr',
    });
    const ss = ws.createSpreadsheet('Suivi FDS 2026');
    const opened = ws.open(ss, {authMode: 'FULL'});
    expect(opened.error).toBeNull();
    expect(opened.counts.byMethod['Ui.createMenu']).toBe(1);
    expect(opened.counts.byMethod['Ui.createAddonMenu']).toBeUndefined();
    expect(ws.menu(ss).map(i => i.label)).toContain('À propos…');
    expect(ws.menu(ss).find(i => i.label === 'À propos…')?.fn).toBe(
      'showAbout',
    );
  });

  test.each(['LIMITED', 'NONE'] as const)(
    'built as an add-on (AuthMode.%s) the menu goes under Extensions',
    async authMode => {
      await ensureBuilt('addon');
      const ws = new Workspace({
        now: new Date('2026-09-01T08:00:00+02:00'),
        locale: 'fr',
        distDir: projectDir('sheets', 'addon'),
      });
      const ss = ws.createSpreadsheet('Suivi FDS 2026');
      const opened = ws.open(ss, {authMode});
      expect(opened.error).toBeNull();
      expect(opened.counts.byMethod['Ui.createAddonMenu']).toBe(1);
      expect(opened.counts.byMethod['Ui.createMenu']).toBeUndefined();
      expect(ws.menu(ss).map(i => i.label)).toContain('À propos…');
      // In NONE, the add-on must not touch properties (Google would refuse).
      if (authMode === 'NONE') {
        expect(
          opened.counts.byMethod['PropertiesService.getDocumentProperties'],
        ).toBeUndefined();
      }
    },
  );

  test('clicking "À propos…" shows a dialog with the version; the run is counted and priced', () => {
    const ws = new Workspace({
      now: new Date('2026-09-01T08:00:00+02:00'),
      locale: 'fr',
    });
    const ss = ws.createSpreadsheet('Suivi FDS 2026');
    ws.open(ss, {authMode: 'LIMITED'});
    const run = ws.clickMenu(ss, 'À propos…');
    expect(run.error).toBeNull();
    const page = ws.ui.lastPage();
    expect(page).not.toBeNull();
    expect(page!.kind).toBe('dialog');
    expect(page!.target).toBe(ss.getId());
    expect(page!.html).toContain(VERSION);
    expect(page!.title).not.toBe('');
    expect(run.counts.calls).toBeGreaterThan(0);
    expect(run.counts.byMethod['Ui.showModalDialog']).toBe(1);
    expect(run.counts.cellsRead + run.counts.cellsWritten).toBe(0);
    expect(run.predictedSeconds).toBeGreaterThan(0);
    expect(run.predictedSeconds).toBe(predictSeconds(run.counts));
    // "À propos…" reads no sheet: it stays well under a second of Apps Script time.
    expect(run.predictedSeconds).toBeLessThan(5);
  });
});
