/** Entry points of the "Paramètres…" sidebar. */
import {openFolder} from '../gas/drive';
import {DEPARTEMENTS} from '../generated/communes';
import {showPage} from '../gas/html';
import {withDocumentLock} from '../gas/lock';
import {t} from '../i18n';
import {FieldErrors, pageRules} from '../ui/kit/rules';
import {textsFor} from '../ui/kit/texts';
import {loadSettings, saveSettings, startExecution} from './store';
import type {Settings} from './types';
import {
  HOURS,
  LANGUAGES,
  SETTINGS_RULES,
  settingsToForm,
  validateSettings,
  WEEKDAYS,
} from './validate';

/** The fields as the page shows them: lists as text, the rest as typed. */
export interface SettingsPageValues {
  organisation: string;
  departements: string;
  documentsFolder: string;
  teamEmails: string;
  weeklyDay: string;
  weeklyHour: number;
  smallGroupK: number;
  language: string;
  retentionMonths: number;
  weeklyEvenIfNothingChanged: boolean;
}

export interface SettingsPageData {
  values: SettingsPageValues;
  /** The fields' rules and messages, for the page's own checks. */
  rules: ReturnType<typeof pageRules>;
}

export type SaveSettingsResult =
  | {ok: true; message: string; values: SettingsPageValues}
  | {ok: false; message: string; errors: FieldErrors};

function pageValues(s: Settings): SettingsPageValues {
  const form = settingsToForm(s);
  return {
    ...form,
    departements: form.departements.join(', '),
    teamEmails: form.teamEmails.join('\n'),
  };
}

/** The name of the Drive folder `id`, or null when this user cannot reach it. */
function folderName(id: string): string | null {
  return openFolder(id)?.name ?? null;
}

interface Option {
  value: string;
  label: string;
}

/** Menu "Paramètres…": opens the settings sidebar. */
export function showSettings(): void {
  const settings = startExecution();
  const values = pageValues(settings);
  const options = (
    list: readonly (string | number)[],
    label: (v: string) => string,
  ): Option[] => list.map(v => ({value: String(v), label: label(String(v))}));
  showPage(
    'ui/settings',
    {
      txt: textsFor(['settings.', 'common.', 'ui.']),
      values,
      days: options(WEEKDAYS, d =>
        t(`settings.day.${d}` as 'settings.day.MONDAY'),
      ),
      hours: options(HOURS, h => t('settings.weeklyHour.option', {hour: h})),
      languages: options(LANGUAGES, l =>
        t(`settings.language.${l}` as 'settings.language.fr'),
      ),
      rulesJson: JSON.stringify(pageRules(SETTINGS_RULES)),
      departementNamesJson: JSON.stringify(
        Object.fromEntries(DEPARTEMENTS.map(d => [d.code, d.nom])),
      ),
    },
    {title: t('settings.title'), kind: 'sidebar'},
  );
}

/**
 * google.script.run target: the stored settings as the page shows them, and
 * the rules the page checks before saving.
 */
export function getSettingsForPage(): SettingsPageData {
  const settings = startExecution();
  return {values: pageValues(settings), rules: pageRules(SETTINGS_RULES)};
}

/**
 * google.script.run target: checks and saves the sidebar's values. Returns
 * {ok: true} with the values as saved (normalised), or {ok: false} with one
 * message per refused field; then nothing is saved.
 * @param values the form's values, field by field (a field left out keeps its value)
 */
export function saveSettingsFromPage(values: unknown): SaveSettingsResult {
  const before = startExecution();
  return withDocumentLock((): SaveSettingsResult => {
    // Read again under the lock: another save may have happened meanwhile.
    const current = loadSettings();
    const result = validateSettings(values, current);
    if (!result.ok) {
      return {ok: false, message: t('ui.form.invalid'), errors: result.errors};
    }
    const settings = result.settings;
    if (
      settings.documentsFolderId &&
      settings.documentsFolderId !== current.documentsFolderId
    ) {
      // A folder given by its link: it must be one this user can reach
      // (with the drive.file scope, one the add-on made or was given).
      const name = folderName(settings.documentsFolderId);
      if (name === null) {
        return {
          ok: false,
          message: t('ui.form.invalid'),
          errors: {documentsFolder: t('settings.error.folderNotFound')},
        };
      }
      settings.documentsFolderName = name;
    }
    saveSettings(settings);
    const message =
      settings.language !== before.language
        ? t('settings.savedLanguage')
        : t('settings.saved');
    return {ok: true, message, values: pageValues(settings)};
  });
}
