/**
 * School bookings on Google (issue 19): one transaction per request, under
 * the document lock, with a constant number of service calls:
 *
 *   properties (2, read with the settings by the submit trigger), the active
 *   spreadsheet (1), the lock (2), the Programme (2: its named range), the
 *   "Réservations" tab (2: its columns A:R), the changed rows (2), flush (1)
 *   — then one e-mail per notice, and, when the session's state (open / full)
 *   changed, one update of the form's session choices (4).
 *
 * The lock is not released by hand: after the flush nothing is pending, and
 * Google releases a lock when the script ends
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock():
 * "The lock is automatically released when the script terminates… call
 * SpreadsheetApp.flush() prior to releasing the lock"). The e-mails leave
 * while it is held, so that a notice queued for lack of quota is written
 * back before another run reads the tab.
 */
import {t} from '../i18n';
import {AddonError} from '../gas/errors';
import {LOCK_WAIT_MS} from '../gas/lock';
import {installTrigger, uninstallTrigger} from '../gas/triggers';
import {toCells} from '../gas/sanitize';
import {findColumn} from '../gas/table';
import {allLanguages} from '../i18n';
import {parseSessions} from '../tracker/read';
import {locateTabs} from '../tracker/tabs';
import {readTable} from '../gas/table';
import type {Settings} from '../settings/types';
import {
  cancelRequest,
  Ledger,
  Outcome,
  placeRequest,
  Refusal,
  staffCancelled,
} from './allocate';
import {normalizeCode} from './codes';
import {BookingsRecord, cancelLink, updateChoices} from './form';
import {choiceLabels, sessionIdOf} from './labels';
import {
  BookableSession,
  Booking,
  BookingRequest,
  CANCELLED,
  CancelRequest,
  NoticeKind,
} from './model';
import {composeNotice, Notice, pendingInOrder} from './notices';
import {
  bookingRow,
  ColumnId,
  COLUMNS,
  isTextColumn,
  parseBookings,
} from './rows';
import {bookableSessions, dayWithoutYear, offered} from './sessions';
import {shortDate} from '../shared/dates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Last column of the tab (A:R, one per COLUMNS entry). */
export const LAST_COLUMN = String.fromCharCode(64 + COLUMNS.length);

/** Named range of the Programme (src/tracker/schema.ts). */
const PROGRAMME_RANGE = 'Suivi_Programme';

/** Sheet-name quoting of A1 notation. */
export function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The French sentence of a refusal. */
export function describeRefusal(r: Refusal): string {
  return t(`bookings.reason.${r.reason}`, r.params);
}

/** Every session of the Programme (two calls when its named range exists). */
export function readProgramme(
  ss: Spreadsheet,
  timeZone: string,
  lang: 'fr' | 'en',
): BookableSession[] {
  let headers: string[] = [];
  let rows: unknown[][] = [];
  const named = ss.getRangeByName(PROGRAMME_RANGE);
  if (named) {
    const values = named.getValues();
    headers = (values[0] ?? []).map(h => String(h).trim());
    rows = values.slice(1);
  } else {
    const tab = locateTabs(ss).get('programme');
    if (tab) {
      const table = readTable(tab.sheet);
      headers = table.headers;
      rows = table.rows;
    }
  }
  return bookableSessions(
    parseSessions({headers, rows}),
    dayWithoutYear(timeZone, lang),
  );
}

/** The tab as read: its bookings, column positions and grid height. */
export interface TabState {
  bookings: Booking[];
  index: Map<ColumnId, number>;
  /** Rows of the grid (the whole columns were read). */
  gridRows: number;
  /** Last row holding data (1 = the header only). */
  lastRow: number;
  /** The cells as read, to rewrite unchanged rows between changed ones. */
  values: unknown[][];
}

export function parseTab(values: unknown[][]): TabState {
  const headers = (values[0] ?? []).map(h => String(h).trim());
  const index = new Map<ColumnId, number>();
  for (const c of COLUMNS)
    index.set(c.id, findColumn(headers, allLanguages(c.header)));
  let lastRow = 1;
  for (let i = values.length - 1; i >= 1; i--) {
    if (values[i].some(v => v !== '' && v !== null)) {
      lastRow = i + 1;
      break;
    }
  }
  return {
    bookings: parseBookings(values.slice(1, lastRow), index, 2),
    index,
    gridRows: values.length,
    lastRow,
    values,
  };
}

/** Reads the tab's columns A:R in two calls (throws a French message when gone). */
export function readTab(ss: Spreadsheet, record: BookingsRecord): TabState {
  let values: unknown[][];
  try {
    values = ss.getRange(`${quoted(record.tab)}!A:${LAST_COLUMN}`).getValues();
  } catch {
    throw new AddonError('bookings.error.notOpen');
  }
  return parseTab(values);
}

