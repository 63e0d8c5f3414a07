/**
 * The "Places scolaires" tab: one row per school session (fill rate,
 * classes, pupils, waiting list), rewritten whole by the opening and by
 * "Mettre à jour les réservations" — never by a booking, which stays within
 * its constant count of calls (the "Réservations" tab itself is live).
 * It names schools, never teachers.
 */
import {t} from '../i18n';
import {withDocumentLock} from '../gas/lock';
import {ensureGridSize, writeRows} from '../gas/table';
import {shortDate} from '../shared/dates';
import {CONFIRMED, type BookableSession, type Booking} from './model';
import {offered} from './sessions';
import {sessionFigures} from './stats';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADERS = [
  'bookings.roster.col.session',
  'bookings.roster.col.title',
  'bookings.roster.col.date',
  'bookings.roster.col.structure',
  'bookings.roster.col.capacity',
  'bookings.roster.col.pupils',
  'bookings.roster.col.fill',
  'bookings.roster.col.classes',
  'bookings.roster.col.waiting',
  'bookings.roster.col.list',
] as const;

/** The roster's rows (pure). */
export function rosterRows(
  sessions: readonly BookableSession[],
  bookings: readonly Booking[],
  day: (d: Date) => string,
): unknown[][] {
  const offer = offered(sessions);
  const figures = sessionFigures(offer, bookings);
  return offer.map((s, i) => {
    const f = figures[i];
    const classes = bookings
      .filter(
        b =>
          b.sessionId === s.id &&
          b.state === CONFIRMED &&
          b.action === 'réserver',
      )
      .map(b => `${b.school} (${b.level || '—'}, ${b.pupils ?? 0})`)
      .join(' ; ');
    return [
      s.id,
      s.title,
      s.date ? day(s.date) : '',
      s.structure,
      f.capacity,
      f.pupilsConfirmed,
      f.capacity > 0
        ? Math.round((f.pupilsConfirmed / f.capacity) * 100) / 100
        : 0,
      f.confirmed,
      f.waitlisted,
      classes,
    ];
  });
}

/** Rewrites the roster tab (made when missing) under the lock. */
export function writeRoster(
  ss: Spreadsheet,
  sessions: readonly BookableSession[],
  bookings: readonly Booking[],
  timeZone: string,
): void {
  const rows = rosterRows(sessions, bookings, d => shortDate(d, timeZone));
  withDocumentLock(() => {
    const name = t('bookings.roster.tab');
    const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
    sheet.clearContents();
    // Session codes stay text ("007"); formats first, then the values.
    ensureGridSize(sheet, rows.length + 1, HEADERS.length);
    sheet.getRange('A:A').setNumberFormat('@');
    sheet.getRange('G:G').setNumberFormat('0%');
    // Column A (session ids) is plain text: written as is, no apostrophe.
    writeRows(sheet, 1, [HEADERS.map(h => t(h)), ...rows], 1, c => c === 1);
    sheet.setFrozenRows(1);
  });
}
