import type {MenuItem} from '../menu/types';

/** The documents capability's menu items (Google Sheets only: they read the tracker). */
export const DOCUMENTS_MENU: MenuItem[] = [
  {
    label: 'documents.menu.presentation',
    fn: 'generatePresentation',
    hosts: ['sheets'],
    separatorBefore: true,
  },
  {label: 'documents.menu.followup', fn: 'generateFollowup', hosts: ['sheets']},
  {
    label: 'documents.menu.bilan',
    fn: 'generateBilanDocument',
    hosts: ['sheets'],
  },
  {label: 'documents.menu.fiches', fn: 'showFichesDialog', hosts: ['sheets']},
  {
    label: 'documents.menu.dialog',
    fn: 'showDocumentsDialog',
    hosts: ['sheets'],
  },
];