/** A row of the tab for `b`, in the tab's own column order. */
function rowFor(b: Booking, state: TabState): unknown[] {
  const width = Math.max(
    COLUMNS.length,
    ...[...state.index.values()].map(i => i + 1),
  );
  const existing = b.row > 0 ? state.values[b.row - 1] : undefined;
  const out: unknown[] = existing ? [...existing] : new Array(width).fill('');
  while (out.length < width) out.push('');
  const cells = bookingRow(b);
  COLUMNS.forEach((c, i) => {
    const at = state.index.get(c.id) ?? -1;
    if (at >= 0) out[at] = cells[i];
  });
  return out.slice(0, COLUMNS.length);
}

/**
 * Writes the rows of `changed` (new ones get the next rows): one setValues
 * per run of nearby rows — one in all for a single booking.
 */
export function writeChanged(
  ss: Spreadsheet,
  record: BookingsRecord,
  state: TabState,
  changed: Booking[],
): void {
  let next = state.lastRow;
  for (const b of changed) {
    if (b.row === 0) {
      next++;
      b.row = next;
    }
  }
  const rows = [...new Set(changed.map(b => b.row))].sort((a, b) => a - b);
  if (rows.length === 0) return;
  if (next > state.gridRows) {
    const sheet = ss.getSheetByName(record.tab);
    if (!sheet) throw new AddonError('bookings.error.notOpen');
    sheet.insertRowsAfter(state.gridRows, Math.max(500, next - state.gridRows));
    state.gridRows = Math.max(state.gridRows + 500, next);
  }
  const byRow = new Map(changed.map(b => [b.row, b]));
  // Runs of rows no more than 20 apart are written together.
  const runs: number[][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && r - last[last.length - 1] <= 20) last.push(r);
    else runs.push([r]);
  }
  for (const run of runs) {
    const first = run[0];
    const lastR = run[run.length - 1];
    const block: unknown[][] = [];
    for (let r = first; r <= lastR; r++) {
      const b = byRow.get(r);
      if (b) block.push(rowFor(b, state));
      else {
        const kept = [...(state.values[r - 1] ?? [])].slice(0, COLUMNS.length);
        while (kept.length < COLUMNS.length) kept.push('');
        block.push(kept);
      }
    }
    ss.getRange(
      `${quoted(record.tab)}!A${first}:${LAST_COLUMN}${lastR}`,
    ).setValues(toCells(block, isTextColumn));
    for (let r = first; r <= lastR; r++) {
      state.values[r - 1] = block[r - first];
    }
  }
  if (next > state.lastRow) state.lastRow = next;
}

/** What the notices need besides the bookings. */
export interface MailContext {
  settings: Settings;
  record: BookingsRecord;
}

/** Google's refusal past the daily e-mail quota. */
const QUOTA = /too many times for one day: email|quota/i;

export interface TransactionResult {
  outcomes: Outcome[];
  sent: number;
  queued: number;
  formUpdated: boolean;
}

/**
 * One transaction on the bookings, under the lock: read the Programme and
 * the tab, let `work` change the ledger, write the changed rows, update the
 * form when a session's state changed, send the notices (queued ones first).
 */
export function transact(
  ss: Spreadsheet,
  record: BookingsRecord,
  settings: Settings,
  work: (ledger: Ledger, sessions: BookableSession[]) => Outcome[],
  opts: {checkQuota?: boolean; refreshForm?: boolean} = {},
): TransactionResult {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new AddonError('error.lockBusy');
  const sessions = readProgramme(ss, record.timeZone, settings.language);
  const state = readTab(ss, record);
  const queuedBefore = state.bookings.some(b => b.pending !== '');
  const ledger = new Ledger(state.bookings, sessions);
  const outcomes = work(ledger, sessions);
  const changed = new Set<Booking>();
  for (const o of outcomes) for (const b of o.changed) changed.add(b);
  // Notices: the queue first (order of arrival), within the day's quota.
  const pending = pendingInOrder(ledger.bookings);
  const room =
    queuedBefore || opts.checkQuota
      ? MailApp.getRemainingDailyQuota()
      : Number.POSITIVE_INFINITY;
  const now = new Date();
  const stamp = shortDate(now, record.timeZone);
  const ctx = {
    organisation: settings.organisation,
    retentionMonths: settings.retentionMonths,
    formUrl: record.publishedUrl,
    cancelLink: (b: Booking) =>
      cancelLink(record.cancelTemplate, b.email, b.code),
  };
  const outgoing: {b: Booking; kind: NoticeKind; notice: Notice | null}[] = [];
  for (const b of pending) {
    if (outgoing.length >= room) break;
    const kind = b.pending as NoticeKind;
    outgoing.push({
      b,
      kind,
      notice: composeNotice(b, kind, ledger.bookings, ctx),
    });
    // Marked sent before the write: a run cut after the write never sends twice.
    b.pending = '';
    b.lastNotice = t('bookings.notice.sent', {kind, date: stamp});
    changed.add(b);
  }
  writeChanged(ss, record, state, [...changed]);
  SpreadsheetApp.flush();
  // At most one form update: the sessions whose state changed (one per request).
  const touched = new Set(
    outcomes.map(o => o.stateChanged).filter((x): x is string => x !== null),
  );
  let formUpdated = false;
  if (touched.size > 0 || opts.refreshForm) {
    const offer = offered(sessions);
    const labels = choiceLabels(
      offer,
      id => ledger.fill(id).full,
      record.fullMode,
      t('bookings.form.fullMark'),
    );
    updateChoices(
      record,
      labels.length > 0 ? labels : [t('bookings.form.noneLeft')],
    );
    formUpdated = true;
  }
  let sent = 0;
  const requeue: Booking[] = [];
  for (let i = 0; i < outgoing.length; i++) {
    const {notice} = outgoing[i];
    if (!notice) {
      sent++;
      continue;
    }
    try {
      MailApp.sendEmail(notice.to, notice.subject, notice.body, {
        name: settings.organisation,
      });
      sent++;
    } catch (e) {
      const message = String((e as {message?: unknown})?.message ?? e);
      if (!QUOTA.test(message)) throw e;
      // Quota reached: this notice and every later one wait for the next run.
      for (const o of outgoing.slice(i)) {
        o.b.pending = o.kind;
        o.b.lastNotice = '';
        requeue.push(o.b);
      }
      break;
    }
  }
  if (requeue.length > 0) {
    writeChanged(ss, record, state, requeue);
    SpreadsheetApp.flush();
  }
  const queued = ledger.bookings.filter(b => b.pending !== '').length;
  // The queue's own trigger: armed while notices wait, gone once none does.
  if (queued > 0) armNoticeTrigger();
  else if (queuedBefore) uninstallTrigger(NOTICES_TRIGGER_KEY, NOTICES_HANDLER);
  return {outcomes, sent, queued, formUpdated};
}

