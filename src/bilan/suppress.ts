/**
 * Small-cell suppression of a cross-tab that cannot be undone, as statistical
 * offices do it (primary, then complementary suppression, then an audit).
 *
 * What a reader is assumed to know: every cell shown, every group's size (n),
 * every column's total over the groups (the question's overall answers), and
 * that counts are whole numbers ≥ 0. A hidden cell is protected when at least
 * two whole-number tables agree with all of that and differ in that cell.
 *
 * The tables that agree with what is shown form a transportation polytope (row
 * and column sums fixed, hidden cells free, ≥ 0), whose vertices are whole
 * numbers. A hidden cell is fixed over it exactly when it can never be
 * positive or when it is a bridge of the graph (rows and columns as vertices,
 * hidden cells that can be positive as edges): every other edge lies on a
 * cycle, along which +1/−1 moves keep every total. The audit finds both in
 * linear time (strongly connected components, then bridges), starting from the
 * true table, which is one of the agreeing tables.
 *
 * Complementary suppression: for each hidden cell the audit finds fixed, the
 * cheapest alternating cycle through it is hidden (shortest path, a shown
 * cell costing its count + 1): a cycle where every cell that would lose one
 * holds at least one, so the +1/−1 move exists and the cell is protected, as
 * is every cell of the cycle. Hiding more never un-protects a cell.
 *
 * Pure: counts in, hidden mask out.
 */

export interface Suppression {
  /** 1 where the cell is hidden (row-major, like the counts). */
  hidden: Uint8Array;
  /**
   * False when some hidden cell stays fixed whatever is hidden (its value
   * follows from the groups' sizes and the overall answers alone): the table
   * must not be shown.
   */
  publishable: boolean;
}

/**
 * Primary suppression: a group of fewer than k answers is hidden whole; in a
 * shown group, every cell of 1 to k−1 answers. A column nobody chose stays
 * shown (its zeros are real and follow from its total of 0).
 */
export function primaryMask(
  counts: ArrayLike<number>,
  nRows: number,
  nCols: number,
  k: number,
): Uint8Array {
  const hidden = new Uint8Array(nRows * nCols);
  const colTotal = columnTotals(counts, nRows, nCols);
  for (let r = 0; r < nRows; r++) {
    let n = 0;
    for (let c = 0; c < nCols; c++) n += counts[r * nCols + c];
    for (let c = 0; c < nCols; c++) {
      const x = counts[r * nCols + c];
      if (colTotal[c] === 0) continue;
      if (n < k || (x > 0 && x < k)) hidden[r * nCols + c] = 1;
    }
  }
  return hidden;
}

function columnTotals(
  counts: ArrayLike<number>,
  nRows: number,
  nCols: number,
): Int32Array {
  const t = new Int32Array(nCols);
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) t[c] += counts[r * nCols + c];
  }
  return t;
}

/**
 * The hidden cells whose value a reader can work out (indexes, row-major):
 * those that can never be positive and those that are bridges of the graph of
 * hidden cells that can be.
 */
export function fixedCells(
  counts: ArrayLike<number>,
  nRows: number,
  nCols: number,
  hidden: Uint8Array,
): number[] {
  const nV = nRows + nCols;
  // Residual graph of the true table: row → column for every hidden cell (it
  // can grow), column → row for every hidden cell holding something (it can
  // shrink).
  const cells: number[] = [];
  for (let i = 0; i < hidden.length; i++) if (hidden[i]) cells.push(i);
  const out: number[][] = Array.from({length: nV}, () => []);
  for (const i of cells) {
    const r = Math.floor(i / nCols);
    const c = nRows + (i % nCols);
    out[r].push(c);
    if (counts[i] > 0) out[c].push(r);
  }
  const comp = strongComponents(out);
  // Cells that can be positive in some agreeing table.
  const support: number[] = [];
  const fixed: number[] = [];
  for (const i of cells) {
    const r = Math.floor(i / nCols);
    const c = nRows + (i % nCols);
    if (counts[i] > 0 || comp[r] === comp[c]) support.push(i);
    else fixed.push(i);
  }
  for (const i of bridges(support, nRows, nCols)) fixed.push(i);
  return fixed.sort((a, b) => a - b);
}

/** Strongly connected components (iterative Tarjan): component id per vertex. */
function strongComponents(out: number[][]): Int32Array {
  const n = out.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const call: number[] = [];
  const edge: number[] = [];
  let counter = 0;
  let comps = 0;
  for (let s = 0; s < n; s++) {
    if (index[s] >= 0) continue;
    call.push(s);
    edge.push(0);
    index[s] = low[s] = counter++;
    stack.push(s);
    onStack[s] = 1;
    while (call.length > 0) {
      const v = call[call.length - 1];
      const e = edge[edge.length - 1];
      if (e < out[v].length) {
        edge[edge.length - 1]++;
        const w = out[v][e];
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          call.push(w);
          edge.push(0);
        } else if (onStack[w] && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      call.pop();
      edge.pop();
      if (call.length > 0) {
        const parent = call[call.length - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = comps;
        } while (w !== v);
        comps++;
      }
    }
  }
  return comp;
}

/** Bridges of the undirected graph whose edges are the given cells (iterative DFS). */
function bridges(cells: number[], nRows: number, nCols: number): number[] {
  const nV = nRows + nCols;
  const adj: {to: number; id: number}[][] = Array.from({length: nV}, () => []);
  cells.forEach((i, id) => {
    const r = Math.floor(i / nCols);
    const c = nRows + (i % nCols);
    adj[r].push({to: c, id});
    adj[c].push({to: r, id});
  });
  const disc = new Int32Array(nV).fill(-1);
  const low = new Int32Array(nV);
  const out: number[] = [];
  let time = 0;
  for (let s = 0; s < nV; s++) {
    if (disc[s] >= 0 || adj[s].length === 0) continue;
    const stack: {v: number; parentEdge: number; next: number}[] = [
      {v: s, parentEdge: -1, next: 0},
    ];
    disc[s] = low[s] = time++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next < adj[top.v].length) {
        const {to, id} = adj[top.v][top.next++];
        if (id === top.parentEdge) continue;
        if (disc[to] < 0) {
          disc[to] = low[to] = time++;
          stack.push({v: to, parentEdge: id, next: 0});
        } else if (disc[to] < low[top.v]) {
          low[top.v] = disc[to];
        }
        continue;
      }
      stack.pop();
      if (stack.length > 0) {
        const parent = stack[stack.length - 1];
        if (low[top.v] < low[parent.v]) low[parent.v] = low[top.v];
        if (low[top.v] > disc[parent.v]) out.push(cells[top.parentEdge]);
      }
    }
  }
  return out;
}

