/**
 * School bookings (issue 19): what a booking is, and the states it goes
 * through. Pure: no Apps Script global.
 *
 * States are stored in French whatever the interface language, like the
 * tracker's closed lists: they are data the add-on compares, not words of
 * the interface.
 */

export const CONFIRMED = 'confirmée';
export const WAITING = "liste d'attente";
export const REFUSED = 'refusée';
export const CANCELLED = 'annulée';

export type BookingState =
  typeof CONFIRMED | typeof WAITING | typeof REFUSED | typeof CANCELLED;

export const BOOKING_STATES: readonly BookingState[] = [
  CONFIRMED,
  WAITING,
  REFUSED,
  CANCELLED,
];

/** What the teacher must be told (the notice waiting to go, then sent). */
export type NoticeKind =
  | 'confirmation'
  | 'attente'
  | 'refus'
  | 'promotion'
  | 'annulation'
  | 'annulation-refusée';

export const NOTICE_KINDS: readonly NoticeKind[] = [
  'confirmation',
  'attente',
  'refus',
  'promotion',
  'annulation',
  'annulation-refusée',
];

/** Who may book at most: pupils of one class. */
export const MIN_PUPILS = 1;
export const MAX_PUPILS = 40;

/** One row of the "Réservations" tab. */
export interface Booking {
  /** Order of arrival (1, 2, …): first come, first served. */
  seq: number;
  /** 'réserver', or 'annuler' for a cancellation that could not be done. */
  action: 'réserver' | 'annuler';
  code: string;
  receivedAt: Date | null;
  sessionId: string;
  /** The session as the teacher chose it in the form. */
  sessionLabel: string;
  school: string;
  commune: string;
  level: string;
  /** Pupils as a number when valid, else null (pupilsText keeps what was sent). */
  pupils: number | null;
  pupilsText: string;
  access: string;
  email: string;
  state: BookingState;
  /** Why a request was refused (French). */
  reason: string;
  /** When a waiting booking was confirmed after a cancellation. */
  promotedAt: Date | null;
  cancelledAt: Date | null;
  /** The notice waiting to be sent ('' when none). */
  pending: NoticeKind | '';
  /** The last notice sent, and when. */
  lastNotice: string;
  /** 1-based row in the tab; 0 for a booking not written yet. */
  row: number;
}

/** What the allocation needs to know of a Programme session. */
export interface BookableSession {
  id: string;
  title: string;
  /** The session's "Jauge" in pupils (null: none given). */
  capacity: number | null;
  cancelled: boolean;
  forSchools: boolean;
  /** Label in the form and the e-mails. */
  label: string;
  structure: string;
  date: Date | null;
  /** Pupils reported present (the Programme's "Présents"), when given. */
  attended: number | null;
}

/** A booking request as the form (or the preview's CSV) brings it. */
export interface BookingRequest {
  receivedAt: Date;
  sessionId: string;
  sessionLabel: string;
  school: string;
  commune: string;
  level: string;
  pupilsText: string;
  access: string;
  email: string;
}

/** A cancellation: by code (the link in the e-mail) or by e-mail and session. */
export interface CancelRequest {
  receivedAt: Date;
  email: string;
  code?: string;
  sessionId?: string;
}

/** The e-mail address as compared: trimmed, lower case. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether a booking holds (confirmed) or may hold (waiting) places. */
export function isActive(b: Booking): boolean {
  return b.state === CONFIRMED || b.state === WAITING;
}
