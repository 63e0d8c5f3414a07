/**
 * The attack on a published cross-tab: for every hidden cell, find another
 * whole-number table that publishes exactly the same figures (every shown
 * cell, every group's size, mean and median where shown, every column total
 * and the whole's mean and median) and differs in that cell. Finding one is a
 * proof that the cell cannot be worked out from what is shown; not finding
 * one (within the search budget) counts as a recovered cell.
 *
 * Independent of the add-on's own audit (strongly connected components and
 * bridges): here a witness table is built explicitly (an alternating +1/−1
 * cycle, else an exhaustive search with exact integers) and checked against
 * the published figures with this file's own arithmetic.
 */
import type {CrossTab, CrossTabRow} from '../../src/model/bilan';

/** The published cross-tab's figures a witness must reproduce. */
function sameRow(
  counts: readonly number[],
  row: CrossTabRow,
  values: readonly number[] | null,
): boolean {
  let n = 0;
  for (let j = 0; j < counts.length; j++) {
    n += counts[j];
    const shown = row.cells[j];
    if (shown !== null && shown !== counts[j]) return false;
  }
  if (n !== row.n) return false;
  if (values && (row.mean !== null || row.median !== null)) {
    if (n === 0) return false;
    let sum = 0;
    counts.forEach((c, j) => (sum += c * values[j]));
    // Published means are rounded to 2 decimals (half away from zero).
    if (row.mean !== null && Math.abs(sum / n - row.mean) > 0.005 + 1e-9) {
      return false;
    }
    if (row.median !== null && medianOf(counts, values) !== row.median) {
      return false;
    }
  }
  return true;
}

function medianOf(
  counts: readonly number[],
  values: readonly number[],
): number {
  const n = counts.reduce((a, b) => a + b, 0);
  const at = (k: number): number => {
    let seen = 0;
    for (let j = 0; j < counts.length; j++) {
      seen += counts[j];
      if (k < seen) return values[j];
    }
    return NaN;
  };
  return (at(Math.floor((n - 1) / 2)) + at(Math.floor(n / 2))) / 2;
}

/** Does `table` publish exactly what `pub` shows? */
export function publishesSame(
  table: readonly (readonly number[])[],
  pub: CrossTab,
  values: readonly number[] | null,
): boolean {
  if (table.length !== pub.rows.length) return false;
  for (let r = 0; r < table.length; r++) {
    if (table[r].some(x => x < 0 || !Number.isInteger(x))) return false;
    if (!sameRow(table[r], pub.rows[r], values)) return false;
  }
  const totals = pub.columns.map((_, j) =>
    table.reduce((s, row) => s + row[j], 0),
  );
  return sameRow(totals, pub.total, values);
}

type Cell = [number, number];

/**
 * An alternating cycle through (r0, c0) over hidden cells: the cell moves by
 * `sign`, cells reached row → column gain one, column → row lose one (they
 * must hold at least one). Breadth-first; null when there is none.
 */
function cycle(
  truth: readonly (readonly number[])[],
  hidden: readonly (readonly boolean[])[],
  r0: number,
  c0: number,
  sign: 1 | -1,
): {plus: Cell[]; minus: Cell[]} | null {
  const nR = truth.length;
  const nC = truth[0].length;
  // Vertices: rows 0..nR-1, columns nR..nR+nC-1.
  const from = sign < 0 ? r0 : nR + c0;
  const to = sign < 0 ? nR + c0 : r0;
  const prev = new Map<number, {v: number; cell: Cell}>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const v = queue.shift()!;
    if (v === to) break;
    if (v < nR) {
      for (let c = 0; c < nC; c++) {
        if (!hidden[v][c] || (v === r0 && c === c0)) continue;
        const w = nR + c;
        if (seen.has(w)) continue;
        seen.add(w);
        prev.set(w, {v, cell: [v, c]});
        queue.push(w);
      }
    } else {
      const c = v - nR;
      for (let r = 0; r < nR; r++) {
        if (!hidden[r][c] || truth[r][c] < 1 || (r === r0 && c === c0)) {
          continue;
        }
        if (seen.has(r)) continue;
        seen.add(r);
        prev.set(r, {v, cell: [r, c]});
        queue.push(r);
      }
    }
  }
  if (!prev.has(to)) return null;
  const plus: Cell[] = [];
  const minus: Cell[] = [];
  for (let v = to; v !== from;) {
    const step = prev.get(v)!;
    // Row → column steps gain one; column → row steps lose one.
    if (step.v < nR) plus.push(step.cell);
    else minus.push(step.cell);
    v = step.v;
  }
  return {plus, minus};
}

