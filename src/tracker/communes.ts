/**
 * Resolving a commune as organisers type it to the official commune of the
 * département (code INSEE), in this order:
 *  1. by code INSEE when the source gives one;
 *  2. by postal code plus the name compared without case, accents, hyphens,
 *     spaces or apostrophes (’ and ' alike), "St"/"Ste" read as
 *     "Saint"/"Sainte", a leading article (Le, La, Les, L') optional and a
 *     trailing "Cedex" ignored;
 *  3. by a postal code that names a single commune;
 *  4. when no postal code is given at all (the Programme CSV has no such
 *     column), by the name alone if exactly one commune of the département
 *     bears it.
 * Pure: the list of communes is passed in.
 */
import type {CommuneRecord} from '../model/geo';

/** The comparison key of a commune name (see the rules above). */
export function communeKey(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bcedex\b.*$/, '')
    .replace(/[’'`‘]/g, "' ")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim()
    .split(' ')
    .filter(w => w !== '')
    .map(w => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w));
  if (words.length > 1 && ['le', 'la', 'les', "l'"].includes(words[0])) {
    words.shift();
  }
  return words.join('').replace(/'/g, '');
}

export type CommuneResolution =
  | {ok: true; commune: CommuneRecord}
  | {ok: false; reason: 'unknown' | 'outside' | 'ambiguous'};

export interface CommuneQuery {
  insee?: string;
  postalCode?: string;
  name?: string;
}

/** Indexes built once per import (never per row). */
export class CommuneIndex {
  private readonly byCode = new Map<string, CommuneRecord>();
  private readonly byPostal = new Map<string, CommuneRecord[]>();
  private readonly byKey = new Map<string, CommuneRecord[]>();

  constructor(
    readonly communes: readonly CommuneRecord[],
    readonly departement: string,
  ) {
    for (const c of communes) {
      if (c.departement !== departement) continue;
      this.byCode.set(c.code, c);
      for (const cp of c.codesPostaux) push(this.byPostal, cp, c);
      push(this.byKey, communeKey(c.nom), c);
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  resolve(query: CommuneQuery): CommuneResolution {
    const insee = (query.insee ?? '').trim().toUpperCase();
    const postal = normalizePostal(query.postalCode ?? '');
    const key = communeKey(query.name ?? '');
    if (insee) {
      const found = this.byCode.get(insee);
      if (found) return {ok: true, commune: found};
    }
    if (postal) {
      const candidates = this.byPostal.get(postal) ?? [];
      if (key) {
        const named = candidates.filter(c => communeKey(c.nom) === key);
        if (named.length === 1) return {ok: true, commune: named[0]};
      }
      if (candidates.length === 1 && (!key || !this.byKey.has(key))) {
        // The postal code names one commune; a name that designates another
        // commune of the département is a contradiction, not a typo.
        return {ok: true, commune: candidates[0]};
      }
      if (candidates.length === 0 && !this.inDepartement(postal, insee)) {
        return {ok: false, reason: 'outside'};
      }
      return {
        ok: false,
        reason: candidates.length > 1 ? 'ambiguous' : 'unknown',
      };
    }
    if (insee && !this.inDepartement('', insee)) {
      return {ok: false, reason: 'outside'};
    }
    if (key) {
      const named = this.byKey.get(key) ?? [];
      if (named.length === 1) return {ok: true, commune: named[0]};
      if (named.length > 1) return {ok: false, reason: 'ambiguous'};
    }
    return {ok: false, reason: 'unknown'};
  }

  /** Whether a postal code or INSEE code belongs to this département's range. */
  private inDepartement(postal: string, insee: string): boolean {
    const code = postal || insee;
    if (!code) return true;
    return code.startsWith(this.departement);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "38 000", 38000 (a number lost its leading zero: 1000 → "01000") → "38000". */
export function normalizePostal(value: string | number): string {
  const digits = String(value).replace(/\s/g, '');
  if (/^\d{4}$/.test(digits)) return '0' + digits;
  return /^\d{5}$/.test(digits) ? digits : '';
}
