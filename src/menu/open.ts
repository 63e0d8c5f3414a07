/**
 * Builds the "Territoire de sciences" menu in Google Sheets or Google Forms.
 * The deployment mode is known at build time (src/gas/deploy.ts): an editor
 * add-on puts its menu under Extensions with createAddonMenu()
 * (https://developers.google.com/workspace/add-ons/concepts/menus); a bound
 * script adds its own menu with createMenu("Territoire de sciences").
 */
import {builtHost, isAddon} from '../gas/deploy';
import {t} from '../i18n';
import {MENU} from './table';
import type {Host} from './types';

type Ui = GoogleAppsScript.Base.Ui;

/**
 * Which editor runs the script: known from the build (no call, so it works in
 * AuthMode.NONE); from the sources, Forms has FormApp.getActiveForm(), Sheets not.
 */
export function currentHost(): Host {
  const built = builtHost();
  if (built) return built;
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

export function buildMenu(): void {
  const host = currentHost();
  const ui = uiOf(host);
  // Settings are not readable in AuthMode.NONE: the menu shows in French then.
  const menu = isAddon()
    ? ui.createAddonMenu()
    : ui.createMenu(t('menu.title'));
  for (const item of MENU.filter(i => i.hosts.includes(host))) {
    if (item.separatorBefore) menu.addSeparator();
    menu.addItem(t(item.label), item.fn);
  }
  menu.addToUi();
}

export function hostUi(): Ui {
  return uiOf(currentHost());
}
