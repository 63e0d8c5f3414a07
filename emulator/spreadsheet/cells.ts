/**
 * What a cell stores from a written value, and formula evaluation in a sheet.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 */
import type {Cell} from './format';
import type {FormulaContext} from './formula';
import {evaluateFormula} from './formula';
import type {FakeSheet} from './sheet';

/** Converts a value written by a script to what the cell stores. */
export function toStored(v: unknown): {
  value: Cell | undefined;
  formula?: string;
} {
  if (v === null || v === undefined) return {value: undefined};
  switch (typeof v) {
    case 'string':
      if (v === '') return {value: undefined};
      if (v.length > 1 && v.startsWith('='))
        return {value: undefined, formula: v};
      if (v.startsWith("'"))
        return {value: v.slice(1) === '' ? undefined : v.slice(1)};
      return {value: v};
    case 'number':
    case 'boolean':
      return {value: v};
    default:
      if (v instanceof Date) return {value: new Date(v.getTime())};
      return {value: String(v)};
  }
}

let formulaDepth = 0;

/** The value of one cell of a sheet (0-based), its formula evaluated. */
export function sheetCell(sheet: FakeSheet, r: number, c: number): Cell {
  const f = sheet.formulas.rows[r]?.[c];
  if (f !== undefined) {
    // Results are cached until anything in the spreadsheet changes.
    if (sheet.cacheVersion !== sheet.parent.version) {
      sheet.formulaCache.clear();
      sheet.cacheVersion = sheet.parent.version;
    }
    const key = r * 65536 + c;
    let v = sheet.formulaCache.get(key);
    if (v === undefined) {
      v = evaluateIn(sheet, f);
      sheet.formulaCache.set(key, v);
    }
    return v;
  }
  const v = sheet.values[r]?.[c];
  return v === undefined ? '' : v;
}

/** How formulas of `sheet` read cells (1-based), across sheets of its spreadsheet. */
export function formulaContext(sheet: FakeSheet): FormulaContext {
  const find = (name: string | null): FakeSheet => {
    const s = name === null ? sheet : sheet.parent.sheetByName(name);
    if (!s) throw new Error('#REF!');
    return s;
  };
  return {
    cell: (name, row, column) => {
      const s = find(name);
      if (row < 1 || column < 1) throw new Error('#REF!');
      return sheetCell(s, row - 1, column - 1);
    },
    range: (name, r1, c1, r2, c2) => {
      const s = find(name);
      const rEnd = Math.min(r2, s.maxRows);
      const cEnd = Math.min(c2, s.maxColumns);
      if (r1 < 1 || c1 < 1) throw new Error('#REF!');
      // Many formulas read the same columns: cache blocks per spreadsheet version.
      const ss = s.parent;
      if (ss.rangeCacheVersion !== ss.version) {
        ss.rangeCache.clear();
        ss.rangeCacheVersion = ss.version;
      }
      const key = `${s.sheetId}:${r1}:${c1}:${rEnd}:${cEnd}`;
      const hit = ss.rangeCache.get(key);
      if (hit) return hit;
      const out: Cell[][] = [];
      for (let r = r1; r <= rEnd; r += 1) {
        const row: Cell[] = [];
        for (let c = c1; c <= cEnd; c += 1)
          row.push(sheetCell(s, r - 1, c - 1));
        out.push(row);
      }
      ss.rangeCache.set(key, out);
      return out;
    },
  };
}

/** Evaluates a formula in a sheet, shifted by (dr, dc) (guarding against cycles). */
export function evaluateIn(
  sheet: FakeSheet,
  formula: string,
  dr = 0,
  dc = 0,
): Cell {
  if (formulaDepth > 40) return '#REF!';
  formulaDepth += 1;
  try {
    return evaluateFormula(formula, formulaContext(sheet), dr, dc);
  } finally {
    formulaDepth -= 1;
  }
}
