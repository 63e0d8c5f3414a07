/**
 * Figures of the programme from what the team really records: the tracker's
 * Programme (dates, statuses, "Présents" where someone filled them) and the
 * organisers' reports (visitors, pupils, classes by structure and commune).
 * A session whose date is past and that is not cancelled counts as held; a
 * figure comes from the Programme where it is complete, else from the
 * organisers, and says so; where both exist and differ, both are kept.
 * Pure: takes TrackerData, the response rows and the official communes.
 */
import type {
  CommuneCoverage,
  Disagreement,
  FigureSource,
  OrganiserFigures,
  OrganiserTally,
  ProgrammeFigures,
  StructureFigures,
  WhiteZone,
} from '../model/bilan';
import type {CommuneRecord} from '../model/geo';
import type {Session, TrackerData} from '../model/tracker';
import {normalizeKey} from '../gas/table';
import type {ColumnSpec} from './types';
import {cellText, parseNumber, percent, round} from './text';

const CANCELLED = new Set(['annule', 'annulee', 'cancelled', 'canceled']);
const MARKED_HELD = new Set(['realise', 'realisee', 'held', 'done']);
/** Statuses that say a past session did not take place. */
const NOT_HELD = new Set([
  'non realise',
  'non realisee',
  'pas realise',
  'reporte',
  'reportee',
  'not held',
  'postponed',
]);

function statusKey(s: Session): string {
  return normalizeKey(s.status);
}

export function isCancelled(s: Session): boolean {
  return CANCELLED.has(statusKey(s));
}

/**
 * The moment a session ends: its day (a date cell is midnight in the
 * spreadsheet's time zone) plus its end time, else its start, else the whole
 * day. Adding the hours to that midnight does not depend on the script's own
 * time zone (it is an hour off only on the two nights the clocks change).
 */
export function sessionEnd(s: Session): Date | null {
  if (!s.date || isNaN(s.date.getTime())) return null;
  const hm = /^(\d{1,2}):(\d{2})/.exec(s.end || s.start || '');
  const minutes = hm ? Number(hm[1]) * 60 + Number(hm[2]) : 24 * 60 - 1;
  return new Date(s.date.getTime() + minutes * 60000);
}

/**
 * A session took place: marked "réalisé", or its date is past and it is
 * neither cancelled nor marked as not held ("non réalisé", "reporté").
 */
