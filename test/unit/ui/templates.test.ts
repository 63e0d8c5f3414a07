/**
 * Every page template: `<?!= ?>` (raw output) only for include() of one of
 * the project's own files, given as a literal path that exists; no outside
 * script or stylesheet.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../../src');

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

const RAW = /<\?!=([\s\S]*?)\?>/g;
const INCLUDE = /^\s*include\(\s*(['"])([\w/-]+)\1\s*\)\s*;?\s*$/;

/** The problems of one template's text (exported logic kept here for the test's own checks). */
function problems(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(RAW)) {
    const inc = INCLUDE.exec(m[1]);
    if (!inc) found.push(`raw output of something else: <?!=${m[1]}?>`);
    else if (!fs.existsSync(path.join(SRC, `${inc[2]}.html`))) {
      found.push(`include of a missing file: ${inc[2]}`);
    }
  }
  if (/<script[^>]*\ssrc\s*=/i.test(text)) found.push('outside script');
  if (/<link[^>]*rel\s*=\s*["']?stylesheet/i.test(text))
    found.push('outside stylesheet');
  if (/@import\s/i.test(text)) found.push('CSS @import');
  // Dynamic text goes in with textContent; nothing is parsed as HTML or code.
  for (const risky of [
    /\.innerHTML\s*[+]?=/,
    /\.outerHTML\s*[+]?=/,
    /insertAdjacentHTML/,
    /document\.write/,
    /\beval\(/,
    /new Function\(/,
    /\bon[a-z]+\s*=\s*["']?[^"'>]*<\?=/i,
  ]) {
    if (risky.test(text)) found.push(`risky: ${risky.source}`);
  }
  return found;
}

describe('page templates', () => {
  const files = htmlFiles(SRC);

  it('exist (settings, about and the kit)', () => {
    const rel = files.map(f => path.relative(SRC, f)).sort();
    expect(rel).toEqual(
      expect.arrayContaining([
        'ui/about.html',
        'ui/settings.html',
        'ui/kit/styles.html',
        'ui/kit/client.html',
      ]),
    );
  });

  it.each(htmlFiles(SRC).map(f => [path.relative(SRC, f), f]))(
    '%s: raw output only for its own files, nothing from outside, no data parsed as HTML',
    (_rel, file) => {
      expect(problems(fs.readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('the scan catches what it must', () => {
    expect(problems('<script>el.innerHTML = data;</script>')).toHaveLength(1);
    expect(
      problems('<script>el.insertAdjacentHTML("x", d)</script>'),
    ).toHaveLength(1);
    expect(problems('<button onclick="go(<?= x ?>)">')).toHaveLength(1);
    expect(problems("<?!= include('ui/kit/styles') ?>")).toEqual([]);
    expect(problems('<?!= name ?>')).toHaveLength(1);
    expect(problems('<?!= include(file) ?>')).toHaveLength(1);
    expect(problems("<?!= include('ui/' + x) ?>")).toHaveLength(1);
    expect(problems("<?!= include('ui/kit/styles') + data ?>")).toHaveLength(1);
    expect(problems("<?!= include('ui/nope') ?>")).toEqual([
      'include of a missing file: ui/nope',
    ]);
    expect(
      problems('<script src="https://cdn.example/x.js"></script>'),
    ).toEqual(['outside script']);
  });
});

describe('dialogs and the sidebar share the kit’s head, buttons and footer', () => {
  const PAGES = htmlFiles(path.join(SRC, 'ui'))
    .filter(f => path.dirname(f) === path.join(SRC, 'ui'))
    // The weekly e-mail is a mail body, not a page of the editor.
    .filter(f => !f.endsWith('weekly-mail.html'));

  it('there are pages to check', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(9);
  });

  it.each(PAGES.map(f => [path.relative(SRC, f), f]))('%s', (_rel, file) => {
    const text = fs.readFileSync(file, 'utf8');
    // Head: the language of the user, the kit's base/meta/styles, nothing of its own.
    expect(text).toMatch(/^<!DOCTYPE html>\n<html lang="<\?= kitLang \?>">\n/);
    expect(text).toContain("<head><?!= include('ui/kit/styles') ?></head>");
    expect(text).not.toMatch(/<meta|<base|<style/);
    // Buttons: the kit's action bar, labels given as data.
    expect(text.match(/data-kit-actions/g)).toHaveLength(1);
    expect(text).not.toMatch(/<button type="submit"|data-kit-close|kit-status/);
    // Footer: the kit's client, before the page's own script.
    expect(text).toContain("<?!= include('ui/kit/client') ?>");
  });
});
