/**
 * Builds the "Territoire de sciences" menu in Google Sheets or Google Forms.
 * As an editor add-on (authMode NONE or LIMITED) the menu goes under the
 * Extensions menu with createAddonMenu(); bound to a document, createMenu().
 */
import {t} from '../i18n';
import {MENU} from './table';
import type {Host} from './types';

type Ui = GoogleAppsScript.Base.Ui;

/** Which editor opened the script: Forms has FormApp.getActiveForm(), Sheets not. */
export function currentHost(): Host {
  try {
    if (FormApp.getActiveForm()) return 'forms';
  } catch {
    // Not opened from a form: FormApp throws or returns null outside Forms.
  }
  return 'sheets';
}

function uiOf(host: Host): Ui {
  return host === 'forms' ? FormApp.getUi() : SpreadsheetApp.getUi();
}

export function buildMenu(
  e: {authMode?: GoogleAppsScript.Script.AuthMode} | undefined,
): void {
  const host = currentHost();
  const ui = uiOf(host);
  const mode = e?.authMode;
  const asAddon =
    mode === ScriptApp.AuthMode.NONE || mode === ScriptApp.AuthMode.LIMITED;
  // Settings are not readable in AuthMode.NONE: the menu shows in French then.
  const menu = asAddon ? ui.createAddonMenu() : ui.createMenu(t('menu.title'));
  for (const item of MENU.filter(i => i.hosts.includes(host))) {
    if (item.separatorBefore) menu.addSeparator();
    menu.addItem(t(item.label), item.fn);
  }
  menu.addToUi();
}

export function hostUi(): Ui {
  return uiOf(currentHost());
}
