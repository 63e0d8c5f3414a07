/**
 * The `npm start` output in a real browser: index.html and two artefact pages
 * (a tracker tab and a document) open from the file system in headless
 * Chromium, with no console error and no broken link; PNG captures are kept in
 * test-artifacts/screenshots/. Without Chromium (harness.ts: findChromium) the tests are skipped
 * with the install command (apt-get install -y chromium), except under CI=true
 * where they fail.
 */
import {spawnSync} from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {pathToFileURL, fileURLToPath} from 'node:url';
import type {Browser, Page} from 'playwright-core';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  SCREENSHOTS,
  describeInBrowser,
} from './harness';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-artifacts/preview-browser');
const FIX = path.join(ROOT, 'test/fixtures/start');

describeInBrowser('npm start output in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/start.ts',
        '--quiet',
        '--events',
        path.join(FIX, 'fds-opendata.json'),
        '--events',
        path.join(FIX, 'openagenda.json'),
        '--responses',
        path.join(FIX, 'forms-download.csv'),
        '--today',
        '2026-10-01',
        '--out',
        OUT,
      ],
      {cwd: ROOT, encoding: 'utf8', timeout: 240_000},
    );
    if (r.status !== 0)
      throw new Error(`npm start failed (${r.status}): ${r.stderr}`);
    fs.mkdirSync(SCREENSHOTS, {recursive: true});
    const {chromium} = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a file page; returns it with the console errors and failed requests it met. */
  async function open(file: string): Promise<{page: Page; problems: string[]}> {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const problems: string[] = [];
    page.on('console', m => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', e => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', r => problems.push(`request failed: ${r.url()}`));
    const response = await page.goto(pathToFileURL(file).href, {
      waitUntil: 'load',
    });
    expect(response === null || response.ok()).toBe(true);
    return {page, problems};
  }

  /** Every link of the page: relative ones must reach an existing file; none may leave for the network. */
  async function brokenLinks(page: Page, base: string): Promise<string[]> {
    const hrefs = await page.$$eval('a[href]', as =>
      as.map(a => (a as HTMLAnchorElement).href),
    );
    const broken: string[] = [];
    for (const href of hrefs) {
      if (
        href.startsWith('mailto:') ||
        href.startsWith('#') ||
        href.startsWith('javascript:')
      )
        continue;
      if (href.startsWith('file:')) {
        const target = fileURLToPath(href.split('#')[0]);
        if (!fs.existsSync(target))
          broken.push(`${path.relative(base, target)} (introuvable)`);
      } else if (!/^https:\/\/(docs|drive|script)\.google\.com\//.test(href)) {
        // Links to Google documents stand for the real artefacts; anything else would be a leak.
        broken.push(`${href} (lien externe inattendu)`);
      }
    }
    return broken;
  }

  test('index.html shows every artefact, no console error, no broken link', async () => {
    const {page, problems} = await open(path.join(OUT, 'index.html'));
    await expect(page.title()).resolves.toMatch(/Aperçu/);
    const sections = await page.$$eval('h2', hs =>
      hs.map(h => h.textContent ?? ''),
    );
    expect(sections.join(' | ')).toMatch(/Fête de la science/);
    expect(sections.join(' | ')).toMatch(/NoS FuturS/);
    expect(sections.join(' | ')).toMatch(/École d'été/);
    const links = await page.$$eval('a[href]', as => as.length);
    expect(links).toBeGreaterThan(10);
    expect(await brokenLinks(page, OUT)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'preview-index.png'),
      fullPage: true,
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  test.each([
    [
      'a tracker tab',
      'a[href*="spreadsheet-"][href*="#sheet-"]',
      /^Programme$/,
    ],
    ['a generated document', 'a[href*="document-"]', /^Présentation/],
  ])('%s opens cleanly', async (what, selector, pattern) => {
    const index = await open(path.join(OUT, 'index.html'));
    const href = await index.page.$$eval(
      selector,
      (as, source) => {
        const re = new RegExp(source);
        const a = as.find(x => re.test((x.textContent ?? '').trim()));
        return a ? (a as HTMLAnchorElement).href : null;
      },
      pattern.source,
    );
    await index.page.close();
    expect(href).not.toBeNull();
    const {page, problems} = await open(fileURLToPath(href!));
    expect((await page.textContent('body'))?.trim().length).toBeGreaterThan(20);
    // A tab link lands on that tab's grid (#sheet-<id>).
    const hash = new URL(href!).hash;
    if (hash) expect(await page.$(hash)).not.toBeNull();
    if (what === 'a tracker tab') {
      await expect(page.textContent('body')).resolves.toMatch(
        /Identifiant source|Titre/,
      );
    } else {
      await expect(page.title()).resolves.toMatch(/^Présentation/);
    }
    expect(await brokenLinks(page, OUT)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, `preview-${what.replace(/\W+/g, '-')}.png`),
      fullPage: true,
    });
    expect(problems).toEqual([]);
    await page.close();
  });
});
