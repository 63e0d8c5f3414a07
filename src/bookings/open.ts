/**
 * "Ouvrir les réservations scolaires…": the "Réservations" tab, the booking
 * form (made once, then only its session choices change), the roster, and
 * the questionnaires' single submit trigger — bookings add no trigger.
 * Running it again brings the form up to date with the Programme.
 */
import {t} from '../i18n';
import {AddonError} from '../gas/errors';
import {getJson, setJson} from '../gas/properties';
import {withDocumentLock} from '../gas/lock';
import {ensureTrigger} from '../gas/triggers';
import {COMMUNES} from '../generated/communes';
import type {Settings} from '../settings/types';
import {SUBMIT_HANDLER, TRIGGER_KEY} from '../questionnaire/service';
import {readTracker} from '../tracker/read';
import {Ledger} from './allocate';
import {
  BookingsRecord,
  buildForm,
  currentTitles,
  RECORD_KEY,
  updateChoices,
} from './form';
import {choiceLabels, FullMode} from './labels';
import {COLUMNS, TEXT_COLUMNS} from './rows';
import {parseTab, quoted, LAST_COLUMN, readProgramme} from './service';
import {offered} from './sessions';
import {writeRoster} from './roster';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface OpenResult {
  ok: true;
  message: string;
  created: boolean;
  sessions: number;
  formId: string;
  publishedUrl: string;
  link: {url: string; label: string};
}

/** The "Réservations" tab: made with its headers when missing. */
function ensureTab(ss: Spreadsheet, name: string): void {
  if (ss.getSheetByName(name)) return;
  const sheet = ss.insertSheet(name);
  sheet
    .getRange(1, 1, 1, COLUMNS.length)
    .setValues([COLUMNS.map(c => t(c.header))])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  COLUMNS.forEach((c, i) => {
    sheet.setColumnWidth(i + 1, c.width);
    if (TEXT_COLUMNS.has(c.id)) {
      sheet.getRange(2, i + 1, sheet.getMaxRows() - 1, 1).setNumberFormat('@');
    }
  });
}

function randomSalt(): string {
  return Utilities.getUuid().replace(/-/g, '');
}

/** The communes offered for the school's address: the settings' départements. */
function communeNames(settings: Settings): string[] {
  const deps = new Set(settings.departements);
  return COMMUNES.filter(c => deps.has(c.departement))
    .map(c => c.nom)
    .filter((n, i, all) => all.indexOf(n) === i)
    .sort((a, b) => a.localeCompare(b, 'fr'));
}

export function openBookingsIn(
  ss: Spreadsheet,
  settings: Settings,
  fullMode: FullMode,
): OpenResult {
  const timeZone = ss.getSpreadsheetTimeZone();
  const sessions = readProgramme(ss, timeZone, settings.language);
  const offer = offered(sessions);
  if (offer.length === 0) throw new AddonError('bookings.error.noSessions');
  const previous = getJson<BookingsRecord>(RECORD_KEY);
  const tab = previous?.tab || t('bookings.tab');
  withDocumentLock(() => ensureTab(ss, tab));
  const values = ss.getRange(`${quoted(tab)}!A:${LAST_COLUMN}`).getValues();
  const ledger = new Ledger(parseTab(values).bookings, sessions);
  const labels = choiceLabels(
    offer,
    id => ledger.fill(id).full,
    fullMode,
    t('bookings.form.fullMark'),
  );
  const choices = labels.length > 0 ? labels : [t('bookings.form.noneLeft')];
  let form: GoogleAppsScript.Forms.Form | null = null;
  if (previous?.formId) {
    try {
      form = FormApp.openById(previous.formId);
    } catch {
      form = null;
    }
  }
  let record: BookingsRecord;
  const created = form === null || previous === null;
  if (form && previous) {
    record = {...previous, fullMode, timeZone};
    updateChoices(record, choices);
  } else {
    const tracker = readTracker(ss);
    const titles = currentTitles();
    const privacy = t('bookings.form.privacy', {
      org: settings.organisation,
      months: settings.retentionMonths,
    });
    const built = buildForm(
      t('bookings.form.title', {
        event: tracker.event.name || t('questionnaire.form.defaultEvent'),
      }),
      titles,
      choices,
      communeNames(settings),
      fullMode,
      privacy,
      ss.getId(),
    );
    form = built.form;
    record = {
      formId: form.getId(),
      editUrl: form.getEditUrl(),
      publishedUrl: form.getPublishedUrl(),
      sessionItemId: built.sessionItemId,
      titles,
      cancelTemplate: built.cancelTemplate,
      fullMode,
      salt: previous?.salt || randomSalt(),
      timeZone,
      tab,
      createdAt: new Date().toISOString(),
    };
  }
  withDocumentLock(() => setJson(RECORD_KEY, record));
  ensureTrigger(
    TRIGGER_KEY,
    SUBMIT_HANDLER,
    () =>
      ScriptApp.newTrigger(SUBMIT_HANDLER)
        .forSpreadsheet(ss)
        .onFormSubmit()
        .create(),
    undefined,
    ss.getId(),
  );
  writeRoster(ss, sessions, ledger.bookings, timeZone);
  return {
    ok: true,
    message: created
      ? t('bookings.dialog.done', {sessions: labels.length})
      : t('bookings.dialog.updated', {sessions: labels.length}),
    created,
    sessions: labels.length,
    formId: record.formId,
    publishedUrl: record.publishedUrl,
    link: {url: record.publishedUrl, label: t('bookings.dialog.openForm')},
  };
}
