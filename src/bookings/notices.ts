/**
 * The e-mails to teachers: one per notice, in French (or the settings'
 * language), plain text. Pure: the adapter sends what this composes.
 */
import {t} from '../i18n';
import {Booking, emailKey, NoticeKind, WAITING} from './model';

export interface Notice {
  to: string;
  subject: string;
  body: string;
  kind: NoticeKind;
  code: string;
}

export interface NoticeContext {
  organisation: string;
  retentionMonths: number;
  /** The form's address (a refused request may try again). */
  formUrl: string;
  /** The cancellation link of a booking (prefilled form). */
  cancelLink: (b: Booking) => string;
}

/** Position of a waiting booking in its session's list (1 = next). */
export function waitingRank(b: Booking, all: readonly Booking[]): number {
  let rank = 0;
  for (const x of all) {
    if (x.sessionId === b.sessionId && x.state === WAITING && x.seq <= b.seq)
      rank++;
  }
  return rank;
}

/** The notice `kind` of booking `b` (null when there is no address to write to). */
export function composeNotice(
  b: Booking,
  kind: NoticeKind,
  all: readonly Booking[],
  ctx: NoticeContext,
): Notice | null {
  if (!/@/.test(b.email)) return null;
  const session = b.sessionLabel || b.sessionId;
  const params = {
    session,
    code: b.code,
    school: b.school,
    level: b.level || '—',
    pupils: b.pupils ?? b.pupilsText,
    reason: b.reason,
    rank: waitingRank(b, all),
  };
  const lines = [
    t('bookings.mail.hello'),
    '',
    t(`bookings.mail.body.${kind}`, params),
    '',
  ];
  if (session) lines.push(t('bookings.mail.session', params));
  const holds =
    kind === 'confirmation' || kind === 'attente' || kind === 'promotion';
  if (holds) {
    lines.push(t('bookings.mail.code', params), '');
    lines.push(t('bookings.mail.cancel', {link: ctx.cancelLink(b)}));
  } else if ((kind === 'refus' || kind === 'annulation') && ctx.formUrl) {
    lines.push('', t('bookings.mail.retry', {link: ctx.formUrl}));
  }
  lines.push(
    '',
    t('bookings.mail.privacy', {months: ctx.retentionMonths}),
    '',
    t('bookings.mail.signature', {org: ctx.organisation}),
  );
  return {
    to: b.email,
    subject: t(`bookings.mail.subject.${kind}`, params),
    body: lines.join('\n'),
    kind,
    code: b.code,
  };
}

/**
 * The notices to send now, in order: first those queued by earlier runs
 * (order of arrival), then this run's. A booking has at most one pending
 * notice — the latest: a class promoted before its waiting-list notice left
 * is told only that it is confirmed.
 */
export function pendingInOrder(all: readonly Booking[]): Booking[] {
  return all.filter(b => b.pending !== '').sort((a, b) => a.seq - b.seq);
}

/** Same address, any case: for tests and the preview's player. */
export function sameAddress(a: string, b: string): boolean {
  return emailKey(a) === emailKey(b);
}