/**
 * Exhaustive search (exact integers, row by row, bounded by the remaining row
 * and column totals) for a table publishing the same figures with another
 * value in (r0, c0). 'unknown' past the budget.
 */
function search(
  truth: readonly (readonly number[])[],
  hidden: readonly (readonly boolean[])[],
  pub: CrossTab,
  values: readonly number[] | null,
  r0: number,
  c0: number,
  budget = 200000,
): number[][] | null | 'unknown' {
  const nR = truth.length;
  const nC = truth[0].length;
  const table = truth.map(row => [...row]);
  const colLeft = pub.total.cells.map(
    (t, j) =>
      (t ?? 0) -
      truth.reduce((s, row, r) => s + (hidden[r][j] ? 0 : row[j]), 0),
  );
  const free: Cell[] = [];
  for (let r = 0; r < nR; r++)
    for (let c = 0; c < nC; c++) if (hidden[r][c]) free.push([r, c]);
  const rowLeft = truth.map(
    (row, r) =>
      pub.rows[r].n - row.reduce((s, x, c) => s + (hidden[r][c] ? 0 : x), 0),
  );
  let nodes = 0;
  let found: number[][] | null = null;
  const go = (i: number): boolean => {
    if (++nodes > budget) return true;
    if (i === free.length) {
      if (rowLeft.some(x => x !== 0) || colLeft.some(x => x !== 0)) {
        return false;
      }
      if (table[r0][c0] === truth[r0][c0]) return false;
      if (!publishesSame(table, pub, values)) return false;
      found = table.map(row => [...row]);
      return true;
    }
    const [r, c] = free[i];
    const lastInRow = !free.slice(i + 1).some(([rr]) => rr === r);
    const lastInCol = !free.slice(i + 1).some(([, cc]) => cc === c);
    const max = Math.min(rowLeft[r], colLeft[c]);
    for (let x = lastInRow ? rowLeft[r] : 0; x <= max; x++) {
      if (lastInCol && x !== colLeft[c]) continue;
      table[r][c] = x;
      rowLeft[r] -= x;
      colLeft[c] -= x;
      const stop = go(i + 1);
      rowLeft[r] += x;
      colLeft[c] += x;
      if (stop) return true;
      if (lastInRow) break;
    }
    table[r][c] = truth[r][c];
    return false;
  };
  go(0);
  if (found) return found;
  return nodes > budget ? 'unknown' : null;
}

export interface AttackOutcome {
  hidden: number;
  /** Hidden cells for which no other agreeing table was found. */
  recovered: {group: string; column: string}[];
}

/**
 * Attacks one published cross-tab, knowing the true table behind it (the
 * same rows and columns): every hidden cell must have a witness.
 */
export function attack(
  pub: CrossTab,
  truth: readonly (readonly number[])[],
  values: readonly number[] | null,
): AttackOutcome {
  if (!publishesSame(truth, pub, values)) {
    throw new Error(
      `the true table does not publish what is shown (${pub.question} × ${pub.segment})`,
    );
  }
  const hidden = pub.rows.map(row => row.cells.map(x => x === null));
  const out: AttackOutcome = {hidden: 0, recovered: []};
  for (let r = 0; r < pub.rows.length; r++) {
    for (let c = 0; c < pub.columns.length; c++) {
      if (!hidden[r][c]) continue;
      out.hidden++;
      let ok = false;
      for (const sign of [-1, 1] as const) {
        if (sign < 0 && truth[r][c] < 1) continue;
        const cyc = cycle(truth, hidden, r, c, sign);
        if (!cyc) continue;
        const w = truth.map(row => [...row]);
        w[r][c] += sign;
        for (const [pr, pc] of cyc.plus) w[pr][pc]++;
        for (const [mr, mc] of cyc.minus) w[mr][mc]--;
        if (publishesSame(w, pub, values) && w[r][c] !== truth[r][c]) {
          ok = true;
          break;
        }
      }
      if (!ok) {
        const found = search(truth, hidden, pub, values, r, c);
        ok = Array.isArray(found);
      }
      if (!ok) {
        out.recovered.push({group: pub.rows[r].group, column: pub.columns[c]});
      }
    }
  }
  return out;
}

/** The value of each column for means and medians: its number, or its rank on a scale in words. */
export function columnValues(pub: CrossTab): number[] | null {
  if (!pub.withMean) return null;
  const numeric = pub.columns.every(l => l.trim() !== '' && !isNaN(Number(l)));
  return pub.columns.map((l, i) => (numeric ? Number(l) : i + 1));
}
