import type {MenuItem} from '../menu/types';

export const BOOKINGS_MENU: MenuItem[] = [
  {
    label: 'bookings.menu.open',
    fn: 'showBookingsDialog',
    hosts: ['sheets'],
    separatorBefore: true,
  },
  {label: 'bookings.menu.sync', fn: 'updateBookings', hosts: ['sheets']},
];
