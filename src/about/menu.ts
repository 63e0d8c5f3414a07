import type {MenuItem} from '../menu/types';

export const ABOUT_MENU: MenuItem[] = [
  {
    label: 'menu.about',
    fn: 'showAbout',
    hosts: ['sheets', 'forms'],
    separatorBefore: true,
  },
  {label: 'menu.check', fn: 'checkInstallation', hosts: ['sheets', 'forms']},
];
