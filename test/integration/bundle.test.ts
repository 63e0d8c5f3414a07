/**
 * Bundle contract: dist/Code.js, loaded as Apps Script loads it, exposes
 * onOpen, onInstall and every menu callback and trigger handler as top-level
 * functions, runs no service at load time and needs nothing of Node.
 */
import {
  NODE_ONLY_GLOBALS,
  installedHandlers,
  loadBundle,
  readBundle,
  topLevelFunctions,
} from '../helpers/bundle';

type Host = 'sheets' | 'forms';
type Mode = 'NONE' | 'LIMITED' | 'FULL';

interface MenuRecord {
  kind: 'menu' | 'addon';
  title: string | null;
  items: {label: string; fn: string}[];
  added: boolean;
}

/** Minimal Apps Script-style globals that record the menus built. */
function appsScriptGlobals(host: Host, calls: string[], menus: MenuRecord[]) {
  const ui = () => ({
    createMenu(title: string) {
      calls.push('Ui.createMenu');
      return menuOf({kind: 'menu', title, items: [], added: false});
    },
    createAddonMenu() {
      calls.push('Ui.createAddonMenu');
      return menuOf({kind: 'addon', title: null, items: [], added: false});
    },
  });
  function menuOf(record: MenuRecord) {
    menus.push(record);
    const menu = {
      addItem(label: string, fn: string) {
        record.items.push({label, fn});
        return menu;
      },
      addSeparator() {
        return menu;
      },
      addSubMenu() {
        return menu;
      },
      addToUi() {
        record.added = true;
      },
    };
    return menu;
  }
  const props = () => ({getProperty: () => null, setProperty: () => undefined});
  return {
    SpreadsheetApp: {getUi: () => (calls.push('SpreadsheetApp.getUi'), ui())},
    FormApp: {
      getUi: () => (calls.push('FormApp.getUi'), ui()),
      getActiveForm: () => (
        calls.push('FormApp.getActiveForm'),
        host === 'forms' ? {} : null
      ),
    },
    ScriptApp: {AuthMode: {NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL'}},
    PropertiesService: {
      getDocumentProperties: () => (
        calls.push('PropertiesService.getDocumentProperties'),
        props()
      ),
      getScriptProperties: () => props(),
    },
    Logger: {log: () => undefined},
    console: {
      log: () => undefined,
      error: () => undefined,
      warn: () => undefined,
    },
  };
}

function menusFor(host: Host, mode: Mode) {
  const calls: string[] = [];
  const menus: MenuRecord[] = [];
  const code = readBundle();
  const context = loadBundle(code, appsScriptGlobals(host, calls, menus));
  const loadCalls = calls.length;
  const top = topLevelFunctions(context, code);
  (context as Record<string, (e: unknown) => void>).onOpen({authMode: mode});
  return {code, context, top, menus, loadCalls, calls};
}

/** The names a menu refers to that are not top-level functions of the bundle. */
function missingCallbacks(menus: MenuRecord[], top: string[]): string[] {
  return menus
    .flatMap(m => m.items.map(i => i.fn))
    .filter(fn => !top.includes(fn));
}

describe('dist/Code.js as Apps Script loads it', () => {
  test.each([
    ['sheets', 'FULL'],
    ['sheets', 'LIMITED'],
    ['sheets', 'NONE'],
    ['forms', 'FULL'],
    ['forms', 'LIMITED'],
    ['forms', 'NONE'],
  ] as [Host, Mode][])(
    '%s, authMode %s: one menu, every callback top-level',
    (host, mode) => {
      const {top, menus, loadCalls} = menusFor(host, mode);
      expect(loadCalls).toBe(0); // no Apps Script call at module load time
      expect(top).toEqual(
        expect.arrayContaining(['onOpen', 'onInstall', 'showAbout', 'include']),
      );
      expect(menus).toHaveLength(1);
      const [menu] = menus;
      expect(menu.added).toBe(true);
      // As an add-on the menu goes under Extensions; bound, it has its own title.
      if (mode === 'FULL')
        expect(menu).toMatchObject({
          kind: 'menu',
          title: 'Territoire de sciences',
        });
      else expect(menu.kind).toBe('addon');
      expect(menu.items.map(i => i.label)).toContain('À propos…');
      expect(missingCallbacks(menus, top)).toEqual([]);
    },
  );

  test('forms and sheets each show only their own items', () => {
    const labels = (host: Host) =>
      menusFor(host, 'FULL').menus[0].items.map(i => i.label);
    const sheets = labels('sheets');
    const forms = labels('forms');
    expect(sheets).toEqual(
      expect.arrayContaining([
        'Créer / mettre à jour le suivi…',
        'Importer des événements…',
        'Générer le bilan',
        'Paramètres…',
        'À propos…',
      ]),
    );
    expect(sheets).not.toContain('Générer le bilan de ce formulaire');
    expect(forms).toEqual(
      expect.arrayContaining([
        'Générer le bilan de ce formulaire',
        'Lier à un suivi…',
        'À propos…',
      ]),
    );
    expect(forms).not.toContain('Créer / mettre à jour le suivi…');
  });

  test('onInstall builds the same menu as onOpen', () => {
    const calls: string[] = [];
    const menus: MenuRecord[] = [];
    const code = readBundle();
    const context = loadBundle(code, appsScriptGlobals('sheets', calls, menus));
    (context as Record<string, (e: unknown) => void>).onInstall({
      authMode: 'FULL',
    });
    const viaOpen = menusFor('sheets', 'FULL').menus[0].items;
    expect(menus[0].items).toEqual(viaOpen);
  });

  test('the check fails when a callback has no top-level function', () => {
    const code = readBundle();
    // Remove the wrapper of showAbout: the menu still names it, Apps Script would not find it.
    const broken = code.replace(/^function showAbout\([^]*?^}\n/m, '');
    expect(broken).not.toEqual(code);
    const calls: string[] = [];
    const menus: MenuRecord[] = [];
    const context = loadBundle(
      broken,
      appsScriptGlobals('sheets', calls, menus),
    );
    (context as Record<string, (e: unknown) => void>).onOpen({
      authMode: 'FULL',
    });
    expect(missingCallbacks(menus, topLevelFunctions(context, broken))).toEqual(
      ['showAbout'],
    );
  });

  test('every trigger handler the code installs is a top-level function', () => {
    const {code, top} = menusFor('sheets', 'FULL');
    const handlers = installedHandlers(code);
    expect(handlers.filter(h => !top.includes(h))).toEqual([]);
  });

  test('nothing of Node is referenced by the bundle', () => {
    const code = readBundle();
    for (const name of NODE_ONLY_GLOBALS.filter(
      n => !['global', 'module', 'exports'].includes(n),
    )) {
      // A call or member access on a Node-only global (a property named the same is fine: obj.URL).
      const use = new RegExp(`(^|[^.\\w$'"])${name}\\s*[.(]`, 'm');
      expect({name, used: use.test(code)}).toEqual({name, used: false});
    }
  });
});
