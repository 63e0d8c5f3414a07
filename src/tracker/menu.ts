import type {MenuItem} from '../menu/types';

export const TRACKER_MENU: MenuItem[] = [
  {label: 'tracker.menu.tracker', fn: 'showTrackerDialog', hosts: ['sheets']},
  {label: 'tracker.menu.import', fn: 'showImportDialog', hosts: ['sheets']},
];
