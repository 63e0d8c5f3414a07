/** Entry points of the event tracker: its two dialogs, their server calls and onEdit. */
import {showPage} from '../gas/html';
import {withDocumentLock} from '../gas/lock';
import {AddonError, userMessage} from '../gas/errors';
import {isProgressToken, reportProgress} from '../gas/progress';
import {t} from '../i18n';
import {startExecution} from '../settings/store';
import {pageRules, FieldErrors} from '../ui/kit/rules';
import {textsFor} from '../ui/kit/texts';
import {DEPARTEMENTS} from '../generated/communes';
import {isoDate} from './cells';
import {buildTracker} from './build';
import {checkTrackerForm, TRACKER_FORM_RULES} from './form';
import {importIntoTracker, ImportReport} from './importer';
import {stampOnEdit} from './onedit';
import {readTracker} from './read';
import {EVENT_KIND_LABEL, EVENT_KINDS} from './schema';
import {locateTabs} from './tabs';

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new AddonError('error.noSpreadsheet');
  return ss;
}

/** Menu "Créer / mettre à jour le suivi…": the dialog, filled from the card when a tracker exists. */
export function showTrackerDialog(): void {
  const settings = startExecution();
  const ss = activeSpreadsheet();
  const hasTracker = locateTabs(ss).has('event');
  const event = hasTracker ? readTracker(ss).event : null;
  const values = {
    name: event?.name ?? ss.getName(),
    kind: event?.kind ?? 'fds',
    edition: event?.edition ?? '',
    startDate: event?.startDate ? isoDate(event.startDate) : '',
    endDate: event?.endDate ? isoDate(event.endDate) : '',
    departement: event?.departement || settings.departements[0] || '38',
    teamEmails: (event?.teamEmails.length
      ? event.teamEmails
      : settings.teamEmails
    ).join('\n'),
  };
  showPage(
    'ui/tracker-setup',
    {
      txt: textsFor(['tracker.dialog.', 'common.', 'ui.']),
      values,
      kinds: EVENT_KINDS.map(k => ({value: k, label: t(EVENT_KIND_LABEL[k])})),
      departements: DEPARTEMENTS.map(d => ({
        value: d.code,
        label: `${d.code} – ${d.nom}`,
      })),
      rulesJson: JSON.stringify(pageRules(TRACKER_FORM_RULES)),
    },
    {title: t('tracker.dialog.title'), kind: 'dialog', width: 560, height: 640},
  );
}

export type TrackerResult =
  | {ok: true; message: string; changes: string[]}
  | {ok: false; message: string; errors: FieldErrors};

/**
 * google.script.run target of the tracker dialog: builds the tracker in the
 * current spreadsheet, or brings it up to date (safe to run again).
 * @param values the dialog's fields: name, kind (festival | ecole | fds | autre),
 *   edition, startDate and endDate (AAAA-MM-JJ), departement, teamEmails
 * @return {ok: true, message, changes} (changes: one French line per change),
 *   or {ok: false, message, errors} with one message per refused field
 */
export function createOrUpdateTracker(values: unknown): TrackerResult {
  startExecution();
  const checked = checkTrackerForm(values);
  if (!checked.ok) {
    return {ok: false, message: t('ui.form.invalid'), errors: checked.errors};
  }
  const ss = activeSpreadsheet();
  const report = withDocumentLock(() => buildTracker(ss, checked.form));
  return {
    ok: true,
    message: t('tracker.dialog.done'),
    changes: report.changes,
  };
}

/** Menu "Importer des événements…": the file-choosing dialog. */
export function showImportDialog(): void {
  startExecution();
  showPage(
    'ui/tracker-import',
    {txt: textsFor(['tracker.import.dialog.', 'common.', 'ui.'])},
    {
      title: t('tracker.import.dialog.title'),
      kind: 'dialog',
      width: 560,
      height: 600,
    },
  );
}

/**
 * google.script.run target of the import dialog: imports a Fête de la science
 * open-data JSON, OpenAgenda events (JSON), the OpenDataSoft
 * "evenements-publics-openagenda" dataset (JSON or CSV), an iCalendar file or
 * a Programme CSV into the tracker. Re-importing updates rows by source id;
 * every record is imported or refused (records imported + refused = records
 * in the file): refusals come back grouped by reason for the dialog, and one
 * sentence each (line, field, reason) in the report and the Journal tab. A
 * malformed file throws a French message and changes nothing.
 * The dialog also passes its progress token: each step (reading, communes,
 * Programme, Partenaires) is reported for getProgress, then "done" with a link
 * to the Programme tab; an error is reported too, then thrown as before.
 * @param file {fileName, content, token?}: the file's name, its text (read by
 *   the browser) and the dialog's progress token (optional)
 */
export function importEvents(file: {
  fileName?: unknown;
  content?: unknown;
  token?: unknown;
}): ImportReport {
  const token = isProgressToken(file?.token) ? file.token : undefined;
  try {
    const settings = startExecution();
    const fileName = typeof file?.fileName === 'string' ? file.fileName : '';
    const content = typeof file?.content === 'string' ? file.content : '';
    if (content.trim() === '') {
      throw new AddonError('tracker.import.error.empty');
    }
    const ss = activeSpreadsheet();
    return withDocumentLock(() =>
      importIntoTracker(
        ss,
        fileName,
        content,
        settings.departements[0] ?? '38',
        token,
      ),
    );
  } catch (e) {
    reportProgress(token, {step: 1, total: 1, count: 0, error: userMessage(e)});
    throw e;
  }
}

/**
 * Simple trigger: stamps "Mis à jour le / par" when the status of a task or a
 * session changes. Cheap: it reads only the edited tab's header row.
 * @param e the edit event
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    stampOnEdit(e);
  } catch (error) {
    // A simple trigger has no one to show an error to: log it only.
    console.warn(userMessage(error));
  }
}
