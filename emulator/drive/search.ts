/**
 * DriveApp.searchFiles / searchFolders query terms.
 * Reference: https://developers.google.com/apps-script/reference/drive/drive-app#searchFiles(String)
 * Reference: https://developers.google.com/drive/api/guides/ref-search-terms
 */
import type {DriveEntry} from './registry';

/**
 * A predicate for Drive's search queries (the v2 syntax DriveApp.searchFiles
 * takes): conditions joined by "and" — title/name = | != | contains 'x',
 * mimeType = | != 'x', fullText contains 'x', 'id' in parents,
 * trashed = true|false, starred = true|false. Anything else throws
 * "Invalid argument: q" (the emulator does not guess).
 */
export function searchPredicate(
  query: string,
): (e: DriveEntry, trashed: boolean) => boolean {
  const conds: ((e: DriveEntry, trashed: boolean) => boolean)[] = [];
  const re =
    /^\s*(?:(title|name|mimeType|fullText)\s*(=|!=|contains)\s*'((?:[^'\\]|\\.)*)'|'((?:[^'\\]|\\.)*)'\s+in\s+parents|(trashed|starred)\s*=\s*(true|false))\s*(?:and\b|$)/i;
  let rest = String(query);
  let sawTrashed = false;
  while (rest.trim() !== '') {
    const m = re.exec(rest);
    if (!m) throw new Error('Invalid argument: q');
    rest = rest.slice(m[0].length);
    const unq = (v: string) => v.replace(/\\(.)/g, '$1');
    if (m[1]) {
      const field = m[1].toLowerCase();
      const op = m[2].toLowerCase();
      const v = unq(m[3]);
      const get = (e: DriveEntry) =>
        field === 'mimetype'
          ? e.mimeType
          : field === 'fulltext'
            ? `${e.currentName()} ${e.content?.toString('utf8') ?? ''}`
            : e.currentName();
      if (op === 'contains' && field === 'mimetype') {
        throw new Error('Invalid argument: q');
      }
      conds.push(e =>
        op === '='
          ? get(e) === v
          : op === '!='
            ? get(e) !== v
            : get(e).toLowerCase().includes(v.toLowerCase()),
      );
    } else if (m[4] !== undefined) {
      const id = unq(m[4]);
      conds.push(e => e.parents.includes(id));
    } else {
      const want = m[6].toLowerCase() === 'true';
      if (m[5].toLowerCase() === 'trashed') {
        sawTrashed = true;
        conds.push((_e, trashed) => trashed === want);
      } else {
        conds.push(e => e.starred === want);
      }
    }
  }
  return (e, trashed) =>
    (sawTrashed || !trashed) && conds.every(c => c(e, trashed));
}
