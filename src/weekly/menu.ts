import type {MenuItem} from '../menu/types';

export const WEEKLY_MENU: MenuItem[] = [
  {
    label: 'weekly.menu.activate',
    fn: 'showWeeklyDialog',
    hosts: ['sheets'],
    separatorBefore: true,
  },
  {
    label: 'weekly.menu.deactivate',
    fn: 'deactivateWeeklySummary',
    hosts: ['sheets'],
  },
  {label: 'weekly.menu.sendNow', fn: 'sendWeeklySummaryNow', hosts: ['sheets']},
];
