/**
 * First come, first served (issue 19). The ledger holds every booking in its
 * order of arrival; a request takes the places left when they are enough and
 * otherwise waits; a cancellation frees places, and the waiting bookings that
 * now fit are confirmed in their order of arrival. Pure: the caller reads
 * the tab and the Programme, asks, then writes the rows that changed.
 */
import {
  BookableSession,
  Booking,
  BookingRequest,
  CancelRequest,
  CANCELLED,
  CONFIRMED,
  emailKey,
  isActive,
  MAX_PUPILS,
  MIN_PUPILS,
  NoticeKind,
  REFUSED,
  WAITING,
} from './model';
import {bookingCode} from './codes';
import {t} from '../i18n';

/** Why a request is refused (catalogue keys 'bookings.reason.*'). */
export type RefusalReason =
  | 'unknownSession'
  | 'cancelledSession'
  | 'notForSchools'
  | 'noCapacity'
  | 'badPupils'
  | 'tooManyPupils'
  | 'duplicate'
  | 'missing'
  | 'badEmail'
  | 'unknownBooking'
  | 'notActive';

export interface Refusal {
  reason: RefusalReason;
  params: Record<string, string | number>;
}

/** The figures of one session (pure). */
export interface SessionFill {
  id: string;
  capacity: number;
  pupilsConfirmed: number;
  confirmed: number;
  waitlisted: number;
  pupilsWaiting: number;
  /** Places left (never below 0). */
  left: number;
  /** Full: no place left, or classes waiting (the form says so). */
  full: boolean;
}

/** Where the bookings are: every row of the tab, in order of arrival. */
export class Ledger {
  readonly bookings: Booking[];
  private readonly sessions: Map<string, BookableSession>;

  constructor(
    bookings: readonly Booking[],
    sessions: readonly BookableSession[],
  ) {
    this.bookings = [...bookings].sort((a, b) => a.seq - b.seq);
    this.sessions = new Map(sessions.map(s => [s.id, s]));
  }

  session(id: string): BookableSession | undefined {
    return this.sessions.get(id);
  }

  nextSeq(): number {
    let max = 0;
    for (const b of this.bookings) if (b.seq > max) max = b.seq;
    return max + 1;
  }

  fill(id: string): SessionFill {
    const capacity = this.sessions.get(id)?.capacity ?? 0;
    let pupilsConfirmed = 0;
    let confirmed = 0;
    let waitlisted = 0;
    let pupilsWaiting = 0;
    for (const b of this.bookings) {
      if (b.sessionId !== id) continue;
      if (b.state === CONFIRMED) {
        confirmed++;
        pupilsConfirmed += b.pupils ?? 0;
      } else if (b.state === WAITING) {
        waitlisted++;
        pupilsWaiting += b.pupils ?? 0;
      }
    }
    const left = Math.max(0, capacity - pupilsConfirmed);
    return {
      id,
      capacity,
      pupilsConfirmed,
      confirmed,
      waitlisted,
      pupilsWaiting,
      left,
      full: left === 0 || waitlisted > 0,
    };
  }
}

/** Pupils as a whole number, or null (pure). */
export function parsePupils(text: string): number | null {
  const s = text.trim();
  if (!/^\d{1,4}$/.test(s)) return null;
  return Number(s);
}

