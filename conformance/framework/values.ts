/**
 * Comparing and printing values the way a conformance check needs: Dates
 * compared by instant (a Date from a service and one made by the script are
 * different objects), arrays and plain objects compared deeply, every value
 * printed unambiguously in failure messages.
 */

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Deep equality: Dates by instant, NaN equals NaN, same keys for objects. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isDate(a) || isDate(b)) {
    return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      return false;
    }
    return a.every((x, i) => sameValue(x, b[i]));
  }
  if (
    a !== null &&
    b !== null &&
    typeof a === 'object' &&
    typeof b === 'object'
  ) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (!sameValue(ka, kb)) return false;
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.every(k => sameValue(ra[k], rb[k]));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b || (a !== a && b !== b);
  }
  return a === b;
}

const MAX_SHOWN = 300;

/** A value as a failure message shows it: strings quoted, Dates as instants, types visible. */
export function show(v: unknown): string {
  const text = showInner(v, 0);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function showInner(v: unknown, depth: number): string {
  if (isDate(v)) {
    return isNaN(v.getTime()) ? 'Date(invalide)' : `Date(${v.toISOString()})`;
  }
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'undefined';
  if (typeof v === 'function') return 'function';
  if (v === null || typeof v !== 'object') return String(v);
  if (depth > 4) return '…';
  if (Array.isArray(v)) {
    return `[${v.map(x => showInner(x, depth + 1)).join(', ')}]`;
  }
  const entries = Object.keys(v).map(
    k => `${k}: ${showInner((v as Record<string, unknown>)[k], depth + 1)}`,
  );
  return `{${entries.join(', ')}}`;
}

/** The message of anything thrown (Apps Script errors, host errors, strings). */
export function messageOf(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) {
    return String((e as {message: unknown}).message);
  }
  return String(e);
}

/** The name of an error (TypeError, ReferenceError, Exception…), '' if none. */
export function nameOf(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e) {
    return String((e as {name: unknown}).name);
  }
  return '';
}
