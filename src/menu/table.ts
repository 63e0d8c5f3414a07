/**
 * The one menu table. Each capability contributes its items from its own
 * `menu.ts`; the order here is the order in the menu. A test checks that every
 * `fn` is a top-level function of the built bundle.
 */
import type {MenuItem} from './types';
import {ABOUT_MENU} from '../about/menu';
// --- capability menus (imports) ---
import {QUESTIONNAIRE_MENU} from '../questionnaire/menu';
import {BOOKINGS_MENU} from '../bookings/menu';
import {BILAN_MENU} from '../bilan/menu';
import {DOCUMENTS_MENU} from '../documents/menu';
import {TRACKER_MENU} from '../tracker/menu';
import {WEEKLY_MENU} from '../weekly/menu';
import {PRIVACY_MENU} from '../privacy/menu';
import {SETTINGS_MENU} from '../settings/menu';

export const MENU: MenuItem[] = [
  // --- capability menus (items) ---
  ...TRACKER_MENU,
  ...QUESTIONNAIRE_MENU,
  ...BOOKINGS_MENU,
  ...BILAN_MENU,
  ...DOCUMENTS_MENU,
  ...WEEKLY_MENU,
  ...PRIVACY_MENU,
  ...SETTINGS_MENU,
  ...ABOUT_MENU,
];
