/**
 * The "Réservations" tab: its columns, a booking as a row and back. Columns
 * are found by header (French or English), so staff may move them. Pure.
 */
import type {MessageKey} from '../i18n';
import {
  Booking,
  BOOKING_STATES,
  BookingState,
  NOTICE_KINDS,
  NoticeKind,
  REFUSED,
} from './model';
import {parsePupils} from './allocate';

export type ColumnId = keyof Pick<
  Booking,
  | 'seq'
  | 'code'
  | 'receivedAt'
  | 'action'
  | 'state'
  | 'sessionId'
  | 'sessionLabel'
  | 'school'
  | 'commune'
  | 'level'
  | 'pupils'
  | 'access'
  | 'email'
  | 'reason'
  | 'promotedAt'
  | 'cancelledAt'
  | 'pending'
  | 'lastNotice'
>;

export const COLUMNS: readonly {
  id: ColumnId;
  header: MessageKey;
  width: number;
}[] = [
  {id: 'seq', header: 'bookings.col.seq', width: 50},
  {id: 'code', header: 'bookings.col.code', width: 110},
  {id: 'receivedAt', header: 'bookings.col.receivedAt', width: 130},
  {id: 'action', header: 'bookings.col.action', width: 80},
  {id: 'state', header: 'bookings.col.state', width: 110},
  {id: 'sessionId', header: 'bookings.col.sessionId', width: 90},
  {id: 'sessionLabel', header: 'bookings.col.sessionLabel', width: 280},
  {id: 'school', header: 'bookings.col.school', width: 200},
  {id: 'commune', header: 'bookings.col.commune', width: 140},
  {id: 'level', header: 'bookings.col.level', width: 90},
  {id: 'pupils', header: 'bookings.col.pupils', width: 60},
  {id: 'access', header: 'bookings.col.access', width: 180},
  {id: 'email', header: 'bookings.col.email', width: 220},
  {id: 'reason', header: 'bookings.col.reason', width: 280},
  {id: 'promotedAt', header: 'bookings.col.promotedAt', width: 130},
  {id: 'cancelledAt', header: 'bookings.col.cancelledAt', width: 130},
  {id: 'pending', header: 'bookings.col.pending', width: 110},
  {id: 'lastNotice', header: 'bookings.col.lastNotice', width: 200},
];

/** Values of the closed lists, for the tab's dropdowns. */
export const STATE_VALUES: readonly string[] = BOOKING_STATES;
export const NOTICE_VALUES: readonly string[] = NOTICE_KINDS;

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v).trim();
}

function date(v: unknown): Date | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

function state(v: unknown): BookingState {
  const s = text(v).toLowerCase();
  const found = BOOKING_STATES.find(x => x === s);
  if (found) return found;
  // "annulé", "Annulée", "confirmé"… typed by hand.
  if (s.startsWith('annul')) return 'annulée';
  if (s.startsWith('confirm')) return 'confirmée';
  if (s.includes('attente')) return "liste d'attente";
  return REFUSED;
}

function notice(v: unknown): NoticeKind | '' {
  const s = text(v).toLowerCase();
  return NOTICE_KINDS.find(k => k === s) ?? '';
}

/**
 * The bookings of the tab. `index` maps each column id to its position in
 * the row (-1 when absent); blank rows are skipped; `firstRow` is the sheet
 * row of rows[0].
 */
export function parseBookings(
  rows: readonly (readonly unknown[])[],
  index: ReadonlyMap<ColumnId, number>,
  firstRow: number,
): Booking[] {
  const out: Booking[] = [];
  rows.forEach((r, i) => {
    const cell = (id: ColumnId): unknown => {
      const at = index.get(id) ?? -1;
      return at < 0 ? '' : r[at];
    };
    const seq = Number(cell('seq'));
    if (!Number.isFinite(seq) || seq <= 0) return;
    const pupilsText = text(cell('pupils'));
    out.push({
      seq,
      action: text(cell('action')).startsWith('annul') ? 'annuler' : 'réserver',
      code: text(cell('code')).toUpperCase(),
      receivedAt: date(cell('receivedAt')),
      sessionId: text(cell('sessionId')),
      sessionLabel: text(cell('sessionLabel')),
      school: text(cell('school')),
      commune: text(cell('commune')),
      level: text(cell('level')),
      pupils: parsePupils(pupilsText),
      pupilsText,
      access: text(cell('access')),
      email: text(cell('email')),
      state: state(cell('state')),
      reason: text(cell('reason')),
      promotedAt: date(cell('promotedAt')),
      cancelledAt: date(cell('cancelledAt')),
      pending: notice(cell('pending')),
      lastNotice: text(cell('lastNotice')),
      row: firstRow + i,
    });
  });
  return out;
}

/** A booking as the cells of a row, in COLUMNS order (typed values). */
export function bookingRow(b: Booking): unknown[] {
  return COLUMNS.map(c => {
    switch (c.id) {
      case 'pupils':
        return b.pupils ?? b.pupilsText;
      case 'receivedAt':
      case 'promotedAt':
      case 'cancelledAt':
        return b[c.id] ?? '';
      default:
        return b[c.id];
    }
  });
}

/**
 * Columns holding text a person typed: formatted as plain text ("@") when
 * the tab is made, and written as is (a code "007" stays "007").
 */
export const TEXT_COLUMNS: ReadonlySet<string> = new Set([
  'code',
  'sessionId',
  'sessionLabel',
  'school',
  'commune',
  'level',
  'access',
  'email',
  'reason',
  'lastNotice',
]);

/** Whether the column at this 0-based index is a plain-text column. */
export function isTextColumn(index: number): boolean {
  const column = COLUMNS[index];
  return column !== undefined && TEXT_COLUMNS.has(column.id);
}
