/**
 * Bundle contract, for each project (dist/sheets, dist/forms — and dist/
 * itself, the Sheets project): its Code.js, loaded as Apps Script loads it,
 * exposes onOpen, onInstall and every menu callback, trigger handler and
 * page `google.script.run` target as top-level functions, runs no service at
 * load time and needs nothing of Node. The build here is the default (bound)
 * one: createMenu in every auth mode; test/integration/deploy/ covers addon.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DIST,
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
  const code = readBundle(host);
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
      const {top, menus, loadCalls, calls} = menusFor(host, mode);
      expect(loadCalls).toBe(0); // no Apps Script call at module load time
      expect(top).toEqual(
        expect.arrayContaining(['onOpen', 'onInstall', 'showAbout', 'include']),
      );
      expect(menus).toHaveLength(1);
      const [menu] = menus;
      expect(menu.added).toBe(true);
      // Bound (the default build), its own menu whatever the auth mode.
      expect(menu).toMatchObject({
        kind: 'menu',
        title: 'Territoire de sciences',
      });
      // The host is known from the build: no FormApp.getActiveForm() call.
      expect(calls).not.toContain('FormApp.getActiveForm');
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

  test.each(['sheets', 'forms'] as Host[])(
    '%s: every trigger handler the code installs is a top-level function',
    host => {
      const {code, top} = menusFor(host, 'FULL');
      const handlers = installedHandlers(code);
      expect(handlers.filter(h => !top.includes(h))).toEqual([]);
    },
  );

  test.each(['sheets', 'forms'] as Host[])(
    '%s: every google.script.run target of its pages is a top-level function',
    host => {
      const {top} = menusFor(host, 'FULL');
      // Any function of either project that a page names in quotes
      // (Kit.callServer('fn'), {fn: 'fn'}, Kit.pollProgress('getProgress'…)).
      const known = new Set([
        ...menusFor('sheets', 'FULL').top,
        ...menusFor('forms', 'FULL').top,
      ]);
      const named = new Set<string>();
      const walk = (d: string): void => {
        for (const e of fs.readdirSync(d, {withFileTypes: true})) {
          const full = path.join(d, e.name);
          if (e.isDirectory()) walk(full);
          else
            for (const m of fs
              .readFileSync(full, 'utf8')
              .matchAll(/['"]([A-Za-z_$][\w$]*)['"]/g))
              if (known.has(m[1])) named.add(m[1]);
        }
      };
      walk(path.join(DIST, host, 'ui'));
      expect([...named]).toEqual(
        expect.arrayContaining(['saveSettingsFromPage', 'getProgress']),
      );
      if (host === 'sheets')
        expect([...named]).toEqual(
          expect.arrayContaining([
            'generateDocumentFromPage',
            'createQuestionnaire',
          ]),
        );
      expect([...named].filter(t => !top.includes(t))).toEqual([]);
    },
  );

  test('the Forms project stays to its own entry points and pages', () => {
    const {top} = menusFor('forms', 'FULL');
    expect(top).not.toContain('createOrUpdateTracker');
    expect(top).not.toContain('continueDocumentsBatch');
    const pages = fs.readdirSync(path.join(DIST, 'forms', 'ui'));
    expect(pages).not.toContain('documents-dialog.html');
  });

  test('dist/ itself holds the Sheets project (tools that load dist/)', () => {
    expect(readBundle()).toBe(readBundle('sheets'));
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