/** A binary heap of [cost, vertex] for the shortest paths. */
class Heap {
  private readonly cost: number[] = [];
  private readonly vertex: number[] = [];
  get size(): number {
    return this.cost.length;
  }
  push(cost: number, v: number): void {
    let i = this.cost.length;
    this.cost.push(cost);
    this.vertex.push(v);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.cost[p] <= cost) break;
      this.cost[i] = this.cost[p];
      this.vertex[i] = this.vertex[p];
      i = p;
    }
    this.cost[i] = cost;
    this.vertex[i] = v;
  }
  pop(): [number, number] {
    const top: [number, number] = [this.cost[0], this.vertex[0]];
    const lastCost = this.cost.pop()!;
    const lastV = this.vertex.pop()!;
    const n = this.cost.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && this.cost[r] < this.cost[l] ? r : l;
        if (this.cost[m] >= lastCost) break;
        this.cost[i] = this.cost[m];
        this.vertex[i] = this.vertex[m];
        i = m;
      }
      this.cost[i] = lastCost;
      this.vertex[i] = lastV;
    }
    return top;
  }
}

/**
 * The cheapest alternating path between the two ends of cell `e`, not using
 * `e`: from a row, any cell of it leads to its column (that cell would gain
 * one); from a column, a cell holding at least one leads to its row (it would
 * lose one). Returns the cells of the path, or null when there is none.
 */
function cheapestCycle(
  counts: ArrayLike<number>,
  nRows: number,
  nCols: number,
  hidden: Uint8Array,
  e: number,
  from: number,
  to: number,
): {cost: number; cells: number[]} | null {
  const nV = nRows + nCols;
  const dist = new Float64Array(nV).fill(Infinity);
  const via = new Int32Array(nV).fill(-1);
  const heap = new Heap();
  dist[from] = 0;
  heap.push(0, from);
  const cost = (i: number) => (hidden[i] ? 0 : counts[i] + 1);
  while (heap.size > 0) {
    const [d, v] = heap.pop();
    if (d > dist[v]) continue;
    if (v === to) break;
    if (v < nRows) {
      for (let c = 0; c < nCols; c++) {
        const i = v * nCols + c;
        if (i === e) continue;
        const w = nRows + c;
        const nd = d + cost(i);
        if (nd < dist[w]) {
          dist[w] = nd;
          via[w] = i;
          heap.push(nd, w);
        }
      }
    } else {
      const c = v - nRows;
      for (let r = 0; r < nRows; r++) {
        const i = r * nCols + c;
        if (i === e || counts[i] <= 0) continue;
        const nd = d + cost(i);
        if (nd < dist[r]) {
          dist[r] = nd;
          via[r] = i;
          heap.push(nd, r);
        }
      }
    }
  }
  if (dist[to] === Infinity) return null;
  const cells: number[] = [];
  for (let v = to; v !== from;) {
    const i = via[v];
    cells.push(i);
    const r = Math.floor(i / nCols);
    const c = nRows + (i % nCols);
    v = v === r ? c : r;
  }
  return {cost: dist[to], cells};
}

/**
 * Primary and complementary suppression of a table of counts (nRows groups ×
 * nCols answers), audited: on return, no hidden cell can be worked out from
 * the shown cells, the groups' sizes and the columns' totals — or the table
 * is marked not publishable.
 */
export function suppress(
  counts: ArrayLike<number>,
  nRows: number,
  nCols: number,
  k: number,
): Suppression {
  const hidden = primaryMask(counts, nRows, nCols, k);
  // A few rounds at most: one pass protects every cell the audit found fixed;
  // the loop is a safety net.
  for (let round = 0; round < 50; round++) {
    const fixed = fixedCells(counts, nRows, nCols, hidden);
    if (fixed.length === 0) return {hidden, publishable: true};
    let progress = false;
    for (const e of fixed) {
      const r = Math.floor(e / nCols);
      const c = nRows + (e % nCols);
      // Shrink e (when it holds something): a path row → … → column; grow
      // it: a path column → … → row. Either move proves it is not fixed.
      const shrink =
        counts[e] > 0
          ? cheapestCycle(counts, nRows, nCols, hidden, e, r, c)
          : null;
      const grow = cheapestCycle(counts, nRows, nCols, hidden, e, c, r);
      const best =
        shrink && (!grow || shrink.cost <= grow.cost) ? shrink : grow;
      if (!best) continue;
      for (const i of best.cells) {
        if (!hidden[i]) {
          hidden[i] = 1;
          progress = true;
        }
      }
    }
    if (!progress) return {hidden, publishable: false};
  }
  return {
    hidden,
    publishable: fixedCells(counts, nRows, nCols, hidden).length === 0,
  };
}