/** Document property of the one-off trigger that sends queued notices. */
export const NOTICES_TRIGGER_KEY = 'tds.bookings.noticesTrigger';
export const NOTICES_HANDLER = 'sendBookingNotices';
/** How long queued notices wait before the next try (the quota is daily). */
const RETRY_MS = 60 * 60 * 1000;

/**
 * One one-off trigger an hour later (made again at each try: a one-off
 * trigger fires once). Called under the lock.
 */
function armNoticeTrigger(): void {
  installTrigger(
    NOTICES_TRIGGER_KEY,
    NOTICES_HANDLER,
    () =>
      ScriptApp.newTrigger(NOTICES_HANDLER)
        .timeBased()
        .after(RETRY_MS)
        .create(),
    {armedAt: new Date().toISOString()},
  );
}

/** The request a form response carries (namedValues by question title). */
export type Submission =
  {kind: 'book'; req: BookingRequest} | {kind: 'cancel'; req: CancelRequest};

export function parseSubmission(
  named: Record<string, string[] | undefined>,
  record: BookingsRecord,
  at: Date,
): Submission {
  const v = (title: string) => (named[title]?.[0] ?? '').trim();
  const titles = record.titles;
  if (v(titles.action) === titles.cancel) {
    return {
      kind: 'cancel',
      req: {
        receivedAt: at,
        email: v(titles.email),
        code: normalizeCode(v(titles.code)),
      },
    };
  }
  const answer = v(titles.session);
  return {
    kind: 'book',
    req: {
      receivedAt: at,
      sessionId: sessionIdOf(answer),
      sessionLabel: answer,
      school: v(titles.school),
      commune: v(titles.commune),
      level: v(titles.level),
      pupilsText: v(titles.pupils),
      access: v(titles.access),
      email: v(titles.email),
    },
  };
}

/** Whether a form response is one of the booking form's (its questions). */
export function isBookingResponse(
  named: Record<string, unknown> | undefined,
  record: BookingsRecord | null,
): boolean {
  if (!named || !record) return false;
  const t0 = record.titles;
  return t0.action in named && t0.code in named && t0.session in named;
}

/** Plays one submission. */
export function playSubmission(
  ss: Spreadsheet,
  record: BookingsRecord,
  settings: Settings,
  sub: Submission,
): TransactionResult {
  return transact(ss, record, settings, ledger => [
    sub.kind === 'cancel'
      ? cancelRequest(ledger, sub.req, describeRefusal)
      : placeRequest(ledger, sub.req, record.salt, describeRefusal),
  ]);
}

/** The queued notices only (the one-off trigger's run). */
export function sendQueued(
  ss: Spreadsheet,
  record: BookingsRecord,
  settings: Settings,
): TransactionResult {
  return transact(ss, record, settings, () => [], {checkQuota: true});
}

/**
 * Staff's pass ("Mettre à jour les réservations"): bookings set to "annulée"
 * by hand are cancelled for real (places freed, waiting list promoted,
 * teachers told), queued notices are sent within the quota, and the form's
 * choices are brought up to date.
 */
export function syncBookings(
  ss: Spreadsheet,
  record: BookingsRecord,
  settings: Settings,
): TransactionResult {
  return transact(
    ss,
    record,
    settings,
    ledger => {
      const now = new Date();
      const outs: Outcome[] = [];
      for (const b of ledger.bookings) {
        if (
          b.action === 'réserver' &&
          b.state === CANCELLED &&
          !b.cancelledAt
        ) {
          outs.push(staffCancelled(ledger, b, now));
        }
      }
      return outs;
    },
    {checkQuota: true, refreshForm: true},
  );
}
