import type {MenuItem} from '../menu/types';

export const QUESTIONNAIRE_MENU: MenuItem[] = [
  {
    label: 'questionnaire.menu.create',
    fn: 'showQuestionnaireDialog',
    hosts: ['sheets'],
    separatorBefore: true,
  },
  {
    label: 'questionnaire.menu.bank',
    fn: 'setupQuestionBank',
    hosts: ['sheets'],
  },
  {
    label: 'questionnaire.menu.counts',
    fn: 'refreshQuestionnaireCounts',
    hosts: ['sheets'],
  },
];
