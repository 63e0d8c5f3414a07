/**
 * The bookings' part of the weekly summary, and the list rule that keeps the
 * whole summary readable in a minute: a list stops at about ten items with
 * "et N autres". Only figures and session codes: no teacher. Pure.
 */
import {t} from '../i18n';
import {parisDay} from '../shared/dates';
import type {BookableSession, Booking} from './model';
import {offered} from './sessions';
import {sessionFigures, totals} from './stats';

/** Items shown before "et N autres" (the weekly view's rule). */
export const LIST_MAX = 10;

/** "a, b, c et 12 autres" (pure). */
export function capped(items: readonly string[], max = LIST_MAX): string {
  if (items.length <= max) return items.join(', ');
  return t('weekly.mail.andOthers', {
    list: items.slice(0, max).join(', '),
    n: items.length - max,
  });
}

/** The lines of the bookings section ([] when nobody has booked anything). */
export function bookingsDigest(
  sessions: readonly BookableSession[],
  bookings: readonly Booking[],
  now: Date,
): string[] {
  const offer = offered(sessions);
  if (offer.length === 0) return [];
  const tot = totals(bookings);
  const figures = sessionFigures(offer, bookings);
  const capacity = figures.reduce((n, f) => n + f.capacity, 0);
  const pupils = figures.reduce((n, f) => n + f.pupilsConfirmed, 0);
  const waitingPending = bookings.filter(b => b.pending !== '').length;
  const lines = [
    t('bookings.summary.totals', {
      confirmed: tot.confirmed,
      pupils: tot.pupilsConfirmed,
      waiting: tot.waitlisted,
      refused: tot.refused,
      cancelled: tot.cancelled,
    }),
    t('bookings.summary.fill', {
      pupils,
      capacity,
      percent: capacity > 0 ? Math.round((pupils / capacity) * 100) : 0,
    }),
  ];
  const full = figures.filter(f => f.pupilsConfirmed >= f.capacity);
  if (full.length > 0) {
    lines.push(
      `${t('bookings.summary.full', {n: full.length})} : ${capped(full.map(f => f.id))}`,
    );
  }
  const waiting = figures.filter(f => f.waitlisted > 0);
  if (waiting.length > 0) {
    lines.push(
      `${t('bookings.summary.waiting', {n: waiting.length})} : ${capped(
        waiting.map(f => `${f.id} (${f.waitlisted})`),
      )}`,
    );
  }
  const today = parisDay(now);
  const soonEmpty = offer.filter((s, i) => {
    if (!s.date || figures[i].confirmed > 0) return false;
    const day = parisDay(s.date);
    return day >= today && day < today + 7;
  });
  if (soonEmpty.length > 0) {
    lines.push(
      `${t('bookings.summary.empty', {n: soonEmpty.length})} : ${capped(soonEmpty.map(s => s.id))}`,
    );
  }
  if (waitingPending > 0) {
    lines.push(t('bookings.summary.queued', {n: waitingPending}));
  }
  lines.push(t('bookings.summary.seeTab', {tab: t('bookings.tab')}));
  return lines;
}
