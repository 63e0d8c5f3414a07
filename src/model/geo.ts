/** An official commune (code INSEE), from @etalab/decoupage-administratif. */
export interface CommuneRecord {
  code: string;
  nom: string;
  departement: string;
  codesPostaux: string[];
  population: number;
}

export interface DepartementRecord {
  code: string;
  nom: string;
}
