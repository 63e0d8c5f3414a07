/**
 * Each built project on the emulator, in each deployment mode: opened in its
 * host, its menu holds its host's items (and nothing of the other host), the
 * bound script adds its own "Territoire de sciences" menu and the add-on goes
 * under Extensions (createAddonMenu), whatever the auth mode; then every
 * item is clicked on a fresh document: each runs within the project's manifest (the emulator
 * refuses any call the manifest's scopes do not cover) and ends in a page or
 * a French message, never an uncaught error.
 */
import {Workspace} from '../../../emulator';
import {ensureBuilt, Mode, Project, projectDir} from '../../helpers/projects';

const NOW = new Date('2026-09-01T08:00:00+02:00');

beforeAll(async () => {
  await ensureBuilt('bound');
  await ensureBuilt('addon');
}, 180000);

function workspace(project: Project, mode: Mode) {
  const ws = new Workspace({
    now: NOW,
    locale: 'fr',
    distDir: projectDir(project, mode),
  });
  const target =
    project === 'sheets'
      ? ws.createSpreadsheet('Suivi FDS 2026')
      : ws.createForm('Avis des visiteurs');
  return {ws, target};
}

const SHEETS_ITEMS = [
  'Créer / mettre à jour le suivi…',
  'Importer des événements…',
  'Générer le bilan',
  'Paramètres…',
  'À propos…',
];
const FORMS_ITEMS = [
  'Générer le bilan de ce formulaire',
  'Lier à un suivi…',
  'Paramètres…',
  'À propos…',
];

describe.each([
  ['sheets', 'bound'],
  ['sheets', 'addon'],
  ['forms', 'bound'],
  ['forms', 'addon'],
] as [Project, Mode][])('%s project, %s', (project, mode) => {
  test.each(['NONE', 'LIMITED', 'FULL'] as const)(
    'onOpen in AuthMode.%s: the mode decides the menu, not the auth mode',
    authMode => {
      const {ws, target} = workspace(project, mode);
      const opened = ws.open(target, {authMode});
      expect(opened.error).toBeNull();
      const byMethod = opened.counts.byMethod;
      if (mode === 'addon') {
        expect(byMethod['Ui.createAddonMenu']).toBe(1);
        expect(byMethod['Ui.createMenu']).toBeUndefined();
      } else {
        expect(byMethod['Ui.createMenu']).toBe(1);
        expect(byMethod['Ui.createAddonMenu']).toBeUndefined();
      }
      // The host comes from the build: no FormApp.getActiveForm() at open.
      expect(byMethod['FormApp.getActiveForm']).toBeUndefined();
      const labels = ws.menu(target).map(i => i.label);
      expect(labels).toEqual(
        expect.arrayContaining(
          project === 'sheets' ? SHEETS_ITEMS : FORMS_ITEMS,
        ),
      );
      const other = project === 'sheets' ? FORMS_ITEMS : SHEETS_ITEMS;
      const mine = project === 'sheets' ? SHEETS_ITEMS : FORMS_ITEMS;
      for (const label of other.filter(l => !mine.includes(l)))
        expect(labels).not.toContain(label);
    },
  );

  test('every menu item runs: a page or a French message, no uncaught error', () => {
    const {ws, target} = workspace(project, mode);
    ws.open(target, {authMode: 'FULL'});
    const items = ws.menu(target);
    expect(items.length).toBeGreaterThanOrEqual(project === 'sheets' ? 15 : 4);
    const outcomes: {label: string; error: string | null; shown: boolean}[] =
      [];
    for (const item of items) {
      const pages = ws.ui.pages.length;
      const alerts = ws.ui.alerts.length;
      const run = ws.clickMenu(target, item.label);
      // A page, a message, or (« Mettre à jour le nombre de réponses »,
      // which rewrites its tab silently) the figure it returns.
      const shown =
        ws.ui.pages.length > pages ||
        ws.ui.alerts.length > alerts ||
        typeof run.value === 'number';
      outcomes.push({
        label: item.label,
        error: run.error ? run.error.message : null,
        shown,
      });
    }
    expect(outcomes.filter(o => o.error !== null)).toEqual([]);
    expect(outcomes.filter(o => !o.shown)).toEqual([]);
    // Whatever was said is French (no English service error leaked).
    for (const a of ws.ui.alerts)
      expect(`${a.title} ${a.prompt}`).not.toMatch(
        /Exception|permission|Required permissions|undefined/i,
      );
  });
});
