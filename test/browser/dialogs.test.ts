/**
 * Every page the menu opens, in Sheets and in Forms: rendered by the
 * emulator, opened in Chromium at its own size, required fields filled where
 * the kind of field makes the value obvious, submitted; no console error, no
 * raw catalogue key, no outside request, nothing executed from hostile text;
 * one PNG each in test-artifacts/screenshots/dialog-*.png.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Workspace} from '../../emulator';
import {
  describeInBrowser,
  HOSTILE,
  openPage,
  OpenedPage,
  settle,
  useBrowser,
} from './harness';

type Target = Parameters<Workspace['callServer']>[0];

function slug(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A workspace running the Sheets project (dist/), or the Forms project (dist/forms). */
function workspace(project: 'sheets' | 'forms' = 'sheets'): Workspace {
  return new Workspace({
    now: new Date('2026-09-01T08:00:00+02:00'),
    locale: 'fr',
    user: 'coordination@territoire-de-sciences.fr',
    distDir:
      project === 'forms'
        ? path.resolve(__dirname, '../../dist/forms')
        : undefined,
  });
}

/** The pages the menu of `target` opens (clicking each item on a fresh copy of the setup). */
function pagesOf(
  setup: () => {ws: Workspace; target: Target},
): {label: string; kind: string}[] {
  const {ws, target} = setup();
  const found: {label: string; kind: string}[] = [];
  for (const item of ws.menu(target)) {
    const before = ws.ui.pages.length;
    const run = ws.clickMenu(target, item.label);
    if (!run.error && ws.ui.pages.length > before) {
      found.push({label: item.label, kind: ws.ui.lastPage()!.kind});
    }
  }
  return found;
}

/** Fills each empty required control with a value its type makes obvious. */
async function fillRequired(p: OpenedPage): Promise<string[]> {
  return p.page.evaluate(() => {
    const filled: string[] = [];
    const controls = Array.from(
      document.querySelectorAll<
        HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
      >(
        'input[required], textarea[required], select[required], [aria-required="true"]',
      ),
    );
    for (const el of controls) {
      if (el.value !== '' || el.disabled) continue;
      const type = (el.getAttribute('type') || el.tagName).toLowerCase();
      let value = '';
      if (el instanceof HTMLSelectElement) {
        const option = Array.from(el.options).find(o => o.value !== '');
        value = option ? option.value : '';
      } else if (type === 'email') value = 'equipe@territoire-de-sciences.fr';
      else if (type === 'date') value = '2026-10-10';
      else if (type === 'time') value = '14:00';
      else if (type === 'number' || el.getAttribute('inputmode') === 'numeric')
        value = '5';
      else if (type === 'url') value = 'https://territoire-de-sciences.fr';
      else if (type === 'file') continue;
      else value = 'Fête de la science 2026';
      el.value = value;
      el.dispatchEvent(new Event('input', {bubbles: true}));
      el.dispatchEvent(new Event('change', {bubbles: true}));
      filled.push(el.name || el.id);
    }
    return filled;
  });
}

async function checkClean(p: OpenedPage): Promise<void> {
  const text = await p.page.evaluate(() => document.body.innerText);
  // A catalogue key shown raw means a missing text.
  expect(text).not.toMatch(
    /\b(settings|ui|common|tracker|import|questionnaire|bilan|documents|weekly|privacy|menu|error)\.[a-z]\w*\.?\w*\b/,
  );
  expect(p.shown.html).not.toMatch(/<\?/);
  expect(
    await p.page.evaluate(
      () => (window as unknown as {__pwned?: unknown}).__pwned,
    ),
  ).toBeUndefined();
  expect(p.consoleErrors).toEqual([]);
}

/** Every labelled control: a label, an aria-label or aria-labelledby. */
async function unlabelled(p: OpenedPage): Promise<string[]> {
  return p.page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'input:not([type="hidden"]), select, textarea',
      ),
    )
      .filter(el => {
        const id = el.id;
        const hasLabel =
          (id && document.querySelector(`label[for="${id}"]`)) ||
          el.closest('label') ||
          el.getAttribute('aria-label') ||
          el.getAttribute('aria-labelledby');
        return !hasLabel;
      })
      .map(el => el.getAttribute('name') || el.id || el.outerHTML.slice(0, 60)),
  );
}

