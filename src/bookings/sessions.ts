/**
 * The Programme as the bookings see it: every session with an "Identifiant"
 * (first of a duplicated code wins), its "Jauge", whether it is for schools
 * and cancelled, and its label in the form. Pure.
 */
import type {Language} from '../i18n';
import type {Session} from '../model/tracker';
import {isCancelled, isSchoolSession} from '../bilan/programme';
import {longDate} from '../shared/dates';
import type {BookableSession} from './model';
import {sessionChoice} from './labels';

/** "mardi 6 octobre" in the tracker's zone (no year: the event's year). */
export function dayWithoutYear(
  zone: string,
  lang: Language,
): (d: Date) => string {
  return d => longDate(d, zone, lang).replace(/\s\d{4}$/, '');
}

export function bookableSessions(
  sessions: readonly Session[],
  day: (d: Date) => string,
): BookableSession[] {
  const seen = new Set<string>();
  const out: BookableSession[] = [];
  for (const s of sessions) {
    const id = s.id.trim();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push({
      id,
      title: s.title.trim(),
      capacity: s.capacity,
      cancelled: isCancelled(s),
      forSchools: isSchoolSession(s),
      label: sessionChoice({...s, id}, day),
      structure: s.structure.trim(),
      date: s.date,
      attended: s.attended,
    });
  }
  return out;
}

/** The sessions the form offers: for schools, not cancelled, with a Jauge. */
export function offered(all: readonly BookableSession[]): BookableSession[] {
  return all.filter(s => s.forSchools && !s.cancelled && (s.capacity ?? 0) > 0);
}
