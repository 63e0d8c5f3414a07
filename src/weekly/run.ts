/**
 * One weekly-summary run: under the document lock, read the tracker and the
 * response sheets, build the summary, send it (or hold it back) and record
 * the run in the Synthèses tab and the state. The mail goes first and the
 * "sent" row and state are written only after it went: a run cut short before
 * that is not counted as sent and the next run sends.
 */
import {t} from '../i18n';
import {userMessage} from '../gas/errors';
import {renderTemplate} from '../gas/html';
import {logJournal} from '../gas/journal';
import {LOCK_WAIT_MS, tryDocumentLock} from '../gas/lock';
import {currentUserEmail, triggerRecord} from '../gas/triggers';
import type {Settings} from '../settings/types';
import {AddonError} from '../gas/errors';
import {
  effectiveConfig,
  isOwed,
  TRIGGER_KEY,
  WeeklyConfig,
  WeeklyState,
} from './config';
import {dayLabel, parisDay} from '../shared/dates';
import {responseFigures} from './responses';
import {
  appendHistory,
  historyRow,
  historySheet,
  readResponseSheets,
  readTrackerStrict,
  setHistoryStatus,
} from './sheets';
import {loadConfig, loadState, saveState} from './store';
import {buildSummary, decideSend} from './summary';
import {readBookings} from '../bookings/read';
import {bookingsDigest} from '../bookings/digest';
import {mailSubject, mailText, mailView} from './view';

export type RunOutcome =
  | {kind: 'notActive'}
  | {kind: 'notDue'}
  | {kind: 'busy'}
  | {kind: 'nothingNew'}
  | {kind: 'sent'; recipients: string[]}
  | {kind: 'quota'; remaining: number; needed: number}
  | {kind: 'failed'; message: string};

export interface RunOptions {
  /** A trigger run (works only when owed; mails the owner on failure). */
  scheduled: boolean;
  now: Date;
}

/** How long a scheduled run waits for another run before stepping aside. */
const SCHEDULED_LOCK_WAIT_MS = 5000;

/** Recipients: the configured ones, else the team of the Événement tab, else the settings'. */
export function recipientsFor(
  config: WeeklyConfig | null,
  teamEmails: readonly string[],
  settings: Settings,
): string[] {
  if (config && config.recipients.length) return config.recipients;
  if (teamEmails.length) return [...teamEmails];
  return [...settings.teamEmails];
}

/** The tracker's owner, who gets the failure mails. */
function ownerOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  try {
    const owner = ss.getOwner()?.getEmail();
    if (owner) return owner;
  } catch {
    // Shared drives have no owner; fall back to the trigger's owner.
  }
  return triggerRecord(TRIGGER_KEY)?.owner || currentUserEmail();
}

function work(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  options: RunOptions,
  config: WeeklyConfig | null,
  state: WeeklyState,
): RunOutcome {
  const {now} = options;
  const today = parisDay(now);
  const data = readTrackerStrict(ss);
  const since = state.lastSent ? new Date(state.lastSent.at) : null;
  const responses = responseFigures(readResponseSheets(ss), since);
  const summary = buildSummary(data, responses, state.lastSent, now);
  const recipients = recipientsFor(config, data.event.teamEmails, settings);
  if (recipients.length === 0)
    throw new AddonError('weekly.error.noRecipients');
  const decision = decideSend(summary, {
    force: !options.scheduled,
    pendingUnsent: state.pending !== null,
    evenIfNothing: settings.weeklyEvenIfNothingChanged,
  });
  const sheet = historySheet(ss);
  if (decision === 'nothingNew') {
    appendHistory(
      sheet,
      historyRow(now, summary.counts, [], t('weekly.status.nothingNew')),
    );
    saveState({...state, lastCompletedDay: today});
    return {kind: 'nothingNew'};
  }
  const remaining = MailApp.getRemainingDailyQuota();
  if (remaining < recipients.length) {
    const row = appendHistory(
      sheet,
      historyRow(now, summary.counts, [], t('weekly.status.quota')),
    );
    saveState({
      ...state,
      pending: {
        rows: [...(state.pending?.rows ?? []), row],
        dateLabel: state.pending?.dateLabel ?? summary.dateLabel,
      },
    });
    return {kind: 'quota', remaining, needed: recipients.length};
  }
  const booked = readBookings(ss, settings.language);
  const view = mailView(
    summary,
    state.pending?.dateLabel ?? null,
    booked ? bookingsDigest(booked.sessions, booked.bookings, now) : [],
  );
  const html = renderTemplate('ui/weekly-mail', {...view}).getContent();
  MailApp.sendEmail({
    to: recipients.join(','),
    subject: mailSubject(summary),
    htmlBody: html,
    body: mailText(view),
    name: t('menu.title'),
  });
  // Only now is the summary counted as sent.
  appendHistory(
    sheet,
    historyRow(now, summary.counts, recipients, t('weekly.status.sent')),
  );
  for (const row of state.pending?.rows ?? []) {
    setHistoryStatus(
      sheet,
      row,
      t('weekly.status.quotaThenSent', {date: summary.dateLabel}),
    );
  }
  saveState({
    lastSent: {at: now.toISOString(), fingerprint: summary.fingerprint},
    lastCompletedDay: today,
    pending: null,
    lastErrorMailDay: state.lastErrorMailDay,
  });
  return {kind: 'sent', recipients};
}

/**
 * A failed run: what failed goes to the Journal tab; a scheduled run also
 * mails the tracker's owner, once a day at most. Nothing here may throw (the
 * run may be failing because time ran out).
 */
function failed(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  error: unknown,
  options: RunOptions,
  state: WeeklyState,
): RunOutcome {
  const message = userMessage(error);
  const today = parisDay(options.now);
  try {
    logJournal(ss, [
      {
        at: options.now,
        source: t('weekly.journal.source'),
        level: 'error',
        message,
      },
    ]);
  } catch {
    // The journal itself may be what broke: the mail below still tells.
  }
  if (options.scheduled && state.lastErrorMailDay !== today) {
    try {
      const owner = ownerOf(ss);
      if (owner && MailApp.getRemainingDailyQuota() >= 1) {
        const tracker = ss.getName();
        MailApp.sendEmail(
          owner,
          t('weekly.errorMail.subject', {tracker}),
          t('weekly.errorMail.body', {
            tracker,
            date: dayLabel(today),
            detail: message,
            url: ss.getUrl(),
          }),
        );
        saveState({...state, lastErrorMailDay: today});
      }
    } catch {
      // Out of time or quota: the Journal row is the record.
    }
  }
  return {kind: 'failed', message};
}

/** Runs the summary for this spreadsheet (see the module comment). */
export function runSummary(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  options: RunOptions,
): RunOutcome {
  const stored = loadConfig();
  const config = stored ? effectiveConfig(stored, settings) : null;
  const today = parisDay(options.now);
  if (options.scheduled) {
    if (!config) return {kind: 'notActive'};
    // Cheap check before taking the lock: most days are not owed.
    if (!isOwed(config, loadState(), today)) return {kind: 'notDue'};
  }
  const result = tryDocumentLock(
    () => {
      // Read again under the lock: a run that just finished changed it.
      const state = loadState();
      if (options.scheduled && config && !isOwed(config, state, today)) {
        return {kind: 'notDue'} as RunOutcome;
      }
      try {
        return work(ss, settings, options, config, state);
      } catch (e) {
        return failed(ss, e, options, state);
      }
    },
    options.scheduled ? SCHEDULED_LOCK_WAIT_MS : LOCK_WAIT_MS,
  );
  return result.ran ? result.value : {kind: 'busy'};
}
