/**
 * JSON values in document properties (script properties when the script is
 * not bound to a document). One key per concern; each value stays under the
 * 9 KB per-value quota.
 */
function store(): GoogleAppsScript.Properties.Properties {
  return (
    PropertiesService.getDocumentProperties() ??
    PropertiesService.getScriptProperties()
  );
}

export function getJson<T>(key: string): T | null {
  const raw = store().getProperty(key);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function setJson(key: string, value: unknown): void {
  store().setProperty(key, JSON.stringify(value));
}

export function deleteKey(key: string): void {
  store().deleteProperty(key);
}

/** Characters per piece of a large value: 4,000 stays under 9 KB even in 2-byte UTF-8. */
const CHUNK_CHARS = 4000;

/**
 * A JSON value too large for one property (a batch's progress), kept in
 * pieces `key#0`, `key#1`… with their number under `key`. One read of the
 * whole store, one write of all the pieces.
 */
export function getLargeJson<T>(key: string): T | null {
  const all = store().getProperties();
  const count = Number(all[key]);
  if (!Number.isInteger(count) || count < 1) return null;
  let raw = '';
  for (let i = 0; i < count; i++) {
    const piece = all[`${key}#${i}`];
    if (piece === undefined) return null;
    raw += piece;
  }
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function setLargeJson(key: string, value: unknown): void {
  const raw = JSON.stringify(value);
  const pieces: Record<string, string> = {};
  const count = Math.max(1, Math.ceil(raw.length / CHUNK_CHARS));
  for (let i = 0; i < count; i++) {
    pieces[`${key}#${i}`] = raw.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  }
  pieces[key] = String(count);
  // Pieces left over from a longer value are harmless: the count says how many to read.
  store().setProperties(pieces);
}

export function deleteLargeJson(key: string): void {
  const s = store();
  const all = s.getProperties();
  for (const k of Object.keys(all)) {
    if (k === key || k.startsWith(`${key}#`)) s.deleteProperty(k);
  }
}
