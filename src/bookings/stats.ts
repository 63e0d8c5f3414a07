/**
 * Figures of the bookings: per session (the roster, report.json) and in
 * total (the weekly summary, the bilan). Nothing here names a teacher: the
 * figures leave the "Réservations" tab, the e-mails never do. Pure.
 */
import {
  BookableSession,
  Booking,
  CANCELLED,
  CONFIRMED,
  REFUSED,
  WAITING,
} from './model';

export interface SessionFigures {
  id: string;
  capacity: number;
  pupilsConfirmed: number;
  confirmed: number;
  waitlisted: number;
}

export interface Totals {
  requests: number;
  confirmed: number;
  waitlisted: number;
  refused: number;
  cancelled: number;
  promoted: number;
  pupilsConfirmed: number;
}

/** One line per bookable session, in the order given. */
export function sessionFigures(
  sessions: readonly BookableSession[],
  bookings: readonly Booking[],
): SessionFigures[] {
  const by = new Map<string, SessionFigures>();
  for (const s of sessions) {
    by.set(s.id, {
      id: s.id,
      capacity: s.capacity ?? 0,
      pupilsConfirmed: 0,
      confirmed: 0,
      waitlisted: 0,
    });
  }
  for (const b of bookings) {
    const f = by.get(b.sessionId);
    if (!f || b.action !== 'réserver') continue;
    if (b.state === CONFIRMED) {
      f.confirmed++;
      f.pupilsConfirmed += b.pupils ?? 0;
    } else if (b.state === WAITING) f.waitlisted++;
  }
  return [...by.values()];
}

/** Totals over the tab (requests: the booking requests, not cancellations). */
export function totals(bookings: readonly Booking[]): Totals {
  const t: Totals = {
    requests: 0,
    confirmed: 0,
    waitlisted: 0,
    refused: 0,
    cancelled: 0,
    promoted: 0,
    pupilsConfirmed: 0,
  };
  for (const b of bookings) {
    if (b.action !== 'réserver') continue;
    t.requests++;
    if (b.promotedAt) t.promoted++;
    if (b.state === CONFIRMED) {
      t.confirmed++;
      t.pupilsConfirmed += b.pupils ?? 0;
    } else if (b.state === WAITING) t.waitlisted++;
    else if (b.state === REFUSED) t.refused++;
    else if (b.state === CANCELLED) t.cancelled++;
  }
  return t;
}

/** The bookings of one structure's sessions (the document sent to it). */
export function classesOf(
  sessionIds: ReadonlySet<string>,
  bookings: readonly Booking[],
): Booking[] {
  return bookings.filter(
    b =>
      b.action === 'réserver' &&
      b.state === CONFIRMED &&
      sessionIds.has(b.sessionId),
  );
}
