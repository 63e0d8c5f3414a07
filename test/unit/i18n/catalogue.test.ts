/**
 * The two catalogues: same keys, no empty text, same placeholders, and every
 * key the sources use exists.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {FR} from '../../../src/i18n/fr';
import {EN} from '../../../src/i18n/en';
import {allLanguages, t, useLanguage} from '../../../src/i18n';

const SRC = path.resolve(__dirname, '../../../src');

function sourceFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full, ext));
    else if (entry.name.endsWith(ext)) out.push(full);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
}

const fr: Record<string, unknown> = FR;
const en: Record<string, unknown> = EN;

describe('catalogues', () => {
  afterEach(() => useLanguage('fr'));

  it('have the same keys in French and English', () => {
    const frKeys = Object.keys(fr).sort();
    const enKeys = Object.keys(en).sort();
    expect(frKeys.filter(k => !(k in en))).toEqual([]);
    expect(enKeys.filter(k => !(k in fr))).toEqual([]);
    expect(frKeys.length).toBeGreaterThan(20);
  });

  it('have no empty or non-text entry', () => {
    const empty = (cat: Record<string, unknown>) =>
      Object.entries(cat)
        .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
        .map(([k]) => k);
    expect(empty(fr)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const differ = Object.keys(fr).filter(
      k =>
        placeholders(String(fr[k])).join() !==
        placeholders(String(en[k])).join(),
    );
    expect(differ).toEqual([]);
  });

  it('hold every key that the sources pass to t() or AddonError()', () => {
    const used = new Map<string, string>();
    // t('key' …), t("key" …), new AddonError('key' …): literal keys only.
    const call = /\b(?:t|AddonError)\(\s*(['"])([a-z][\w]*(?:\.[\w]+)+)\1/g;
    for (const file of sourceFiles(SRC, '.ts')) {
      if (file.includes(`${path.sep}generated${path.sep}`)) continue;
      const code = fs.readFileSync(file, 'utf8');
      for (const m of code.matchAll(call)) {
        used.set(m[2], path.relative(SRC, file));
      }
    }
    const missing = [...used]
      .filter(([key]) => !(key in fr) || !(key in en))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
    // The scan does find keys (guards against a regex that matches nothing).
    expect(used.has('settings.saved')).toBe(true);
    expect(used.has('about.title')).toBe(true);
  });

  it('hold every key that the pages ask the kit for (text(…) in src/**/*.html)', () => {
    const call = /\btext\(\s*(['"])([a-z][\w]*(?:\.[\w]+)+)\1/g;
    const used: string[] = [];
    for (const file of sourceFiles(SRC, '.html')) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(call)) {
        used.push(m[2]);
      }
    }
    expect(used).toEqual(
      expect.arrayContaining(['ui.busy', 'ui.progress.done']),
    );
    expect(used.filter(k => !(k in fr))).toEqual([]);
  });

  it('hold every menu label key', () => {
    const label = /\blabel:\s*(['"])(menu\.[\w.]+)\1/g;
    const labels: string[] = [];
    for (const file of sourceFiles(SRC, 'menu.ts')) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(label)) {
        labels.push(m[2]);
      }
    }
    expect(labels).toContain('menu.settings');
    expect(labels.filter(k => !(k in fr))).toEqual([]);
  });

  it('fill placeholders and switch language', () => {
    expect(t('about.version', {version: '1.2.0'})).toBe('Version 1.2.0');
    expect(t('ui.progress.step', {step: 2, total: 3, count: 120})).toBe(
      'Étape 2/3 – 120 éléments',
    );
    useLanguage('en');
    expect(t('ui.progress.step', {step: 2, total: 3, count: 120})).toBe(
      'Step 2/3 – 120 items',
    );
    expect(t('menu.settings')).toBe('Settings…');
  });

  it('give both languages of a header to match existing sheets', () => {
    expect(allLanguages('settings.title')).toEqual(['Paramètres', 'Settings']);
    expect(allLanguages('common.save')).toEqual(['Enregistrer', 'Save']);
  });
});