export function isHeld(s: Session, now: Date): boolean {
  const k = statusKey(s);
  if (CANCELLED.has(k) || NOT_HELD.has(k)) return false;
  if (MARKED_HELD.has(k)) return true;
  const end = sessionEnd(s);
  return end !== null && end.getTime() <= now.getTime();
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

/** What the organisers reported for one structure (sums of its reports). */
interface Reported {
  name: string;
  visitors: number | null;
  pupils: number | null;
  classes: number | null;
}

const addNullable = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : a + b;

/** How a figure's parts were sourced: programme only, organisers only, both, none. */
function sourceOf(programme: boolean, organisers: boolean): FigureSource {
  if (programme && organisers) return 'programme+organisers';
  if (programme) return 'programme';
  if (organisers) return 'organisers';
  return 'none';
}

/**
 * Finds a report's structure among the Programme's: same name ignoring case,
 * accents and punctuation, else one name inside the other.
 */
function matcher(programmeKeys: readonly string[]) {
  const exact = new Set(programmeKeys);
  return (key: string): string | null => {
    if (exact.has(key)) return key;
    if (key.length < 4) return null;
    const inside = programmeKeys.filter(
      p => p.length >= 4 && (p.includes(key) || key.includes(p)),
    );
    return inside.length === 1 ? inside[0] : null;
  };
}

export interface ProgrammeInput {
  tracker: TrackerData;
  now: Date;
  territory: Territory;
  /** Responses of the general public's forms. */
  publicResponses: number;
  /** The organisers' reports, by structure and by commune (null when no such form). */
  organisers: OrganiserFigures | null;
}

export function programmeFigures(input: ProgrammeInput): ProgrammeFigures {
  const {tracker, now, territory, organisers} = input;
  const sessions = tracker.sessions.filter(s => s.title.trim() !== '');
  const cancelled = sessions.filter(isCancelled);
  const active = sessions.filter(s => !isCancelled(s));
  const held = active.filter(s => isHeld(s, now));
  const heldSet = new Set(held);

  // Structures of the sessions held, with their Programme figures.
  interface Own {
    name: string;
    sessions: number;
    withAttendance: number;
    attended: number;
    schoolSessions: number;
    schoolWithAttendance: number;
    schoolAttended: number;
  }
  const own = new Map<string, Own>();
  let registered = 0;
  let attended = 0;
  let sessionsWithAttendance = 0;
  let schoolSessions = 0;
  for (const s of held) {
    const key = normalizeKey(s.structure);
    let o = own.get(key);
    if (!o) {
      o = {
        name: s.structure.trim(),
        sessions: 0,
        withAttendance: 0,
        attended: 0,
        schoolSessions: 0,
        schoolWithAttendance: 0,
        schoolAttended: 0,
      };
      own.set(key, o);
    }
    const school = isSchoolSession(s);
    const present = s.attended !== null && s.attended !== undefined;
    o.sessions++;
    if (school) {
      o.schoolSessions++;
      schoolSessions++;
    }
    registered += s.registered ?? 0;
    if (present) {
      o.withAttendance++;
      o.attended += s.attended!;
      attended += s.attended!;
      sessionsWithAttendance++;
      if (school) {
        o.schoolWithAttendance++;
        o.schoolAttended += s.attended!;
      }
    }
  }

  // The organisers' reports, matched to the Programme's structures.
  const reportedBy = new Map<string, Reported>();
  const unmatched: Reported[] = [];
  const find = matcher([...own.keys()].filter(k => k !== ''));
  for (const r of organisers?.byStructure ?? []) {
    const key = find(normalizeKey(r.name));
    if (key === null) {
      unmatched.push(r);
      continue;
    }
    const prev = reportedBy.get(key);
    reportedBy.set(key, {
      name: r.name,
      visitors: addNullable(prev?.visitors ?? null, r.visitors),
      pupils: addNullable(prev?.pupils ?? null, r.pupils),
      classes: addNullable(prev?.classes ?? null, r.classes),
    });
  }

  // Per structure: the Programme when complete, else the report, else what the Programme has.
  let visitors: number | null = null;
  let pupils: number | null = null;
  let classes: number | null = null;
  const used = {
    visitors: {programme: false, organisers: false},
    pupils: {programme: false, organisers: false},
    classes: {programme: false, organisers: false},
  };
  const disagreements: Disagreement[] = [];
  for (const [key, o] of own) {
    const rep = reportedBy.get(key) ?? null;
    const complete = o.withAttendance === o.sessions;
    const schoolComplete = o.schoolWithAttendance === o.schoolSessions;
    const name = o.name || key;
    // Visitors (pupils included, as the organisers' form asks).
    if (complete) {
      visitors = (visitors ?? 0) + o.attended;
      used.visitors.programme = true;
    } else if (rep && rep.visitors !== null) {
      visitors = (visitors ?? 0) + rep.visitors;
      used.visitors.organisers = true;
    } else if (o.withAttendance > 0) {
      visitors = (visitors ?? 0) + o.attended;
      used.visitors.programme = true;
    }
    if (rep && rep.visitors !== null && o.withAttendance > 0) {
      // Complete: any difference; partial: a report below the Présents already counted.
      const differs = complete
        ? rep.visitors !== o.attended
        : rep.visitors < o.attended;
      if (differs) {
        disagreements.push({
          structure: name,
          figure: 'visitors',
          programme: o.attended,
          organisers: rep.visitors,
        });
      }
    }
    // Pupils: the school sessions' Présents, else the report.
    if (o.schoolSessions > 0 && schoolComplete) {
      pupils = (pupils ?? 0) + o.schoolAttended;
      used.pupils.programme = true;
    } else if (rep && rep.pupils !== null) {
      pupils = (pupils ?? 0) + rep.pupils;
      used.pupils.organisers = true;
    } else if (o.schoolWithAttendance > 0) {
      pupils = (pupils ?? 0) + o.schoolAttended;
      used.pupils.programme = true;
    }
    if (
      rep &&
      rep.pupils !== null &&
      o.schoolSessions > 0 &&
      schoolComplete &&
      rep.pupils !== o.schoolAttended
    ) {
      disagreements.push({
        structure: name,
        figure: 'pupils',
        programme: o.schoolAttended,
        organisers: rep.pupils,
      });
    }
    // Classes: only the organisers count them.
    if (rep && rep.classes !== null) {
      classes = (classes ?? 0) + rep.classes;
      used.classes.organisers = true;
    }
  }
  // Reports of structures not found in the Programme still count (listed to check).
  for (const r of unmatched) {
    if (r.visitors !== null) {
      visitors = (visitors ?? 0) + r.visitors;
      used.visitors.organisers = true;
    }
    if (r.pupils !== null) {
      pupils = (pupils ?? 0) + r.pupils;
      used.pupils.organisers = true;
    }
    if (r.classes !== null) {
      classes = (classes ?? 0) + r.classes;
      used.classes.organisers = true;
    }
  }

  // Communes reached by the sessions held.
  interface Reach {
    c: CommuneRecord;
    sessions: number;
    attended: number | null;
    structures: Set<string>;
  }
  const reached = new Map<string, Reach>();
  for (const s of held) {
    const c = territory.find(s.commune, s.insee);
    if (!c) continue;
    let r = reached.get(c.code);
    if (!r) {
      r = {c, sessions: 0, attended: null, structures: new Set()};
      reached.set(c.code, r);
    }
    r.sessions++;
    if (s.attended !== null && s.attended !== undefined) {
      r.attended = (r.attended ?? 0) + s.attended;
    }
    const sk = normalizeKey(s.structure);
    if (sk) r.structures.add(sk);
  }
  const reportedByCommune = new Map<string, number | null>();
  for (const r of organisers?.byCommune ?? []) {
    const c = territory.find(r.name);
    if (!c) continue;
    reportedByCommune.set(
      c.code,
      addNullable(reportedByCommune.get(c.code) ?? null, r.visitors),
    );
  }
  const communes: CommuneCoverage[] = [...reached.values()]
    .map(r => ({
      name: r.c.nom,
      insee: r.c.code,
      population: r.c.population,
      sessions: r.sessions,
      attended: r.attended,
      visitors: reportedByCommune.get(r.c.code) ?? null,
      structures: r.structures.size,
    }))
    .sort(
      (a, b) =>
        b.sessions - a.sessions ||
        b.population - a.population ||
        a.name.localeCompare(b.name, 'fr'),
    );
  const whiteZones: WhiteZone[] = territory.communes
    .filter(c => !reached.has(c.code))
    .map(c => ({name: c.nom, insee: c.code, population: c.population}))
    .sort(
      (a, b) => b.population - a.population || a.name.localeCompare(b.name),
    );
  let population = 0;
  for (const c of territory.communes) population += c.population;
  let reachedPopulation = 0;
  for (const r of reached.values()) reachedPopulation += r.c.population;

  const byStructure: StructureFigures[] = [...own.entries()]
    .filter(([key]) => key !== '')
    .map(([key, o]) => {
      const rep = reportedBy.get(key) ?? null;
      return {
        name: o.name,
        sessions: o.sessions,
        attended: o.withAttendance > 0 ? o.attended : null,
        reported: rep !== null,
        visitors: rep?.visitors ?? null,
        pupils: rep?.pupils ?? null,
        classes: rep?.classes ?? null,
      };
    });
  for (const r of unmatched) {
    byStructure.push({
      name: r.name,
      sessions: 0,
      attended: null,
      reported: true,
      visitors: r.visitors,
      pupils: r.pupils,
      classes: r.classes,
    });
  }
  byStructure.sort(
    (a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name, 'fr'),
  );
  const structureKeys = [...own.keys()].filter(k => k !== '');
  const withoutReport = structureKeys
    .filter(k => !reportedBy.has(k))
    .map(k => own.get(k)!.name)
    .sort((a, b) => a.localeCompare(b, 'fr'));
  const structuresReported = structureKeys.length - withoutReport.length;
  const generalPublicVisitors =
    visitors === null ? null : visitors - (pupils ?? 0);
  return {
    sessionsPlanned: active.length,
    sessionsHeld: held.length,
    sessionsMarkedHeld: held.filter(s => MARKED_HELD.has(statusKey(s))).length,
    sessionsUpcoming: active.filter(s => !heldSet.has(s)).length,
    sessionsCancelled: cancelled.length,
    schoolSessions,
    generalPublicSessions: held.length - schoolSessions,
    registered,
    attended,
    sessionsWithAttendance,
    visitors: visitors === null ? null : round(visitors, 2),
    pupils: pupils === null ? null : round(pupils, 2),
    classes: classes === null ? null : round(classes, 2),
    communesReached: reached.size,
    communesInDepartement: territory.communes.length,
    populationShare: percent(reachedPopulation, population),
    structures: structureKeys.length,
    organiserReports: organisers?.reports ?? 0,
    structuresReported,
    organiserResponseRate:
      organisers && structureKeys.length > 0
        ? percent(structuresReported, structureKeys.length)
        : null,
    structuresWithoutReport: organisers ? withoutReport : [],
    unmatchedReports: unmatched.map(r => r.name),
    responseRate:
      generalPublicVisitors !== null && generalPublicVisitors > 0
        ? percent(input.publicResponses, generalPublicVisitors)
        : null,
    sources: {
      sessionsHeld: 'programme',
      communesReached: 'programme',
      visitors: sourceOf(used.visitors.programme, used.visitors.organisers),
      pupils: sourceOf(used.pupils.programme, used.pupils.organisers),
      classes: sourceOf(used.classes.programme, used.classes.organisers),
    },
    disagreements,
    byStructure,
    communes,
    whiteZones,
  };
}

interface Tally {
  name: string;
  visitors: number | null;
  pupils: number | null;
  classes: number | null;
  reports: number;
}

/**
 * Sums of the organisers' reported visitors, pupils and classes, overall, by
 * structure and by commune. A figure left empty or not a number adds nothing
 * (it is listed among the anomalies by the column's statistics); a figure no
 * report gives (or no question asks) is null, never 0.
 */
export function organiserFigures(
  sheets: {rows: readonly (readonly unknown[])[]; specs: ColumnSpec[]}[],
  territory: Territory,
  unnamed: string,
  mask: (text: string) => string = s => s,
): OrganiserFigures {
  const total: Tally = {
    name: '',
    visitors: null,
    pupils: null,
    classes: null,
    reports: 0,
  };
  const byStructure = new Map<string, Tally>();
  const byCommune = new Map<string, Tally>();
  const add = (into: Tally, t: Tally) => {
    into.visitors = addNullable(into.visitors, t.visitors);
    into.pupils = addNullable(into.pupils, t.pupils);
    into.classes = addNullable(into.classes, t.classes);
    into.reports += t.reports;
  };
  const addTo = (map: Map<string, Tally>, name: string, t: Tally) => {
    const key = normalizeKey(name);
    let row = map.get(key);
    if (!row) {
      row = {name, visitors: null, pupils: null, classes: null, reports: 0};
      map.set(key, row);
    }
    add(row, t);
  };
  for (const {rows, specs} of sheets) {
    const at = (role: string) => specs.find(s => s.role === role)?.index ?? -1;
    const iStructure = at('structure');
    const iCommune = at('commune');
    const iVisitors = at('visitors');
    const iPupils = at('pupils');
    const iClasses = at('classes');
    const num = (r: readonly unknown[], i: number): number | null => {
      if (i < 0) return null;
      const x = parseNumber(r[i]);
      return x === null ? null : Math.max(0, x);
    };
    for (const r of rows) {
      if (r.every(v => v === '' || v === null || v === undefined)) continue;
      const t: Tally = {
        name: '',
        visitors: num(r, iVisitors),
        pupils: num(r, iPupils),
        classes: num(r, iClasses),
        reports: 1,
      };
      add(total, t);
      const structure = iStructure < 0 ? '' : cellText(r[iStructure]);
      const commune = iCommune < 0 ? '' : cellText(r[iCommune]);
      addTo(byStructure, structure ? mask(structure) : unnamed, t);
      addTo(
        byCommune,
        commune ? mask(territory.canonical(commune)) : unnamed,
        t,
      );
    }
  }
  const r2 = (v: number | null) => (v === null ? null : round(v, 2));
  const sorted = (m: Map<string, Tally>): OrganiserTally[] =>
    [...m.values()]
      .map(t => ({
        name: t.name,
        visitors: r2(t.visitors),
        pupils: r2(t.pupils),
        classes: r2(t.classes),
        reports: t.reports,
      }))
      .sort(
        (a, b) =>
          (b.visitors ?? -1) - (a.visitors ?? -1) ||
          a.name.localeCompare(b.name),
      );
  return {
    reports: total.reports,
    visitors: r2(total.visitors),
    pupils: r2(total.pupils),
    classes: r2(total.classes),
    byStructure: sorted(byStructure),
    byCommune: sorted(byCommune),
  };
}
