/**
 * Figures of the programme (from the tracker) and of the organisers' reports
 * (from their form). Pure: takes TrackerData, the response rows and the
 * official communes.
 */
import type {OrganiserFigures, ProgrammeFigures} from '../model/bilan';
import type {CommuneRecord} from '../model/geo';
import type {Session, TrackerData} from '../model/tracker';
import {normalizeKey} from '../gas/table';
import type {ColumnSpec} from './types';
import {cellText, parseNumber, percent, round} from './text';

function statusKey(s: Session): string {
  return normalizeKey(s.status);
}

export function isCancelled(s: Session): boolean {
  const k = statusKey(s);
  return k === 'annule' || k === 'cancelled' || k === 'canceled';
}

/** A session took place: marked "réalisé", or people attended it. */
export function isHeld(s: Session): boolean {
  const k = statusKey(s);
  return (
    !isCancelled(s) &&
    (k === 'realise' || k === 'held' || k === 'done' || (s.attended ?? 0) > 0)
  );
}

export function isSchoolSession(s: Session): boolean {
  const k = normalizeKey(s.public);
  return k.includes('scolaire') || k.includes('school');
}

/** The communes of the territory and a lookup of a commune's name or INSEE code. */
export class Territory {
  readonly communes: readonly CommuneRecord[];
  private readonly byName = new Map<string, CommuneRecord | null>();
  private readonly byCode = new Map<string, CommuneRecord>();

  constructor(all: readonly CommuneRecord[], departements: readonly string[]) {
    const wanted = new Set(departements);
    this.communes = all.filter(c => wanted.has(c.departement));
    for (const c of this.communes) {
      this.byCode.set(c.code, c);
      const key = normalizeKey(c.nom);
      // Two communes of the same name: the name alone cannot tell them apart.
      this.byName.set(key, this.byName.has(key) ? null : c);
    }
  }

  find(name: string, insee = ''): CommuneRecord | null {
    if (insee && this.byCode.has(insee)) return this.byCode.get(insee)!;
    return this.byName.get(normalizeKey(name)) ?? null;
  }

  /** The official spelling of a commune typed by a respondent, or the text as typed. */
  canonical = (text: string): string => this.find(text)?.nom ?? text;
}

export function programmeFigures(
  tracker: TrackerData,
  publicResponses: number,
  territory: Territory,
): ProgrammeFigures {
  const active = tracker.sessions.filter(s => !isCancelled(s));
  const held = active.filter(isHeld);
  let registered = 0;
  let attended = 0;
  let schoolAttended = 0;
  let schoolSessions = 0;
  for (const s of active) {
    registered += s.registered ?? 0;
    attended += s.attended ?? 0;
    if (isSchoolSession(s)) {
      schoolSessions++;
      schoolAttended += s.attended ?? 0;
    }
  }
  const reached = new Map<string, CommuneRecord>();
  for (const s of held) {
    const c = territory.find(s.commune, s.insee);
    if (c) reached.set(c.code, c);
  }
  let population = 0;
  for (const c of territory.communes) population += c.population;
  let reachedPopulation = 0;
  for (const c of reached.values()) reachedPopulation += c.population;
  const structures = new Set(
    active.map(s => normalizeKey(s.structure)).filter(k => k !== ''),
  );
  return {
    sessionsPlanned: active.length,
    sessionsHeld: held.length,
    registered,
    attended,
    schoolSessions,
    generalPublicSessions: active.length - schoolSessions,
    schoolAttended,
    generalPublicAttended: attended - schoolAttended,
    communesReached: reached.size,
    communesInDepartement: territory.communes.length,
    populationShare: percent(reachedPopulation, population),
    structures: structures.size,
    responseRate: attended > 0 ? percent(publicResponses, attended) : null,
    communes: [...reached.values()]
      .map(c => c.nom)
      .sort((a, b) => a.localeCompare(b, 'fr')),
  };
}

interface Tally {
  name: string;
  visitors: number;
  pupils: number;
  classes: number;
}

/**
 * Sums of the organisers' reported visitors, pupils and classes, overall, by
 * structure and by commune. A figure that is not a number counts 0 here (it
 * is listed among the anomalies by the column's statistics).
 */
export function organiserFigures(
  sheets: {rows: readonly (readonly unknown[])[]; specs: ColumnSpec[]}[],
  territory: Territory,
  unnamed: string,
  mask: (text: string) => string = s => s,
): OrganiserFigures {
  const total: Tally = {name: '', visitors: 0, pupils: 0, classes: 0};
  const byStructure = new Map<string, Tally>();
  const byCommune = new Map<string, Tally>();
  let reports = 0;
  const add = (map: Map<string, Tally>, name: string, t: Tally) => {
    const key = normalizeKey(name);
    const row = map.get(key) ?? {name, visitors: 0, pupils: 0, classes: 0};
    row.visitors += t.visitors;
    row.pupils += t.pupils;
    row.classes += t.classes;
    map.set(key, row);
  };
  for (const {rows, specs} of sheets) {
    const at = (role: string) => specs.find(s => s.role === role)?.index ?? -1;
    const iStructure = at('structure');
    const iCommune = at('commune');
    const iVisitors = at('visitors');
    const iPupils = at('pupils');
    const iClasses = at('classes');
    const num = (r: readonly unknown[], i: number) =>
      i < 0 ? 0 : Math.max(0, parseNumber(r[i]) ?? 0);
    for (const r of rows) {
      if (r.every(v => v === '' || v === null || v === undefined)) continue;
      reports++;
      const t: Tally = {
        name: '',
        visitors: num(r, iVisitors),
        pupils: num(r, iPupils),
        classes: num(r, iClasses),
      };
      total.visitors += t.visitors;
      total.pupils += t.pupils;
      total.classes += t.classes;
      const structure = iStructure < 0 ? '' : cellText(r[iStructure]);
      const commune = iCommune < 0 ? '' : cellText(r[iCommune]);
      add(byStructure, structure ? mask(structure) : unnamed, t);
      add(byCommune, commune ? mask(territory.canonical(commune)) : unnamed, t);
    }
  }
  const sorted = (m: Map<string, Tally>) =>
    [...m.values()]
      .map(t => ({
        name: t.name,
        visitors: round(t.visitors, 2),
        pupils: round(t.pupils, 2),
        classes: round(t.classes, 2),
      }))
      .sort((a, b) => b.visitors - a.visitors || a.name.localeCompare(b.name));
  return {
    reports,
    visitors: round(total.visitors, 2),
    pupils: round(total.pupils, 2),
    classes: round(total.classes, 2),
    byStructure: sorted(byStructure),
    byCommune: sorted(byCommune),
  };
}
