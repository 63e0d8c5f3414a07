/**
 * Browser tests' harness: a page rendered by the emulator's HtmlService,
 * opened in headless Chromium (wherever it is installed: see findChromium;
 * driven by playwright-core: no browser download), with a `google.script.run` stand-in
 * that runs each server call on the emulator — the server side really runs.
 *
 *   const browser = useBrowser();               // once per test file
 *   const p = await openPage(ws, ss, 'Paramètres…', {size: 'sidebar'});
 *   await p.page.fill('#f-organisation', 'TDS');
 *   await p.shot('settings-filled');            // test-artifacts/screenshots/
 *   await p.close();
 *
 * Without Chromium, describeInBrowser() skips the tests with the command that
 * installs it; under CI=true a missing Chromium fails instead (and the CI
 * guard reporter fails any skipped test: test/ci-guard-reporter.js).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type {BrowserContext, Page} from 'playwright-core';
import type {Workspace} from '../../emulator';

/** Names a Chromium or Chrome executable goes by on PATH. */
const BROWSER_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];
/** Where packages put it when it is not on PATH (Debian, Ubuntu snap, Fedora, macOS). */
const COMMON_LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/lib64/chromium-browser/chromium-browser',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to drive: CHROMIUM_PATH or CHROME_PATH when set (a wrong one is
 * reported, not replaced), else the first Chromium or Chrome found on PATH,
 * else in a common install location; null when there is none.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  locations: readonly string[] = COMMON_LOCATIONS,
): {
  path: string | null;
  looked: string[];
} {
  const given = env.CHROMIUM_PATH || env.CHROME_PATH;
  if (given) return {path: executable(given) ? given : null, looked: [given]};
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(d => d !== '');
  const looked = [
    ...BROWSER_NAMES.flatMap(n => dirs.map(d => path.join(d, n))),
    ...locations,
  ];
  return {path: looked.find(executable) ?? null, looked};
}

const FOUND = findChromium();
/** The browser found (findChromium), or the Debian path, named in messages. */
export const CHROMIUM_PATH = FOUND.path ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const INSTALL_COMMAND = 'apt-get install -y chromium';
export const SCREENSHOTS = path.resolve(
  __dirname,
  '../../test-artifacts/screenshots',
);

/** Sidebar: 300 px wide as in Sheets; dialog: the usual modal size. */
export const SIZES = {
  sidebar: {width: 300, height: 700},
  dialog: {width: 600, height: 500},
} as const;
export type PageSize = keyof typeof SIZES | {width: number; height: number};

type Target = Parameters<Workspace['callServer']>[0];
type ShownPage = NonNullable<ReturnType<Workspace['ui']['lastPage']>>;

/** Why the browser tests cannot run here, or null when they can. */
export function missingBrowser(): string | null {
  if (!FOUND.path) {
    const where =
      process.env.CHROMIUM_PATH || process.env.CHROME_PATH
        ? `${process.env.CHROMIUM_PATH || process.env.CHROME_PATH} n'est pas un exécutable`
        : 'ni CHROMIUM_PATH, ni CHROME_PATH, ni chromium ou google-chrome dans le PATH ou aux emplacements habituels';
    return `Chromium introuvable (${where}). Pour l'installer : ${INSTALL_COMMAND}, ou indiquez son chemin dans CHROMIUM_PATH`;
  }
  try {
    require.resolve('playwright-core');
  } catch {
    return 'playwright-core manque : npm ci';
  }
  return null;
}

/**
 * describe() for browser tests. Without Chromium: skipped with a clear
 * message, except under CI=true where it is a failure, never a skip.
 */
export function describeInBrowser(name: string, body: () => void): void {
  const missing = missingBrowser();
  if (!missing) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Chromium (CI=true: a missing browser is a failure)', () => {
        throw new Error(missing);
      });
    });
  } else {
    console.warn(`Tests navigateur ignorés (${name}) : ${missing}`);
    // The one sanctioned skip: no browser outside CI (under CI=true: above).
    // eslint-disable-next-line no-restricted-properties
    describe.skip(name, body);
  }
}

let context: BrowserContext | null = null;
let profileDir: string | null = null;

/**
 * Starts Chromium once for the test file (fresh user data dir), closes it
 * after. Call at the top of a describeInBrowser body.
 */
export function useBrowser(): void {
  beforeAll(async () => {
    const {chromium} = await import('playwright-core');
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tds-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: SIZES.dialog,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      offline: true,
    });
  }, 60000);
  afterAll(async () => {
    await context?.close();
    context = null;
    if (profileDir) fs.rmSync(profileDir, {recursive: true, force: true});
  });
}

export interface ServerCall {
  fn: string;
  args: unknown[];
  value: unknown;
  error: string | null;
}

export interface OpenedPage {
  page: Page;
  /** The page as the emulator served it. */
  shown: ShownPage;
  /** Console errors and uncaught exceptions of the page. */
  consoleErrors: string[];
  /** Every google.script.run call the page made, with its outcome. */
  serverCalls: ServerCall[];
  /** Holds server calls until release() (to look at the busy state). */
  hold(): {release: () => void};
  /** A PNG of the page as it is now, in test-artifacts/screenshots/<name>.png. */
  shot(name: string, options?: {fullPage?: boolean}): Promise<string>;
  close(): Promise<void>;
}

