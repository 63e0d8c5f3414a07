/**
 * Sparse per-cell storage for formats, validations, notes and formulas: an
 * array of rows, each a (possibly holey) array. 0-based. Values grids use
 * plain dense arrays directly (see sheet.ts).
 */
export class SparseGrid<T> {
  rows: (T | undefined)[][] = [];

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    let row = this.rows[r];
    if (!row) {
      if (v === undefined) return;
      row = this.rows[r] = [];
    }
    row[c] = v;
  }

  /** Calls fn for every set cell (row, column, value). */
  forEach(fn: (r: number, c: number, v: T) => void): void {
    this.rows.forEach((row, r) => {
      row?.forEach((v, c) => {
        if (v !== undefined) fn(r, c, v);
      });
    });
  }

  spliceRows(at: number, remove: number, insert: number): void {
    if (this.rows.length <= at) return;
    this.rows.splice(at, remove, ...new Array<(T | undefined)[]>(insert));
  }

  spliceColumns(at: number, remove: number, insert: number): void {
    for (const row of this.rows) {
      if (row && row.length > at) {
        row.splice(at, remove, ...new Array<T | undefined>(insert));
      }
    }
  }

  clearRect(r0: number, c0: number, nr: number, nc: number): void {
    for (let r = r0; r < r0 + nr && r < this.rows.length; r += 1) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = c0; c < c0 + nc && c < row.length; c += 1)
        row[c] = undefined;
    }
  }
}
