/**
 * Sheet headers are matched in both languages (allLanguages + the table
 * rule's normalisation): within one table, no header of one column may read
 * like a header of another column in either language — else switching the
 * language would make the add-on pick the wrong column of an existing sheet.
 */
import {CATALOGUES, MessageKey, allLanguages} from '../../../src/i18n';
import {findColumn, normalizeKey} from '../../../src/gas/table';

/** Header keys ("x.col.<table>.<column>"), grouped by table. */
function headerTables(): Map<string, MessageKey[]> {
  const tables = new Map<string, MessageKey[]>();
  for (const key of Object.keys(CATALOGUES.fr) as MessageKey[]) {
    const m = /^(.+\.col\.[^.]+)\.[^.]+$/.exec(key);
    if (!m) continue;
    tables.set(m[1], [...(tables.get(m[1]) ?? []), key]);
  }
  return tables;
}

describe('sheet headers in two languages', () => {
  const tables = headerTables();

  it('no two columns of a table share a name in any language', () => {
    const clashes: string[] = [];
    for (const [table, keys] of tables) {
      const owner = new Map<string, MessageKey>();
      for (const key of keys) {
        for (const name of new Set(allLanguages(key).map(normalizeKey))) {
          const other = owner.get(name);
          if (other && other !== key) {
            clashes.push(`${table}: « ${name} » = ${other} et ${key}`);
          }
          owner.set(name, key);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds each column of a French sheet by its English name and back', () => {
    for (const keys of tables.values()) {
      const fr = keys.map(k => CATALOGUES.fr[k]);
      const en = keys.map(k => CATALOGUES.en[k]);
      keys.forEach((key, i) => {
        expect(findColumn(fr, allLanguages(key))).toBe(i);
        expect(findColumn(en, allLanguages(key))).toBe(i);
      });
    }
  });
});