/** The stand-in for google.script.run / google.script.host, in the page. */
const STAND_IN = `(() => {
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get(_, prop) {
        if (prop === 'withSuccessHandler') return h => runner(h, failure, userObject);
        if (prop === 'withFailureHandler') return h => runner(success, h, userObject);
        if (prop === 'withUserObject') return o => runner(success, failure, o);
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        return (...args) => {
          window.__gasPending = (window.__gasPending || 0) + 1;
          // Arguments travel as JSON, as google.script.run serialises them.
          window.__gasRun(prop, JSON.stringify(args)).then(r => {
            window.__gasPending -= 1;
            setTimeout(() => {
              if (r.error !== null) { if (failure) failure(new Error(r.error), userObject); }
              else if (success) success(r.value === undefined ? undefined : JSON.parse(r.value), userObject);
            }, 0);
          });
        };
      },
    });
  }
  window.google = {script: {
    run: runner(null, null, undefined),
    host: {
      close: () => { window.__hostClosed = true; },
      setHeight: h => { window.__hostHeight = h; },
      setWidth: w => { window.__hostWidth = w; },
      editor: {focus: () => {}},
    },
  }};
})();`;

function sizeOf(size: PageSize | undefined, shown: ShownPage) {
  if (size === undefined) {
    return shown.kind === 'sidebar'
      ? SIZES.sidebar
      : {
          width: shown.width || SIZES.dialog.width,
          height: shown.height || SIZES.dialog.height,
        };
  }
  return typeof size === 'string' ? SIZES[size] : size;
}

/**
 * Opens a page: `what` is a menu label (clicked on `target`) or a page the
 * emulator already showed. Server calls run as `user` on `target`.
 */
export async function openPage(
  ws: Workspace,
  target: Target,
  what: string | ShownPage,
  options: {
    size?: PageSize;
    user?: string;
    /** Changes the served HTML before the browser gets it (e.g. to drop the page's own checks). */
    transformHtml?: (html: string) => string;
    /** Test doubles for some server functions (the others run on the emulator). */
    serverOverride?: Record<string, (args: unknown[]) => unknown>;
  } = {},
): Promise<OpenedPage> {
  if (!context) throw new Error('useBrowser() must be called in the describe');
  let shown: ShownPage;
  if (typeof what === 'string') {
    const before = ws.ui.pages.length;
    const run = ws.clickMenu(target, what, {user: options.user});
    if (run.error) throw run.error;
    const last = ws.ui.lastPage();
    if (!last || ws.ui.pages.length === before) {
      throw new Error(`Le menu « ${what} » n'a montré aucune page`);
    }
    shown = last;
  } else {
    shown = what;
  }
  const page = await context.newPage();
  await page.setViewportSize(sizeOf(options.size, shown));
  const consoleErrors: string[] = [];
  const serverCalls: ServerCall[] = [];
  page.on('console', msg => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', err => consoleErrors.push(err.message));
  // Nothing leaves the machine: any request other than the page itself fails.
  await page.route('**/*', route => route.abort());
  let gate: Promise<void> | null = null;
  await page.exposeFunction(
    '__gasRun',
    async (fn: string, argsJson: string) => {
      if (gate) await gate;
      const args = JSON.parse(argsJson) as unknown[];
      const override = options.serverOverride?.[fn];
      if (override) {
        try {
          const value = await override(args);
          serverCalls.push({fn, args, value, error: null});
          return {
            value: value === undefined ? undefined : JSON.stringify(value),
            error: null,
          };
        } catch (e) {
          const error = e instanceof Error ? e.message : String(e);
          serverCalls.push({fn, args, value: undefined, error});
          return {value: undefined, error};
        }
      }
      const run = ws.callServer(target, fn, args, {user: options.user});
      const call: ServerCall = {
        fn,
        args,
        value: run.value,
        error: run.error ? run.error.message : null,
      };
      serverCalls.push(call);
      return {
        value: run.value === undefined ? undefined : JSON.stringify(run.value),
        error: call.error,
      };
    },
  );
  const served = options.transformHtml
    ? options.transformHtml(shown.html)
    : shown.html;
  // The stand-in goes first in the page, as Google's own script is there
  // before the page's scripts run.
  const standIn = `<script>${STAND_IN}</script>`;
  const html = /<head[^>]*>/i.test(served)
    ? served.replace(/<head[^>]*>/i, m => m + standIn)
    : standIn + served;
  await page.setContent(html, {waitUntil: 'load'});
  return {
    page,
    shown,
    consoleErrors,
    serverCalls,
    hold() {
      let release = () => {};
      gate = new Promise<void>(resolve => {
        release = () => {
          gate = null;
          resolve();
        };
      });
      return {release};
    },
    async shot(name, shotOptions = {}) {
      fs.mkdirSync(SCREENSHOTS, {recursive: true});
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({path: file, fullPage: shotOptions.fullPage});
      return file;
    },
    async close() {
      await page.close();
    },
  };
}

/** Waits until the page has no google.script.run call in flight. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !(window as unknown as {__gasPending?: number}).__gasPending,
  );
  // Handlers run on the next tick after the answer.
  await page.evaluate(() => new Promise(r => setTimeout(r, 20)));
}

/** The values every field of every page is tried with (issue 8, "Bad input"). */
export const HOSTILE = {
  empty: '',
  overLong: 'x'.repeat(10000),
  html: '<img src=x onerror=window.__pwned=1>',
  formula: '=IMPORTXML("http://x","//a")',
} as const;
