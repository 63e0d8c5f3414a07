/**
 * Turning the weekly summary on and off: the single trigger (see
 * src/gas/triggers.ts for how "exactly one, whoever clicks" is kept) and the
 * configuration, written together under the document lock.
 */
import {t} from '../i18n';
import {holdClock, releaseClock} from '../gas/clock';
import {isAddon} from '../gas/deploy';
import {withDocumentLock} from '../gas/lock';
import {
  currentUserEmail,
  installTrigger,
  recordedTriggerExists,
  triggerRecord,
  uninstallTrigger,
} from '../gas/triggers';
import type {Settings} from '../settings/types';
import {saveSettings} from '../settings/store';
import {
  activeFromDay,
  BOUND_HANDLER,
  DAY_KEYS,
  HANDLER,
  parseHour,
  parseRecipients,
  parseWeekday,
  TIME_ZONE,
  TRIGGER_KEY,
  WeeklyConfig,
} from './config';
import {
  deleteConfig,
  loadConfig,
  loadState,
  saveConfig,
  saveState,
} from './store';

/** What the activation dialog sends. */
export interface ActivationInput {
  day: string;
  hour: number | string;
  recipients: string | string[];
}

/**
 * The one time-driven trigger of a bound script: every day at the hour (the
 * handler picks the day). An add-on uses the shared hourly clock instead.
 */
function createTrigger(hour: number): () => GoogleAppsScript.Script.Trigger {
  return () =>
    ScriptApp.newTrigger(BOUND_HANDLER)
      .timeBased()
      .everyDays(1)
      .atHour(hour)
      .inTimezone(TIME_ZONE)
      .create();
}

/** Installs (or keeps) the trigger and saves the configuration. Returns the message to show. */
export function activate(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  input: ActivationInput,
  now: Date,
): string {
  const day = parseWeekday(input.day);
  const hour = parseHour(input.hour);
  const recipients = parseRecipients(input.recipients);
  return withDocumentLock(() => {
    // An add-on shares the document's hourly trigger (it checks the hour).
    const result = isAddon()
      ? holdClock(ss, 'weekly')
      : installTrigger(
          TRIGGER_KEY,
          HANDLER,
          createTrigger(hour),
          {hour, timeZone: TIME_ZONE},
          ss.getId(),
        );
    const config: WeeklyConfig = {
      day,
      hour,
      recipients,
      timeZone: TIME_ZONE,
      activeFrom: activeFromDay(now, hour),
    };
    saveConfig(config);
    saveSettings({...settings, weeklyDay: day, weeklyHour: hour});
    const message = t('weekly.activated', {
      day: t(DAY_KEYS[day]),
      hour,
      recipients: recipients.join(', '),
    });
    return result.tookOverFrom
      ? `${message}\n${t('weekly.tookOver', {owner: result.tookOverFrom})}`
      : message;
  });
}

/** Removes the trigger (the current user's) and the configuration. */
export function deactivate(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): string {
  return withDocumentLock(() => {
    const wasActive = loadConfig() !== null;
    const removed = isAddon()
      ? releaseClock(ss, 'weekly')
      : uninstallTrigger(TRIGGER_KEY, HANDLER, ss.getId());
    deleteConfig();
    // No summary held back by the quota may leave once turned off.
    saveState({...loadState(), pending: null});
    if (removed.owner && removed.owner !== currentUserEmail()) {
      return t('weekly.deactivatedOther', {owner: removed.owner});
    }
    return wasActive || removed.deleted > 0
      ? t('weekly.deactivated')
      : t('weekly.notActive');
  });
}

/**
 * Follows an hour changed on the settings page: the trigger's owner (this
 * run is its trigger) rebuilds it at the new hour. Returns true when done.
 * The day needs nothing: the daily trigger checks it at each run.
 */
export function followSettingsHour(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
): boolean {
  // The add-on's hourly trigger reads the hour at each run: nothing to rebuild.
  if (isAddon()) return false;
  const record = triggerRecord(TRIGGER_KEY);
  const config = loadConfig();
  if (!record || !config || record.owner !== currentUserEmail()) return false;
  const built = record.settings as {hour?: number} | undefined;
  if (built?.hour === settings.weeklyHour) return false;
  const hour = settings.weeklyHour;
  return withDocumentLock(() => {
    installTrigger(
      TRIGGER_KEY,
      HANDLER,
      createTrigger(hour),
      {hour, timeZone: TIME_ZONE},
      ss.getId(),
    );
    saveConfig({...config, day: settings.weeklyDay, hour});
    return true;
  });
}

/**
 * Recreates the recorded trigger when it no longer exists (deleted by hand
 * from the Apps Script dashboard, …). Only its owner can see it; returns true
 * when it was recreated.
 */
export function repairTrigger(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): boolean {
  const config = loadConfig();
  if (!config || recordedTriggerExists(TRIGGER_KEY) !== false) return false;
  if (isAddon()) return withDocumentLock(() => holdClock(ss, 'weekly').created);
  return withDocumentLock(
    () =>
      installTrigger(
        TRIGGER_KEY,
        HANDLER,
        createTrigger(config.hour),
        {hour: config.hour, timeZone: TIME_ZONE},
        ss.getId(),
      ).created,
  );
}
