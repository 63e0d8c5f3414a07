/**
 * Loops instead of argument spreads. `Math.max(...rows)` or
 * `list.push(...items)` passes every element as a call argument; V8 (Apps
 * Script's runtime) throws "Maximum call stack size exceeded" past about a
 * hundred thousand of them, which a response sheet or a large import reaches
 * (issue 14, point 5). These helpers take any length. Pure.
 */

/** The largest of `values`, or `empty` when there is none. */
export function maxOf(values: readonly number[], empty = -Infinity): number {
  let best = empty;
  let seen = false;
  for (const v of values) {
    if (!seen || v > best) best = v;
    seen = true;
  }
  return best;
}

/** The smallest of `values`, or `empty` when there is none. */
export function minOf(values: readonly number[], empty = Infinity): number {
  let best = empty;
  let seen = false;
  for (const v of values) {
    if (!seen || v < best) best = v;
    seen = true;
  }
  return best;
}

/** The length of the longest row (0 for no rows). */
export function widthOf(rows: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  return width;
}

/** Appends every item of `items` to `target`, in order; returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
