import type {MenuItem} from '../menu/types';

export const SETTINGS_MENU: MenuItem[] = [
  {
    label: 'menu.settings',
    fn: 'showSettings',
    hosts: ['sheets', 'forms'],
    separatorBefore: true,
  },
];
