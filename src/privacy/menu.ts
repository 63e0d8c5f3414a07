import type {MenuItem} from '../menu/types';

export const PRIVACY_MENU: MenuItem[] = [
  {label: 'privacy.menu.purge', fn: 'purgeOldResponses', hosts: ['sheets']},
];
