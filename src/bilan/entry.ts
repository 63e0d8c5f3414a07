/** Entry points of the bilan: menu items in Google Sheets and in Google Forms. */
import {t} from '../i18n';
import {AddonError, userMessage} from '../gas/errors';
import {getJson, setJson} from '../gas/properties';
import {hostUi} from '../menu/open';
import {startExecution} from '../settings/store';
import type {BilanResult} from '../model/bilan';
import {generateBilanIn} from './service';

/** Document property of a form: the tracker it reports to. */
export const FORM_TRACKER_KEY = 'tds.bilan.trackerId';

function tellDone(result: BilanResult): void {
  hostUi().alert(
    t('bilan.done', {
      responses: result.responses,
      sources: result.sources.length,
      anomalies: result.anomalies.length,
      tab: t('bilan.tab'),
    }),
  );
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

/** The spreadsheet id in a Sheets URL, or the text itself when it is an id. */
export function spreadsheetIdOf(text: string): string {
  const s = text.trim();
  const m = /\/spreadsheets\/d\/([\w-]+)/.exec(s);
  if (m) return m[1];
  return /^[\w-]{10,}$/.test(s) ? s : '';
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
