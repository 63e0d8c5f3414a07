/** The add-on's settings, stored as one JSON value in document properties. */
import type {Language} from '../i18n';

export type Weekday =
  | 'MONDAY'
  | 'TUESDAY'
  | 'WEDNESDAY'
  | 'THURSDAY'
  | 'FRIDAY'
  | 'SATURDAY'
  | 'SUNDAY';

export interface Settings {
  organisation: string;
  departements: string[];
  /** Drive folder for generated documents: its id once created, else its name. */
  documentsFolderId: string;
  documentsFolderName: string;
  teamEmails: string[];
  weeklyDay: Weekday;
  weeklyHour: number;
  /** Smallest group shown in a cross-tab (CNIL/INSEE practice: 5 by default, never under 3). */
  smallGroupK: number;
  language: Language;
  retentionMonths: number;
  weeklyEvenIfNothingChanged: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  organisation: 'Territoire de sciences',
  departements: ['38'],
  documentsFolderId: '',
  documentsFolderName: 'Territoire de sciences – documents',
  teamEmails: [],
  weeklyDay: 'MONDAY',
  weeklyHour: 8,
  smallGroupK: 5,
  language: 'fr',
  retentionMonths: 12,
  weeklyEvenIfNothingChanged: false,
};

export const SETTINGS_KEY = 'tds.settings';
