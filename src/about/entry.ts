/** Entry points of the menu itself and of "À propos…". */
import {buildMenu, hostUi} from '../menu/open';
import {runInstallationCheck} from './check';
import type {CheckLine} from './report';
import {reportText} from './report';
import {showPage, includeFile} from '../gas/html';
import {t, useLanguage} from '../i18n';
import {loadSettings, startExecution} from '../settings/store';
import {VERSION} from '../generated/version';

const HELP_URL = 'https://github.com/territoire-de-sciences/addon#readme';

/**
 * Simple trigger: adds the "Territoire de sciences" menu when a spreadsheet or
 * a form is opened.
 * @param e the open event (its authMode tells whether this runs as an add-on)
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // In AuthMode.NONE properties cannot be read: keep French then.
  if (e?.authMode !== ScriptApp.AuthMode.NONE) {
    try {
      useLanguage(loadSettings().language);
    } catch {
      useLanguage('fr');
    }
  }
  buildMenu();
}

/**
 * Runs when the add-on is installed: builds the menu at once.
 * @param e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu "À propos…": version, help link and what the add-on does. */
export function showAbout(): void {
  startExecution();
  showPage(
    'ui/about',
    {
      version: t('about.version', {version: VERSION}),
      description: t('about.description'),
      helpUrl: HELP_URL,
      helpLabel: t('about.help'),
      closeLabel: t('common.close'),
    },
    {title: t('about.title'), kind: 'dialog', width: 420, height: 260},
  );
}

/**
 * Called by templates as `<?!= include('ui/styles') ?>`: inserts one of the
 * project's own files, never user data.
 * @param file the file's name under dist/, without .html
 */
export function include(file: string): string {
  return includeFile(file);
}

/**
 * Menu "Vérifier l'installation…": checks, on this account, what can go
 * wrong before an event (permissions, questionnaire publishing, documents
 * folder and templates, triggers and their owners, today's e-mail quota, the
 * spreadsheet's time zone and locale, the deployment mode) and shows each
 * point with what to do. Creates nothing that stays.
 * @return the points, as shown (for tests and logs)
 */
export function checkInstallation(): CheckLine[] {
  const settings = startExecution();
  const lines = runInstallationCheck(settings);
  hostUi().alert(t('check.title'), reportText(lines), hostUi().ButtonSet.OK);
  return lines;
}
