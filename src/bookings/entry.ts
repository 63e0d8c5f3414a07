/** Entry points of the school bookings: menu items, the dialog's server call, the submit path. */
import {t} from '../i18n';
import {AddonError, userMessage} from '../gas/errors';
import {getJson} from '../gas/properties';
import {showPage} from '../gas/html';
import {hostUi} from '../menu/open';
import {settingsFromJson, startExecution} from '../settings/store';
import {SETTINGS_KEY} from '../settings/types';
import {pageRules, validateFields, FieldRule} from '../ui/kit/rules';
import {textsFor} from '../ui/kit/texts';
import {BookingsRecord, RECORD_KEY} from './form';
import type {FullMode} from './labels';
import {openBookingsIn, OpenResult} from './open';
import {
  isBookingResponse,
  parseSubmission,
  playSubmission,
  sendQueued,
  syncBookings,
} from './service';
import {readProgramme, readTab} from './service';
import {writeRoster} from './roster';
import {BOOKINGS_FR, BOOKINGS_EN} from '../i18n/bookings';

const RULES: Record<string, FieldRule> = {
  fullMode: {kind: 'choice', options: ['label', 'hide']},
};

/** Menu "Ouvrir les réservations scolaires…": the dialog. */
export function showBookingsDialog(): void {
  const settings = startExecution();
  const record = getJson<BookingsRecord>(RECORD_KEY);
  showPage(
    'ui/bookings-open',
    {
      txt: textsFor(['bookings.', 'common.']),
      intro: t('bookings.dialog.intro', {tab: t('bookings.tab')}),
      retention: t('bookings.dialog.retentionHelp', {
        months: settings.retentionMonths,
      }),
      values: {fullMode: record?.fullMode ?? 'label'},
      rulesJson: JSON.stringify(pageRules(RULES)),
    },
    {
      title: t('bookings.dialog.title'),
      kind: 'dialog',
      width: 560,
      height: 420,
    },
  );
}

/**
 * google.script.run target of the dialog: builds or updates the booking
 * form, the tabs and the trigger.
 * @param values {fullMode: 'label'|'hide'}
 */
export function openBookings(
  values: unknown,
): OpenResult | {ok: false; message: string; errors?: Record<string, string>} {
  const settings = startExecution();
  const checked = validateFields<{fullMode: string}>(RULES, values);
  if (!checked.ok)
    return {ok: false, message: t('ui.form.invalid'), errors: checked.errors};
  try {
    return openBookingsIn(
      SpreadsheetApp.getActiveSpreadsheet(),
      settings,
      checked.values.fullMode as FullMode,
    );
  } catch (e) {
    if (e instanceof AddonError) return {ok: false, message: userMessage(e)};
    throw e;
  }
}

/**
 * Menu "Mettre à jour les réservations": bookings cancelled by hand in the
 * tab, queued e-mails, the form's choices and the roster.
 */
export function updateBookings(): {sent: number; queued: number} {
  const settings = startExecution();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const record = getJson<BookingsRecord>(RECORD_KEY);
  try {
    if (!record) throw new AddonError('bookings.error.notOpen');
    const result = syncBookings(ss, record, settings);
    const sessions = readProgramme(ss, record.timeZone, settings.language);
    writeRoster(ss, sessions, readTab(ss, record).bookings, record.timeZone);
    hostUi().alert(
      t('bookings.mails.result', {sent: result.sent, left: result.queued}),
    );
    return {sent: result.sent, queued: result.queued};
  } catch (e) {
    hostUi().alert(userMessage(e));
    if (e instanceof AddonError) return {sent: 0, queued: 0};
    throw e;
  }
}

/**
 * One-off trigger armed while notices wait for the mail quota: sends them in
 * order, within the day's quota, and arms itself again if some still wait.
 */
export function sendBookingNotices(): void {
  const settings = startExecution();
  const record = getJson<BookingsRecord>(RECORD_KEY);
  if (!record) return;
  sendQueued(SpreadsheetApp.getActiveSpreadsheet(), record, settings);
}

/** Question titles of the booking form in either language (pure check, no call). */
const ACTION_TITLES = [
  BOOKINGS_FR['bookings.form.action'],
  BOOKINGS_EN['bookings.form.action'],
];

/**
 * Called first by the single submit trigger (onQuestionnaireSubmit): a
 * response of the booking form is played here, and true is returned; any
 * other response is left to the questionnaires. The properties are read once
 * for the record and the settings.
 */
export function routeBookingSubmission(
  e: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined,
): boolean {
  const named = e?.namedValues as Record<string, string[]> | undefined;
  if (!named || !ACTION_TITLES.some(title => title in named)) return false;
  const props = PropertiesService.getDocumentProperties().getProperties();
  const settings = settingsFromJson(props[SETTINGS_KEY]);
  let record: BookingsRecord | null = null;
  try {
    record = props[RECORD_KEY]
      ? (JSON.parse(props[RECORD_KEY]) as BookingsRecord)
      : null;
  } catch {
    record = null;
  }
  if (!record || !isBookingResponse(named, record)) return false;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  playSubmission(
    ss,
    record,
    settings,
    parseSubmission(named, record, new Date()),
  );
  return true;
}
