/**
 * The settings form: its fields, their rules (shared with the page through
 * pageRules(), so the sidebar checks exactly what the server checks) and the
 * translation between stored Settings and the form's values. Pure code.
 */
import {DEPARTEMENTS} from '../generated/communes';
import {FieldErrors, FieldRule, validateFields} from '../ui/kit/rules';
import {t, Language} from '../i18n';
import {Settings, Weekday} from './types';

export const WEEKDAYS: Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

export const LANGUAGES: Language[] = ['fr', 'en'];

/** Hours a weekly trigger can fire at (atHour accepts 0–23). */
export const HOURS: number[] = Array.from({length: 24}, (_, h) => h);

/** Under 3, a cell of a cross-tab may single someone out (INSEE statistical secrecy). */
export const MIN_SMALL_GROUP_K = 3;
/** Recipients of one message (MailApp: 50 per message). */
export const MAX_TEAM_EMAILS = 50;

/** What the form sends: one value per field, as typed. */
export type SettingsForm = {
  organisation: string;
  departements: string[];
  documentsFolder: string;
  teamEmails: string[];
  weeklyDay: string;
  weeklyHour: number;
  smallGroupK: number;
  language: string;
  retentionMonths: number;
  weeklyEvenIfNothingChanged: boolean;
};

export type SettingsField = keyof SettingsForm & string;

/** The rules of every field, in the order of the page. */
export const SETTINGS_RULES: Record<SettingsField, FieldRule> = {
  organisation: {kind: 'text', required: true, maxLength: 100, plain: true},
  departements: {
    kind: 'list',
    item: 'code',
    allowed: DEPARTEMENTS.map(d => d.code),
    minItems: 1,
    maxItems: DEPARTEMENTS.length,
    maxLength: 500,
    messages: {
      unknown: 'settings.error.departementUnknown',
      required: 'settings.error.departementsRequired',
    },
  },
  documentsFolder: {kind: 'text', required: true, maxLength: 200, plain: true},
  teamEmails: {
    kind: 'list',
    item: 'email',
    maxItems: MAX_TEAM_EMAILS,
    maxLength: 5000,
    messages: {tooMany: 'settings.error.teamEmailsTooMany'},
  },
  weeklyDay: {kind: 'choice', options: WEEKDAYS},
  weeklyHour: {kind: 'integer', min: 0, max: 23},
  smallGroupK: {
    kind: 'integer',
    min: MIN_SMALL_GROUP_K,
    max: 100,
    messages: {min: 'settings.error.smallGroupK'},
  },
  language: {kind: 'choice', options: LANGUAGES},
  retentionMonths: {kind: 'integer', min: 1, max: 120},
  weeklyEvenIfNothingChanged: {kind: 'boolean'},
};

/**
 * A Drive folder given by its link or id rather than by name: a
 * drive.google.com folder link, or a bare id (Drive ids are 25+ url-safe
 * characters with no spaces).
 */
export function folderIdOf(text: string): string | null {
  const link =
    /^https:\/\/drive\.google\.com\/(?:drive\/(?:u\/\d+\/)?folders\/|open\?id=)([A-Za-z0-9_-]{10,})/.exec(
      text,
    );
  if (link) return link[1];
  return /^[A-Za-z0-9_-]{25,}$/.test(text) ? text : null;
}

/** The form's values for the stored settings (what the page shows). */
export function settingsToForm(s: Settings): SettingsForm {
  return {
    organisation: s.organisation,
    departements: [...s.departements],
    // The id once known (the folder may have been renamed), else the name.
    documentsFolder: s.documentsFolderId || s.documentsFolderName,
    teamEmails: [...s.teamEmails],
    weeklyDay: s.weeklyDay,
    weeklyHour: s.weeklyHour,
    smallGroupK: s.smallGroupK,
    language: s.language,
    retentionMonths: s.retentionMonths,
    weeklyEvenIfNothingChanged: s.weeklyEvenIfNothingChanged,
  };
}

export type SettingsValidation =
  {ok: true; settings: Settings} | {ok: false; errors: FieldErrors};

/**
 * Validates what the page sent and turns it into Settings. A field the page
 * did not send keeps its current value; everything else is checked again here
 * whatever the page did (the page may be bypassed). Anything but an object of
 * fields is refused as a whole (error under the key "form").
 */
export function validateSettings(
  values: unknown,
  current: Settings,
): SettingsValidation {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    return {ok: false, errors: {form: t('ui.rule.wrongType')}};
  }
  const sent = values as Record<string, unknown>;
  const merged: Record<string, unknown> = {...settingsToForm(current)};
  for (const field of Object.keys(SETTINGS_RULES)) {
    if (Object.prototype.hasOwnProperty.call(sent, field)) {
      merged[field] = sent[field];
    }
  }
  const result = validateFields<SettingsForm>(SETTINGS_RULES, merged);
  if (!result.ok) return result;
  const v = result.values;
  const folderId = folderIdOf(v.documentsFolder);
  let documentsFolderId = '';
  let documentsFolderName = current.documentsFolderName;
  if (folderId) {
    documentsFolderId = folderId;
  } else if (
    v.documentsFolder === current.documentsFolderName ||
    v.documentsFolder === current.documentsFolderId
  ) {
    // Unchanged: keep the folder the add-on already knows.
    documentsFolderId = current.documentsFolderId;
  } else {
    documentsFolderName = v.documentsFolder;
  }
  return {
    ok: true,
    settings: {
      organisation: v.organisation,
      departements: v.departements,
      documentsFolderId,
      documentsFolderName,
      teamEmails: v.teamEmails,
      weeklyDay: v.weeklyDay as Weekday,
      weeklyHour: v.weeklyHour,
      smallGroupK: v.smallGroupK,
      language: v.language as Language,
      retentionMonths: v.retentionMonths,
      weeklyEvenIfNothingChanged: v.weeklyEvenIfNothingChanged,
    },
  };
}
