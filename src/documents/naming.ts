/** File names of generated documents: what, which event, which day; a new version never replaces one. */

/** "Bilan – Fête de la science 2026 – 2026-10-20". */
export function documentName(
  kindLabel: string,
  eventTitle: string,
  isoDay: string,
): string {
  // Drive accepts any character, but a slash reads badly in paths and exports.
  const clean = (s: string): string => s.replace(/[/\\]/g, '-').trim();
  return [clean(kindLabel), clean(eventTitle), isoDay]
    .filter(Boolean)
    .join(' – ');
}

/** The name itself, or "name (2)", "name (3)"… : the first one `taken` says is free. */
export function versionedName(
  base: string,
  taken: (name: string) => boolean,
  maxTries = 100,
): string {
  if (!taken(base)) return base;
  for (let n = 2; n <= maxTries; n++) {
    const candidate = `${base} (${n})`;
    if (!taken(candidate)) return candidate;
  }
  return `${base} (${maxTries + 1})`;
}

/** A Google Docs id from what a user pastes: the document's address or its id. */
export function documentIdFrom(ref: string): string | null {
  const text = String(ref ?? '').trim();
  const inUrl = /\/d\/([A-Za-z0-9_-]{6,})/.exec(text);
  if (inUrl) return inUrl[1];
  const byParam = /[?&]id=([A-Za-z0-9_-]{6,})/.exec(text);
  if (byParam) return byParam[1];
  return /^[A-Za-z0-9_-]{6,}$/.test(text) ? text : null;
}

/** The address of a Google Docs document. */
export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}
