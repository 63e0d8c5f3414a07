import type {MenuItem} from '../menu/types';

export const BILAN_MENU: MenuItem[] = [
  {label: 'bilan.menu.generate', fn: 'showBilanDialog', hosts: ['sheets']},
  {
    label: 'bilan.menu.generateForm',
    fn: 'generateFormBilan',
    hosts: ['forms'],
  },
  {label: 'bilan.menu.link', fn: 'linkFormToTracker', hosts: ['forms']},
];
