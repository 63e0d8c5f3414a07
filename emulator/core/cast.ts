/**
 * Two helpers every emulated service shares: the cast from a fake to the
 * Apps Script interface it stands for, and Apps Script-style string enums.
 */

/** Casts one of our fakes to the Apps Script interface it stands for. */
export function real<T>(x: unknown): T {
  return x as T;
}

/** A frozen enum whose values are their own names, as Apps Script's are. */
export function enumOf<T>(names: string[]): T {
  const o: Record<string, string> = {};
  for (const n of names) o[n] = n;
  return Object.freeze(o) as unknown as T;
}
