/**
 * The one menu table. Each capability contributes its items from its own
 * `menu.ts`; the order here is the order in the menu. A test checks that every
 * `fn` is a top-level function of the built bundle.
 */
import type {MenuItem} from './types';
import {ABOUT_MENU} from '../about/menu';
// --- capability menus (imports) ---

export const MENU: MenuItem[] = [
  // --- capability menus (items) ---
  ...ABOUT_MENU,
];
