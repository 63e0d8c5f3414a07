/** Entry points of the weekly summary (menu, dialog, trigger). */
import {t} from '../i18n';
import {AddonError, userMessage} from '../gas/errors';
import {showPage} from '../gas/html';
import {readTable} from '../gas/table';
import {
  currentUserEmail,
  triggerRecord,
  triggerSpreadsheet,
} from '../gas/triggers';
import {hostUi} from '../menu/open';
import {startExecution} from '../settings/store';
import {parseEventCard} from '../tracker/read';
import {DAY_KEYS, TRIGGER_KEY, WEEKDAYS} from './config';
import {RunOutcome, runSummary} from './run';
import {trackerTabs} from './sheets';
import {
  activate,
  ActivationInput,
  deactivate,
  followSettingsHour,
  repairTrigger,
} from './schedule';
import {loadConfig} from './store';

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new AddonError('error.noSpreadsheet');
  return ss;
}

function alert(message: string): void {
  hostUi().alert(message);
}

/** The team e-mails of the Événement tab (only that tab is read). */
function teamEmailsOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const sheet = trackerTabs(ss).get('event');
  if (!sheet) return [];
  const table = readTable(sheet);
  return parseEventCard({headers: table.headers, rows: table.rows}).teamEmails;
}

/**
 * Menu "Activer la synthèse hebdomadaire…": the dialog with the day, the hour
 * and the recipients (defaults: the current settings, else Monday 8:00 and the
 * team of the Événement tab).
 */
export function showWeeklyDialog(): void {
  const settings = startExecution();
  const ss = activeSpreadsheet();
  const config = loadConfig();
  const record = triggerRecord(TRIGGER_KEY);
  // The settings hold the day and hour in force (activation writes them there).
  const day = settings.weeklyDay;
  const hour = settings.weeklyHour;
  let recipients = config?.recipients ?? [];
  if (recipients.length === 0) {
    try {
      recipients = teamEmailsOf(ss);
    } catch {
      // An unreadable Événement tab only costs the default recipients.
      recipients = [];
    }
  }
  if (recipients.length === 0) recipients = settings.teamEmails;
  showPage(
    'ui/weekly-activate',
    {
      intro: t('weekly.dialog.intro'),
      status:
        config && record
          ? t('weekly.dialog.current', {
              day: t(DAY_KEYS[day]),
              hour,
              owner: record.owner || '?',
            })
          : t('weekly.dialog.inactive'),
      dayLabel: t('weekly.dialog.day'),
      hourLabel: t('weekly.dialog.hour'),
      recipientsLabel: t('weekly.dialog.recipients'),
      recipientsHelp: t('weekly.dialog.recipientsHelp'),
      activateLabel: t('weekly.dialog.activate'),
      cancelLabel: t('common.cancel'),
      days: [1, 2, 3, 4, 5, 6, 0].map(i => ({
        value: WEEKDAYS[i],
        label: t(DAY_KEYS[WEEKDAYS[i]]),
        selected: WEEKDAYS[i] === day,
      })),
      hours: Array.from({length: 24}, (_, h) => ({
        value: String(h),
        label: t('weekly.dialog.hourOption', {hour: h}),
        selected: h === hour,
      })),
      recipients: recipients.join('\n'),
    },
    {title: t('weekly.dialog.title'), kind: 'dialog', width: 520, height: 520},
  );
}

/**
 * Called by the dialog (google.script.run): installs or updates the single
 * trigger and saves day, hour and recipients. Returns the message to show.
 * @param input the dialog's values {day, hour, recipients}
 */
export function activateWeeklySummary(input: ActivationInput): string {
  const settings = startExecution();
  const value = (input ?? {}) as Partial<ActivationInput>;
  return activate(
    activeSpreadsheet(),
    settings,
    {
      day: String(value.day ?? ''),
      hour: value.hour ?? '',
      recipients: value.recipients ?? '',
    },
    new Date(),
  );
}

/** Menu "Désactiver la synthèse hebdomadaire": removes the trigger. */
export function deactivateWeeklySummary(): void {
  startExecution();
  try {
    alert(deactivate(activeSpreadsheet()));
  } catch (e) {
    alert(userMessage(e));
  }
}

function outcomeMessage(outcome: RunOutcome): string {
  switch (outcome.kind) {
    case 'sent':
      return t('weekly.sent', {recipients: outcome.recipients.join(', ')});
    case 'quota':
      return t('weekly.quotaShort', {
        remaining: outcome.remaining,
        needed: outcome.needed,
      });
    case 'busy':
      return t('weekly.busy');
    case 'failed':
      // The detail is a sentence of its own: make sure it ends like one.
      return t('weekly.failed', {
        detail: /[.!?…]$/.test(outcome.message)
          ? outcome.message
          : `${outcome.message}.`,
      });
    default:
      return t('weekly.dialog.inactive');
  }
}

/**
 * Menu "Envoyer la synthèse maintenant": builds and sends the summary at once
 * (even if nothing changed), and recreates the trigger if it disappeared.
 */
export function sendWeeklySummaryNow(): void {
  const settings = startExecution();
  try {
    const ss = activeSpreadsheet();
    const repaired = repairTrigger(ss);
    const outcome = runSummary(ss, settings, {
      scheduled: false,
      now: new Date(),
    });
    const message = outcomeMessage(outcome);
    alert(repaired ? `${message}\n${t('weekly.repaired')}` : message);
  } catch (e) {
    alert(userMessage(e));
  }
}

/**
 * Handler of the weekly summary's time-driven trigger (fires daily at the
 * chosen hour; works on the chosen day, or later while that week's summary is
 * owed). A trigger that is not the one recorded for the tracker — left behind
 * when another account took over or turned the summary off — deletes itself
 * and does nothing.
 * @param e the time-driven event (its triggerUid identifies the trigger)
 */
export function runWeeklySummary(e?: GoogleAppsScript.Events.TimeDriven): void {
  const settings = startExecution();
  const uid = e?.triggerUid ? String(e.triggerUid) : '';
  const ss = triggerSpreadsheet(TRIGGER_KEY, uid);
  if (!ss) return;
  const record = triggerRecord(TRIGGER_KEY);
  if (!uid && record && record.owner && record.owner !== currentUserEmail()) {
    // Without an id, still never run another owner's schedule twice.
    return;
  }
  try {
    followSettingsHour(ss, settings);
  } catch {
    // Busy or out of quota: the next daily run tries again.
  }
  runSummary(ss, settings, {scheduled: true, now: new Date()});
}
