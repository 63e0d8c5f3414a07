/**
 * What other capabilities read of the bookings (the weekly summary, the
 * per-structure documents, the bilan): figures and classes, never a
 * teacher's address — those stay in the "Réservations" tab.
 */
import {getJson} from '../gas/properties';
import type {BookedClass} from '../model/tracker';
import {BookingsRecord, RECORD_KEY} from './form';
import {CONFIRMED, type BookableSession, type Booking} from './model';
import {readProgramme, readTab, writeChanged} from './service';
import type {FormKeys} from '../gas/forms';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface BookingsSnapshot {
  sessions: BookableSession[];
  bookings: Booking[];
}

/** The Programme and the tab, or null when bookings were never opened. */
export function readBookings(
  ss: Spreadsheet,
  lang: 'fr' | 'en',
): BookingsSnapshot | null {
  const record = getJson<BookingsRecord>(RECORD_KEY);
  if (!record) return null;
  try {
    return {
      sessions: readProgramme(ss, record.timeZone, lang),
      bookings: readTab(ss, record).bookings,
    };
  } catch {
    return null;
  }
}

/** The confirmed classes, without their teacher (pure). */
export function bookedClasses(bookings: readonly Booking[]): BookedClass[] {
  return bookings
    .filter(b => b.action === 'réserver' && b.state === CONFIRMED)
    .map(b => ({
      sessionId: b.sessionId,
      school: b.school,
      commune: b.commune,
      level: b.level,
      pupils: b.pupils ?? 0,
      access: b.access,
    }));
}

/**
 * Retention (the purge of personal data): the teacher's address and the
 * accessibility needs of a request received before `cutoff` are erased;
 * the row stays, for the figures. Returns the bookings changed (pure).
 */
export function planBookingPurge(
  bookings: readonly Booking[],
  cutoff: Date,
): Booking[] {
  const out: Booking[] = [];
  for (const b of bookings) {
    if (!b.receivedAt || b.receivedAt.getTime() >= cutoff.getTime()) continue;
    if (b.email === '' && b.access === '') continue;
    b.email = '';
    b.access = '';
    out.push(b);
  }
  return out;
}

/** Erases the old addresses of the "Réservations" tab (caller holds the lock). */
export function purgeBookings(ss: Spreadsheet, cutoff: Date): number {
  const record = getJson<BookingsRecord>(RECORD_KEY);
  if (!record) return 0;
  const state = readTab(ss, record);
  const changed = planBookingPurge(state.bookings, cutoff);
  writeChanged(ss, record, state, changed);
  return changed.length;
}

/** The booking form's addresses (its response sheet is not a questionnaire's). */
export function bookingFormKeys(): FormKeys | null {
  const record = getJson<BookingsRecord>(RECORD_KEY);
  return record
    ? {
        id: record.formId,
        editUrl: record.editUrl,
        publishedUrl: record.publishedUrl,
      }
    : null;
}

/**
 * Classes and pupils booked (confirmed) against the pupils reported present
 * (the Programme's "Présents") for the sessions booked (pure).
 */
export function bookedAgainstPresent(snapshot: BookingsSnapshot): {
  classes: number;
  pupils: number;
  present: number | null;
} {
  const classes = bookedClasses(snapshot.bookings);
  const ids = new Set(classes.map(c => c.sessionId));
  let present: number | null = null;
  for (const s of snapshot.sessions) {
    if (!ids.has(s.id) || s.attended === null) continue;
    present = (present ?? 0) + s.attended;
  }
  return {
    classes: classes.length,
    pupils: classes.reduce((n, c) => n + c.pupils, 0),
    present,
  };
}