const HOSTS: {name: string; setup: () => {ws: Workspace; target: Target}}[] = [
  {
    name: 'sheets',
    setup: () => {
      const ws = workspace();
      const target = ws.createSpreadsheet('Suivi FDS 2026');
      ws.open(target);
      return {ws, target};
    },
  },
  {
    // With a tracker built, the documents and questionnaire dialogs show their real forms.
    name: 'sheets-tracker',
    setup: () => {
      const ws = workspace();
      const target = ws.createSpreadsheet('Suivi FDS 2026');
      ws.open(target);
      const built = ws.callServer(target, 'createOrUpdateTracker', [
        {
          name: 'Fête de la science 2026',
          kind: 'fds',
          edition: '2026',
          startDate: '2026-10-02',
          endDate: '2026-10-12',
          departement: '38',
          teamEmails: 'coordination@territoire-de-sciences.fr',
        },
      ]);
      if (built.error) throw built.error;
      expect(built.value).toMatchObject({ok: true});
      // A programme, so that questionnaire and documents have sessions.
      const imported = ws.callServer(target, 'importEvents', [
        {
          fileName: 'programme-fr-comma.csv',
          content: fs.readFileSync(
            path.resolve(
              __dirname,
              '../fixtures/tracker/programme-fr-comma.csv',
            ),
            'utf8',
          ),
        },
      ]);
      if (imported.error) throw imported.error;
      return {ws, target};
    },
  },
  {
    name: 'forms',
    setup: () => {
      const ws = workspace('forms');
      const target = ws.createForm('Questionnaire FDS 2026');
      ws.open(target);
      return {ws, target};
    },
  },
];

/** What Tab reaches, in order: each control's name/id, buttons by their type. */
async function tabOrder(p: OpenedPage, presses: number): Promise<string[]> {
  await p.page.evaluate(() =>
    (document.activeElement as HTMLElement | null)?.blur(),
  );
  const seen: string[] = [];
  for (let i = 0; i < presses; i++) {
    await p.page.keyboard.press('Tab');
    seen.push(
      await p.page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        if (!el || el === document.body) return '';
        if (el.tagName === 'BUTTON') return `button:${el.type}`;
        return el.name || el.id || el.tagName;
      }),
    );
  }
  return seen;
}

/** The visible, enabled controls a user must be able to reach. */
async function reachable(p: OpenedPage): Promise<string[]> {
  return p.page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLInputElement>(
        'input:not([type="hidden"]), select, textarea, button[type="submit"]',
      ),
    )
      .filter(el => !el.disabled && el.getClientRects().length > 0)
      .map(el =>
        el.tagName === 'BUTTON'
          ? `button:${el.type}`
          : el.name || el.id || el.tagName,
      ),
  );
}

/** A server error that is a crash rather than a message for the user. */
const CRASH =
  /TypeError|ReferenceError|SyntaxError|RangeError|is not a function|Cannot read|is not defined|Une erreur inattendue|An unexpected error/;

