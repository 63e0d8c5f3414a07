/** Entry points of the bilan: menu items in Google Sheets and in Google Forms. */
import {t} from '../i18n';
import {AddonError, userMessage} from '../gas/errors';
import {showPage} from '../gas/html';
import {reportProgress} from '../gas/progress';
import {getJson, setJson} from '../gas/properties';
import {hostUi} from '../menu/open';
import {startExecution} from '../settings/store';
import type {BilanResult} from '../model/bilan';
import {textsFor} from '../ui/kit/texts';
import {generateBilanIn, runBilanIn} from './service';
import {spreadsheetIdOf} from './adapter';

export {spreadsheetIdOf};

/** Document property of a form: the tracker it reports to. */
export const FORM_TRACKER_KEY = 'tds.bilan.trackerId';

function doneText(result: BilanResult): string {
  return t('bilan.done', {
    responses: result.responses,
    sources: result.sources.length,
    anomalies: result.anomalies.length,
    tab: t('bilan.tab'),
  });
}

function tellDone(result: BilanResult): void {
  hostUi().alert(doneText(result));
}

/**
 * Shows the error's French message. A user error (AddonError) ends there;
 * an unexpected one is rethrown so that the execution log records it.
 */
function reportError(error: unknown): null {
  try {
    hostUi().alert(userMessage(error));
  } catch {
    throw error;
  }
  if (error instanceof AddonError) return null;
  throw error;
}

/**
 * Menu "Générer le bilan" (Google Sheets): the bilan of every response
 * sheet linked to a form in this spreadsheet, into the "Bilan" tab.
 */
export function generateBilan(): BilanResult | null {
  try {
    const settings = startExecution();
    const result = generateBilanIn(
      SpreadsheetApp.getActiveSpreadsheet(),
      settings,
    );
    tellDone(result);
    return result;
  } catch (e) {
    return reportError(e);
  }
}

/**
 * Menu "Générer le bilan" (Google Sheets): opens the dialog that runs the
 * bilan and shows its progress (answers read, statistics, tab written).
 */
export function showBilanDialog(): void {
  startExecution();
  showPage(
    'ui/bilan-run',
    {txt: textsFor(['bilan.dialog.', 'common.'])},
    {title: t('bilan.dialog.title'), kind: 'dialog', width: 480, height: 360},
  );
}

/** What the bilan dialog receives. */
export interface BilanPageResult {
  ok: boolean;
  message: string;
  link?: {url: string; label: string};
}

/**
 * google.script.run target of the bilan dialog: the same bilan as
 * generateBilan, each step reported under `token` for getProgress, ending
 * with a link to the Bilan tab. Errors come back as {ok: false, message}.
 * @param token progress token made by the page (or '' for none)
 */
export function generateBilanFromPage(token: string): BilanPageResult {
  try {
    const settings = startExecution();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const {result, sheet} = runBilanIn(ss, settings, undefined, token);
    return {
      ok: true,
      message: doneText(result),
      link: {
        url: `${ss.getUrl()}#gid=${sheet.getSheetId()}`,
        label: t('bilan.progress.open', {tab: sheet.getName()}),
      },
    };
  } catch (e) {
    const message = userMessage(e);
    reportProgress(token, {step: 1, total: 1, count: 0, error: message});
    // An unexpected error is logged too; the page still gets the message.
    if (!(e instanceof AddonError)) console.error(e);
    return {ok: false, message};
  }
}

/**
 * Menu "Générer le bilan de ce formulaire" (Google Forms): the bilan of this
 * form's responses, written into its linked tracker (see "Lier à un suivi")
 * or else into the spreadsheet that receives its responses.
 */
export function generateFormBilan(): BilanResult | null {
  try {
    const settings = startExecution();
    const form = FormApp.getActiveForm();
    let id = getJson<string>(FORM_TRACKER_KEY) ?? '';
    if (!id) {
      try {
        if (form.getDestinationType() === FormApp.DestinationType.SPREADSHEET) {
          id = form.getDestinationId();
        }
      } catch {
        id = '';
      }
    }
    if (!id) throw new AddonError('bilan.error.noTarget');
    let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
    try {
      ss = SpreadsheetApp.openById(id);
    } catch {
      throw new AddonError('bilan.link.invalid', {value: id});
    }
    const result = generateBilanIn(ss, settings, form);
    tellDone(result);
    return result;
  } catch (e) {
    return reportError(e);
  }
}

/**
 * Menu "Lier à un suivi…" (Google Forms): asks for the tracker's URL or id
 * and keeps it in the form's document properties.
 */
export function linkFormToTracker(): string | null {
  try {
    startExecution();
    const ui = FormApp.getUi();
    const answer = ui.prompt(
      t('bilan.link.title'),
      t('bilan.link.prompt'),
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer.getSelectedButton() !== ui.Button.OK) return null;
    const text = answer.getResponseText();
    const id = spreadsheetIdOf(text);
    let name: string;
    try {
      if (!id) throw new Error('no id');
      name = SpreadsheetApp.openById(id).getName();
    } catch {
      throw new AddonError('bilan.link.invalid', {value: text.trim()});
    }
    setJson(FORM_TRACKER_KEY, id);
    ui.alert(t('bilan.link.done', {name}));
    return id;
  } catch (e) {
    return reportError(e);
  }
}
