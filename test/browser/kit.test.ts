/**
 * The page kit on its own, in Chromium: every part on one page (looked at in
 * test-artifacts/screenshots/kit-*.png), and the progress of long work end to
 * end — the page polls the real getProgress on the emulator while a stand-in
 * for a long server function records its steps in the emulator's user cache
 * exactly as reportProgress does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Workspace, ShownPage} from '../../emulator';
import {progressState, ProgressReport} from '../../src/gas/progress';
import {useLanguage} from '../../src/i18n';
import {kitTextJson} from '../../src/ui/kit/texts';
import {describeInBrowser, openPage, settle, useBrowser} from './harness';

const DIST = path.resolve(__dirname, '../../dist');
const USER = 'coordination@territoire-de-sciences.fr';

function kitPage(body: string, script = ''): string {
  useLanguage('fr');
  const attr = kitTextJson().replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const part = (name: string) =>
    fs.readFileSync(path.join(DIST, 'ui/kit', `${name}.html`), 'utf8');
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">${part('styles')}</head>
<body data-kit="${attr}">${body}${part('client')}<script>${script}</script></body></html>`;
}

const GALLERY = `
<form id="f" class="kit-page">
  <div class="kit-body">
    <h1 class="kit-title">Importer des événements</h1>
    <p class="kit-intro">Texte d'introduction en gris, sur deux lignes au plus dans une boîte de dialogue.</p>
    <section class="kit-section"><h2>Section</h2>
      <div class="kit-field">
        <label for="f-title" class="kit-required">Titre</label>
        <input id="f-title" name="title" type="text" value="Fête de la science 2026">
        <p class="kit-hint" id="f-title-hint">Une aide sous le champ.</p>
      </div>
      <div class="kit-row">
        <div class="kit-field"><label for="f-a">Date</label><input id="f-a" name="a" type="date" value="2026-10-10"></div>
        <div class="kit-field"><label for="f-b">Choix</label><select id="f-b" name="b"><option>Isère</option></select></div>
      </div>
      <div class="kit-field">
        <label for="f-bad">Champ refusé</label>
        <input id="f-bad" name="bad" type="text" value="999">
      </div>
      <label class="kit-check" for="f-c"><input id="f-c" name="c" type="checkbox" checked><span>Une case à cocher</span></label>
    </section>
    <div class="kit-progress" id="progress" hidden></div>
  </div>
  <div class="kit-actions">
    <button type="submit" class="kit-primary">Importer</button>
    <button type="button">Annuler</button>
    <p class="kit-status" id="kit-status" role="status" aria-live="polite"></p>
  </div>
</form>`;

describeInBrowser('page kit in Chromium', () => {
  useBrowser();
  let ws: Workspace;
  let ss: ReturnType<Workspace['createSpreadsheet']>;

  beforeEach(() => {
    ws = new Workspace({
      now: new Date('2026-09-01T08:00:00+02:00'),
      locale: 'fr',
      user: USER,
    });
    ss = ws.createSpreadsheet('Suivi FDS 2026');
  });

  function shown(
    html: string,
    kind: 'dialog' | 'sidebar' = 'dialog',
  ): ShownPage {
    return {
      kind,
      title: 'Kit',
      html,
      width: 600,
      height: 500,
      target: ss,
    } as unknown as ShownPage;
  }

  it('shows every part: fields, inline error, banners, progress, busy button', async () => {
    const p = await openPage(
      ws,
      ss,
      shown(
        kitPage(
          GALLERY,
          `Kit.ready(function () {
             var form = document.getElementById('f');
             Kit.bindForm(form, {fn: 'nothing'});
             Kit.setFieldError(form, 'bad', 'Département inconnu : « 999 ».');
             Kit.showMessage('success', 'Import terminé : 120 créneaux ajoutés.', {url: 'https://docs.google.com/spreadsheets/d/x', label: 'Ouvrir le suivi'});
             Kit.renderProgress(document.getElementById('progress'), {step: 2, total: 3, count: 120, label: 'Écriture de l’onglet Programme', percent: 50, text: 'Étape 2/3 – 120 éléments'});
           });`,
        ),
      ),
    );
    expect(await p.page.textContent('#f-bad-error')).toBe(
      'Département inconnu : « 999 ».',
    );
    expect(await p.page.getAttribute('#f-bad', 'aria-describedby')).toBe(
      'f-bad-error',
    );
    expect(await p.page.getAttribute('#f-title', 'aria-describedby')).toBe(
      'f-title-hint f-title-error',
    );
    expect(await p.page.textContent('.kit-progress-text')).toBe(
      'Étape 2/3 – 120 éléments',
    );
    expect(
      await p.page.getAttribute('[role="progressbar"]', 'aria-valuenow'),
    ).toBe('50');
    expect(await p.page.getAttribute('#kit-message a', 'href')).toBe(
      'https://docs.google.com/spreadsheets/d/x',
    );
    await p.shot('kit-gallery-dialog');
    await p.page.setViewportSize({width: 300, height: 700});
    await p.shot('kit-gallery-sidebar');
    await p.page.evaluate(() => {
      const w = window as unknown as {
        Kit: {
          setBusy(f: Element, b: boolean): void;
          showMessage(k: string, t: string): void;
        };
      };
      w.Kit.setBusy(document.getElementById('f')!, true);
      w.Kit.showMessage(
        'error',
        'Le fichier JSON est mal formé (ligne 3, colonne 14).',
      );
    });
    await p.shot('kit-gallery-busy-error');
    expect(p.consoleErrors).toEqual([]);
    await p.close();
  });

  it('never turns dynamic text into HTML', async () => {
    const evil = '<img src=x onerror=window.__pwned=1>';
    const p = await openPage(ws, ss, shown(kitPage(GALLERY)));
    await p.page.evaluate(e => {
      const w = window as unknown as {
        Kit: {
          showMessage(k: string, t: string, l?: unknown): void;
          setFieldError(f: Element, n: string, m: string): void;
          renderProgress(el: Element, s: unknown): void;
          escapeHtml(s: string): string;
        };
      };
      const form = document.getElementById('f')!;
      w.Kit.showMessage('error', e, {
        url: 'javascript:window.__pwned=2',
        label: e,
      });
      w.Kit.setFieldError(form, 'title', e);
      w.Kit.renderProgress(document.getElementById('progress')!, {
        step: 1,
        total: 1,
        count: 1,
        label: e,
        text: e,
        done: true,
        link: {url: 'javascript:window.__pwned=3', label: e},
        percent: 100,
      });
    }, evil);
    await p.page.evaluate(() => new Promise(r => setTimeout(r, 100)));
    expect(
      await p.page.evaluate(
        () => (window as unknown as {__pwned?: number}).__pwned,
      ),
    ).toBeUndefined();
    expect(await p.page.$$('img')).toHaveLength(0);
    // No javascript: link was made.
    expect(await p.page.$$('a[href^="javascript"]')).toHaveLength(0);
    expect(await p.page.textContent('#f-title-error')).toBe(evil);
    expect(
      await p.page.evaluate(
        s =>
          (
            window as unknown as {Kit: {escapeHtml(s: string): string}}
          ).Kit.escapeHtml(s),
        `${evil}"'&`,
      ),
    ).toBe('&lt;img src=x onerror=window.__pwned=1&gt;&quot;&#39;&amp;');
    await p.close();
  });

  it('shows the progress of long work, then "Terminé." with the link to the result', async () => {
    useLanguage('fr');
    const steps: ProgressReport[] = [
      {step: 1, total: 3, count: 0, label: 'Lecture du fichier'},
      {step: 2, total: 3, count: 120, label: 'Écriture de l’onglet Programme'},
      {step: 3, total: 3, count: 240, label: 'Mise à jour des structures'},
      {
        step: 3,
        total: 3,
        count: 240,
        done: true,
        link: {
          url: 'https://docs.google.com/spreadsheets/d/abc',
          label: 'Ouvrir le suivi',
        },
      },
    ];
    const seen: string[] = [];
    const cache = () => ws.caches.get(`user:${USER}`);
    const p = await openPage(
      ws,
      ss,
      shown(
        kitPage(
          GALLERY,
          `Kit.ready(function () {
             Kit.bindForm(document.getElementById('f'), {
               fn: 'longWork',
               progress: document.getElementById('progress'),
               progressOptions: {intervalMs: 50},
             });
           });`,
        ),
      ),
      {
        serverOverride: {
          // Stands for a long server function: records each step as reportProgress does.
          longWork: async args => {
            const token = args[0] as string;
            expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
            expect(args[1]).toMatchObject({title: 'Fête de la science 2026'});
            for (const report of steps) {
              cache().set(`tds.progress.${token}`, {
                value: JSON.stringify(progressState(report)),
                expiresMs: ws.clock.nowMillis() + 3600_000,
              });
              // Wait on the page, not on the clock: until it shows this
              // running step (or 10 s, then fail).
              if (!report.done) {
                const unit = report.count > 1 ? 'éléments' : 'élément';
                await p.page.waitForFunction(
                  text =>
                    document.querySelector('.kit-progress-text')
                      ?.textContent === text,
                  `Étape ${report.step}/${report.total} – ${report.count} ${unit}`,
                  {timeout: 10_000},
                );
              }
              seen.push((await p.page.textContent('.kit-progress-text')) ?? '');
              if (report.step === 2 && !report.done)
                await p.shot('kit-progress-running');
            }
            return {
              ok: true,
              message: '240 créneaux importés.',
              link: steps[3].link,
            };
          },
        },
      },
    );
    await p.page.click('button[type="submit"]');
    await p.page.waitForSelector('#kit-message:not([hidden])');
    await settle(p.page);
    // The page showed each step as the server recorded it (real getProgress calls).
    expect(seen.slice(0, 3)).toEqual([
      'Étape 1/3 – 0 élément',
      'Étape 2/3 – 120 éléments',
      'Étape 3/3 – 240 éléments',
    ]);
    expect(
      p.serverCalls.filter(c => c.fn === 'getProgress').length,
    ).toBeGreaterThanOrEqual(4);
    expect(
      p.serverCalls
        .filter(c => c.error !== null)
        .map(c => `${c.fn}: ${String(c.error)}`),
    ).toEqual([]);
    expect(await p.page.textContent('.kit-progress-text')).toBe(
      'Terminé. Étape 3/3 – 240 éléments',
    );
    expect(await p.page.getAttribute('.kit-progress-label a', 'href')).toBe(
      'https://docs.google.com/spreadsheets/d/abc',
    );
    expect(await p.page.textContent('.kit-banner-text')).toBe(
      '240 créneaux importés.Ouvrir le suivi',
    );
    await p.shot('kit-progress-done');
    expect(p.consoleErrors).toEqual([]);
    await p.close();
  });

  it('getProgress on the emulator: null for an unknown or malformed token', () => {
    for (const token of [
      'AAAAAAAAAAAAAAAAAAAAAAAA',
      '../x',
      '<img src=x>',
      42,
    ]) {
      const run = ws.callServer(ss, 'getProgress', [token]);
      expect(run.error).toBeNull();
      expect(run.value).toBeNull();
    }
  });
});
