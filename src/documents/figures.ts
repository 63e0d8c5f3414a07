/**
 * Figures computed from the tracker for the documents: what counts as a
 * session, a venue, a commune, a structure. Cancelled sessions are left out
 * of every figure (they did not and will not take place).
 */
import type {Session, TrackerData} from '../model/tracker';
import {normalizeKey} from '../gas/table';

export interface KeyFigures {
  sessions: number;
  venues: number;
  communes: number;
  structures: number;
  publics: number;
  /** The distinct publics, in order of first appearance. */
  publicList: string[];
  partners: number;
  capacity: number;
  registered: number;
  attended: number;
  schoolSessions: number;
  budgetPlanned: number;
  budgetCommitted: number;
  budgetSpent: number;
}

/** True for a session that was cancelled (any case or accent). */
export function isCancelled(s: Session): boolean {
  return (
    normalizeKey(s.status) === 'annule' ||
    normalizeKey(s.status) === 'cancelled'
  );
}

/** Sessions that count: every one not cancelled. */
export function activeSessions(sessions: readonly Session[]): Session[] {
  return sessions.filter(s => !isCancelled(s));
}

function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const text = v.trim();
    const key = normalizeKey(text);
    if (key && !seen.has(key)) seen.set(key, text);
  }
  return [...seen.values()];
}

/** A session's publics: the cell may hold several, separated by commas. */
export function publicsOf(s: Session): string[] {
  return distinct(String(s.public ?? '').split(/[,;]/));
}

/** The commune's identity: its INSEE code when known, else its name. */
export function communeKey(s: Session): string {
  return s.insee ? `insee:${s.insee}` : `nom:${normalizeKey(s.commune)}`;
}

const sum = (values: readonly (number | null)[]): number =>
  values.reduce<number>(
    (t, v) => t + (typeof v === 'number' && Number.isFinite(v) ? v : 0),
    0,
  );

export function isSchool(s: Session): boolean {
  return publicsOf(s).some(p => normalizeKey(p) === 'scolaires');
}

export function keyFigures(
  data: Pick<TrackerData, 'sessions' | 'partners' | 'budget'>,
): KeyFigures {
  const active = activeSessions(data.sessions);
  const communes = new Set(
    active.filter(s => s.insee || normalizeKey(s.commune)).map(communeKey),
  );
  const publicList = distinct(active.flatMap(publicsOf));
  return {
    sessions: active.length,
    venues: distinct(active.map(s => s.venue)).length,
    communes: communes.size,
    structures: distinct(active.map(s => s.structure)).length,
    publics: publicList.length,
    publicList,
    partners: distinct(data.partners.map(p => p.structure)).length,
    capacity: sum(active.map(s => s.capacity)),
    registered: sum(active.map(s => s.registered)),
    attended: sum(active.map(s => s.attended)),
    schoolSessions: active.filter(isSchool).length,
    budgetPlanned: sum(data.budget.map(b => b.planned)),
    budgetCommitted: sum(data.budget.map(b => b.committed)),
    budgetSpent: sum(data.budget.map(b => b.spent)),
  };
}

/** Distinct non-empty values, first spelling kept (venues, structures…). */
export {distinct};