/** "a, b et c" (pure). */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${t('bookings.and')}${items[items.length - 1]}`;
}

const EMAIL = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[a-z]{2,}$/i;

/** The reason a request is refused, or null when it can be placed (pure). */
export function refusalOf(ledger: Ledger, req: BookingRequest): Refusal | null {
  const missing = (
    [
      ['bookings.field.session', req.sessionId],
      ['bookings.field.school', req.school],
      ['bookings.field.pupils', req.pupilsText],
    ] as const
  ).filter(([, v]) => v.trim() === '');
  if (!EMAIL.test(req.email.trim()))
    return {reason: 'badEmail', params: {value: req.email}};
  if (missing.length > 0)
    return {
      reason: 'missing',
      params: {fields: joinList(missing.map(m => t(m[0])))},
    };
  const session = ledger.session(req.sessionId);
  if (!session) return {reason: 'unknownSession', params: {id: req.sessionId}};
  if (session.cancelled)
    return {reason: 'cancelledSession', params: {id: session.id}};
  if (!session.forSchools)
    return {reason: 'notForSchools', params: {id: session.id}};
  if (!session.capacity || session.capacity <= 0)
    return {reason: 'noCapacity', params: {id: session.id}};
  const pupils = parsePupils(req.pupilsText);
  if (pupils === null || pupils < MIN_PUPILS || pupils > MAX_PUPILS) {
    return {
      reason: 'badPupils',
      params: {value: req.pupilsText, min: MIN_PUPILS, max: MAX_PUPILS},
    };
  }
  if (pupils > session.capacity) {
    return {
      reason: 'tooManyPupils',
      params: {pupils, capacity: session.capacity},
    };
  }
  const who = emailKey(req.email);
  const twice = ledger.bookings.find(
    b => b.sessionId === session.id && isActive(b) && emailKey(b.email) === who,
  );
  if (twice) return {reason: 'duplicate', params: {code: twice.code}};
  return null;
}

/** What a request or a cancellation did. */
export interface Outcome {
  /** The booking made or concerned (null: a cancellation naming none). */
  booking: Booking | null;
  /** Every booking whose row must be written (new ones have row 0). */
  changed: Booking[];
  /** Bookings confirmed from the waiting list by this cancellation. */
  promoted: Booking[];
  refusal: Refusal | null;
  /** The session whose state (open / full) this changed, if any. */
  stateChanged: string | null;
}

function notify(b: Booking, kind: NoticeKind): void {
  b.pending = kind;
}

/**
 * Places one request (first come, first served) and returns what changed.
 * `salt` makes the booking codes unguessable (see codes.ts); `describe`
 * turns a refusal into the French sentence stored in the tab.
 */
export function placeRequest(
  ledger: Ledger,
  req: BookingRequest,
  salt: string,
  describe: (r: Refusal) => string,
): Outcome {
  const refusal = refusalOf(ledger, req);
  const seq = ledger.nextSeq();
  const taken = new Set(ledger.bookings.map(b => b.code));
  const session = ledger.session(req.sessionId);
  const before = session ? ledger.fill(session.id).full : null;
  const booking: Booking = {
    seq,
    action: 'réserver',
    code: bookingCode(salt, seq, req, taken),
    receivedAt: req.receivedAt,
    sessionId: req.sessionId,
    sessionLabel: session?.label ?? req.sessionLabel,
    school: req.school.trim(),
    commune: req.commune.trim(),
    level: req.level.trim(),
    pupils: parsePupils(req.pupilsText),
    pupilsText: req.pupilsText.trim(),
    access: req.access.trim(),
    email: req.email.trim(),
    state: REFUSED,
    reason: '',
    promotedAt: null,
    cancelledAt: null,
    pending: '',
    lastNotice: '',
    row: 0,
  };
  if (refusal) {
    booking.reason = describe(refusal);
    notify(booking, 'refus');
  } else {
    const fill = ledger.fill(req.sessionId);
    booking.state = (booking.pupils ?? 0) <= fill.left ? CONFIRMED : WAITING;
    notify(booking, booking.state === CONFIRMED ? 'confirmation' : 'attente');
  }
  ledger.bookings.push(booking);
  const after = session ? ledger.fill(session.id).full : null;
  return {
    booking,
    changed: [booking],
    promoted: [],
    refusal,
    stateChanged: session && !refusal && before !== after ? session.id : null,
  };
}

/**
 * Confirms, in order of arrival, the waiting bookings of `sessionId` that now
 * fit in the places left; returns them.
 */
export function promote(
  ledger: Ledger,
  sessionId: string,
  at: Date,
): Booking[] {
  const out: Booking[] = [];
  let left = ledger.fill(sessionId).left;
  for (const b of ledger.bookings) {
    if (b.sessionId !== sessionId || b.state !== WAITING) continue;
    const pupils = b.pupils ?? 0;
    if (pupils <= left) {
      b.state = CONFIRMED;
      b.promotedAt = at;
      notify(b, 'promotion');
      left -= pupils;
      out.push(b);
    }
  }
  return out;
}

/**
 * Cancels the booking named by its code (with the e-mail it was made with)
 * or by its e-mail and session; frees its places and promotes. A request
 * naming no active booking is recorded as a refused cancellation.
 */
export function cancelRequest(
  ledger: Ledger,
  req: CancelRequest,
  describe: (r: Refusal) => string,
): Outcome {
  const who = emailKey(req.email);
  const code = (req.code ?? '').trim().toUpperCase();
  const target = ledger.bookings.find(b =>
    code
      ? b.code === code && emailKey(b.email) === who
      : b.sessionId === req.sessionId && emailKey(b.email) === who,
  );
  const usable = target && target.action === 'réserver' && isActive(target);
  if (!target || !usable) {
    const seq = ledger.nextSeq();
    const refusal: Refusal = target
      ? {reason: 'notActive', params: {code: target.code, state: target.state}}
      : {
          reason: 'unknownBooking',
          params: {code: code || (req.sessionId ?? '')},
        };
    const row: Booking = {
      seq,
      action: 'annuler',
      code: code,
      receivedAt: req.receivedAt,
      sessionId: req.sessionId ?? target?.sessionId ?? '',
      sessionLabel: target?.sessionLabel ?? '',
      school: '',
      commune: '',
      level: '',
      pupils: null,
      pupilsText: '',
      access: '',
      email: req.email.trim(),
      state: REFUSED,
      reason: describe(refusal),
      promotedAt: null,
      cancelledAt: null,
      pending: 'annulation-refusée',
      lastNotice: '',
      row: 0,
    };
    ledger.bookings.push(row);
    return {
      booking: row,
      changed: [row],
      promoted: [],
      refusal,
      stateChanged: null,
    };
  }
  const before = ledger.fill(target.sessionId).full;
  target.state = CANCELLED;
  target.cancelledAt = req.receivedAt;
  notify(target, 'annulation');
  const promoted = promote(ledger, target.sessionId, req.receivedAt);
  const after = ledger.fill(target.sessionId).full;
  return {
    booking: target,
    changed: [target, ...promoted],
    promoted,
    refusal: null,
    stateChanged: before !== after ? target.sessionId : null,
  };
}

/**
 * Staff cancelled a booking in the tab (its state set to "annulée" by hand):
 * the places are freed and the waiting list promoted, as for the teacher's
 * cancellation.
 */
export function staffCancelled(
  ledger: Ledger,
  booking: Booking,
  at: Date,
): Outcome {
  booking.cancelledAt ??= at;
  notify(booking, 'annulation');
  const promoted = promote(ledger, booking.sessionId, at);
  return {
    booking,
    changed: [booking, ...promoted],
    promoted,
    refusal: null,
    stateChanged: booking.sessionId,
  };
}
