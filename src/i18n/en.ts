/** The English catalogue: same keys as fr.ts (the type makes sure of it). */
import type {FR} from './fr';

export const EN: Record<keyof typeof FR, string> = {
  'menu.title': 'Territoire de sciences',
  'menu.about': 'About…',
  'about.title': 'About',
  'about.description':
    "Territoire de sciences' add-on for the cultural-engineering team: event trackers, evaluation questionnaires, reports, documents and weekly summaries.",
  'about.version': 'Version {version}',
  'about.help': 'Help and user guide',
  'error.unexpected': 'An unexpected error occurred: {detail}',
  'error.lockBusy':
    'Another operation is running on this spreadsheet. Try again in a moment.',
  'error.noSpreadsheet':
    'Open a Google Sheets spreadsheet to use this function.',
  'common.ok': 'OK',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
  // --- settings (keys 'settings.*') ---
  // --- ui (keys 'ui.*') ---
  // --- tracker (keys 'tracker.*') ---
  // --- import (keys 'import.*') ---
  // --- questionnaire (keys 'questionnaire.*') ---
  // --- bilan (keys 'bilan.*') ---
  // --- documents (keys 'documents.*') ---
  // --- weekly (keys 'weekly.*') ---
  // --- privacy (keys 'privacy.*') ---
};
