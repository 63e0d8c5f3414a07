/**
 * The official communes of Isère for the sample, read from
 * @etalab/decoupage-administratif (the same source the add-on bundles), and the
 * way people type commune names in the open-data exports.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {Rng} from './prng';

export interface SampleCommune {
  code: string;
  nom: string;
  codePostal: string;
  population: number;
}

interface RawCommune {
  code: string;
  nom: string;
  departement?: string;
  type: string;
  codesPostaux?: string[];
  population?: number;
}

let cache: SampleCommune[] | null = null;

/** Isère's current communes, sorted by INSEE code (a stable order for the draws). */
export function isereCommunes(): SampleCommune[] {
  if (cache) return cache;
  const file = path.join(
    path.dirname(
      require.resolve('@etalab/decoupage-administratif/package.json'),
    ),
    'data',
    'communes.json',
  );
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as RawCommune[];
  cache = raw
    .filter(c => c.departement === '38' && c.type === 'commune-actuelle')
    .map(c => ({
      code: c.code,
      nom: c.nom,
      codePostal: (c.codesPostaux ?? [])[0] ?? '',
      population: c.population ?? 0,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return cache;
}

/**
 * `count` communes: the six largest always (Grenoble, Saint-Martin-d'Hères,
 * Échirolles, Vienne, Bourgoin-Jallieu, Fontaine…), then draws weighted by
 * population^0.6 so that villages get their share, as in the real programme.
 */
export function pickCommunes(rng: Rng, count: number): SampleCommune[] {
  const all = isereCommunes();
  const n = Math.min(count, all.length);
  const bySize = all.slice().sort((a, b) => b.population - a.population);
  const head = bySize.slice(0, Math.min(6, n));
  const rest = all.filter(c => !head.includes(c));
  const drawn = rng.sampleWeighted(
    rest,
    rest.map(c => Math.pow(Math.max(c.population, 50), 0.6)),
    n - head.length,
  );
  return [...head, ...drawn];
}

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * A commune name typed as people type it, within what the importer must
 * accept: case, accents, hyphens/spaces, "St" for "Saint", a dropped leading
 * article, ’ for '. E.g. "St Egrève", "saint martin d'heres", "Le Pont de Claix".
 */
export function looseName(rng: Rng, nom: string): string {
  let s = nom;
  if (/^Saint-/.test(s) && rng.chance(0.7)) s = s.replace(/^Saint-/, 'St ');
  if (rng.chance(0.6)) s = s.replace(/-/g, ' ');
  if (rng.chance(0.3)) s = s.replace(/'/g, '’');
  if (/^(Le|La|Les) /.test(s) && rng.chance(0.3))
    s = s.replace(/^(Le|La|Les) /, '');
  const style = rng.int(0, 3);
  if (style === 0) s = s.toLowerCase();
  else if (style === 1) s = stripAccents(s);
  else if (style === 2) s = stripAccents(s).toUpperCase();
  return s === nom ? nom.toLowerCase() : s;
}