describeInBrowser('every dialog of the menu in Chromium', () => {
  useBrowser();

  it('« Importer des événements… » imports a Programme CSV chosen in the browser', async () => {
    const {ws, target} = HOSTS.find(h => h.name === 'sheets-tracker')!.setup();
    const p = await openPage(ws, target, 'Importer des événements…');
    await p.page.setInputFiles(
      'input[type="file"]',
      path.resolve(__dirname, '../fixtures/tracker/programme-fr-comma.csv'),
    );
    await p.page.click('button[type="submit"]');
    await p.page.waitForSelector('#kit-message:not([hidden])');
    await settle(p.page);
    await p.shot('dialog-import-done');
    expect(p.serverCalls.map(c => c.fn)).toContain('importEvents');
    expect(p.serverCalls.every(c => c.error === null)).toBe(true);
    const ss = target as ReturnType<Workspace['createSpreadsheet']>;
    const ids = ss.getSheets().flatMap(sh =>
      sh
        .getDataRange()
        .getValues()
        .map(r => String(r[0])),
    );
    expect(ids).toEqual(expect.arrayContaining(['P-01', 'P-02']));
    expect(p.consoleErrors).toEqual([]);
    await p.close();
  });

  it('« Importer des événements… » reads an .ics folded inside UTF-8 characters and shows the refusals by reason', async () => {
    const {ws, target} = HOSTS.find(h => h.name === 'sheets-tracker')!.setup();
    const p = await openPage(ws, target, 'Importer des événements…');
    expect(await p.page.getAttribute('input[type="file"]', 'accept')).toContain(
      '.ics',
    );
    await p.page.setInputFiles(
      'input[type="file"]',
      path.resolve(
        __dirname,
        '../fixtures/tracker/agenda-ville-utf8-folds.ics',
      ),
    );
    await p.page.click('button[type="submit"]');
    await p.page.waitForSelector('#kit-message:not([hidden])');
    await settle(p.page);
    await p.shot('dialog-import-ics');
    expect(p.serverCalls.every(c => c.error === null)).toBe(true);
    const shown = await p.page.evaluate(() => ({
      groups: Array.from(document.querySelectorAll('#rejected-groups li')).map(
        li => li.textContent,
      ),
      note: document.getElementById('rejected-note')!.textContent,
      full: Array.from(document.querySelectorAll('#rejected-list li')).map(
        li => li.textContent,
      ),
      boxHidden: document.getElementById('rejected')!.hidden,
    }));
    expect(shown).toEqual({
      groups: ['1 hors du département 38', '1 en ligne, sans lieu'],
      note: "La liste complète des refus (2) est inscrite dans l'onglet « Journal ».",
      full: [
        'Événement commençant ligne 14, champ « LOCATION » : commune hors du département 38 : « 69002 Lyon ».',
        'Événement commençant ligne 21, champ « LOCATION » : événement en ligne, sans lieu : il ne peut pas être rattaché à une commune.',
      ],
      boxHidden: false,
    });
    // The characters cut by the folds came back whole.
    const ss = target as ReturnType<Workspace['createSpreadsheet']>;
    const titles = ss
      .getSheetByName('Programme')!
      .getDataRange()
      .getValues()
      .map(r => r.map(String))
      .flat();
    expect(titles).toContain('Chimie et café : expériences 🔬');
    expect(titles.some(t => t.includes('\ufffd'))).toBe(false);
    expect(p.consoleErrors).toEqual([]);
    await p.close();
  });

  for (const host of HOSTS) {
    const pages = pagesOf(host.setup);

    it(`${host.name}: the menu opens at least the settings and about pages`, () => {
      const labels = pages.map(p => p.label);
      expect(labels).toEqual(
        expect.arrayContaining(['Paramètres…', 'À propos…']),
      );
    });

    it.each(pages.map(p => [p.label, p.kind]))(
      `${host.name}: « %s » (%s) renders cleanly, can be filled and submitted`,
      async label => {
        const {ws, target} = host.setup();
        const p = await openPage(ws, target, label);
        await checkClean(p);
        expect(await unlabelled(p)).toEqual([]);
        await p.shot(`dialog-${host.name}-${slug(label)}`);
        await fillRequired(p);
        // Hostile text in every free-text field: refused or neutralised, never run.
        await p.page.evaluate(html => {
          for (const el of Array.from(
            document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
              'input[type="text"], input:not([type]), textarea',
            ),
          )) {
            if (!el.value) el.value = html;
          }
        }, HOSTILE.html);
        const submit = await p.page.$(
          'button[type="submit"], form button:not([type])',
        );
        if (submit && (await submit.isEnabled())) {
          await submit.click();
          await settle(p.page);
          await p.shot(`dialog-${host.name}-${slug(label)}-submitted`);
        }
        await checkClean(p);
        await p.close();
      },
    );

    it.each(pages.map(p => [p.label]))(
      `${host.name}: « %s » is usable with the keyboard (Tab reaches every field and the submit button)`,
      async label => {
        const {ws, target} = host.setup();
        const p = await openPage(ws, target, label);
        const wanted = await reachable(p);
        const order = await tabOrder(p, wanted.length + 6);
        expect(wanted.filter(w => !order.includes(w))).toEqual([]);
        await p.close();
      },
    );

    it.each(pages.map(p => [p.label]))(
      `${host.name}: « %s »: every free-text field tried with empty, over-long, HTML and formula values — nothing runs, nothing crashes`,
      async label => {
        const {ws, target} = host.setup();
        const p = await openPage(ws, target, label);
        await fillRequired(p);
        const fields = await p.page.evaluate(() =>
          Array.from(
            document.querySelectorAll<HTMLInputElement>(
              'input[type="text"], input[type="email"], input[type="url"], input:not([type]), textarea',
            ),
          )
            .filter(el => el.getClientRects().length > 0 && !el.disabled)
            .map(el => el.id),
        );
        const crashes: string[] = [];
        for (const id of fields) {
          for (const [kind, value] of Object.entries(HOSTILE)) {
            await p.page.evaluate(
              ({id, value}) => {
                const el = document.getElementById(id) as HTMLInputElement;
                el.value = value;
                el.dispatchEvent(new Event('input', {bubbles: true}));
              },
              {id, value},
            );
            const submit = await p.page.$(
              'button[type="submit"], form button:not([type])',
            );
            if (!submit || !(await submit.isEnabled())) continue;
            const calls = p.serverCalls.length;
            await submit.click();
            await settle(p.page);
            for (const call of p.serverCalls.slice(calls)) {
              if (call.error && CRASH.test(call.error)) {
                crashes.push(`${id} = ${kind}: ${call.fn} → ${call.error}`);
              }
            }
            expect(
              await p.page.evaluate(
                () => (window as unknown as {__pwned?: unknown}).__pwned,
              ),
            ).toBeUndefined();
            expect(await p.page.$$('img')).toHaveLength(0);
          }
        }
        expect(crashes).toEqual([]);
        expect(p.consoleErrors).toEqual([]);
        await p.close();
      },
    );
  }
});
