/** report.json's weekly figures come from the add-on's « Synthèses » row, not from a recount. */
import {weeklyFromAddon} from '../../../scripts/preview/weekly';

const HEAD = [
  'Date',
  'Séances (14 jours)',
  'Complètes',
  'Tâches en retard',
  'Statut',
];

test('the row dated --today, whatever the Programme says', () => {
  const ss = {
    name: 'Suivi',
    sheets: [
      // A Programme with no session at all: a recount would say 0.
      {name: 'Programme', values: [['Titre', 'Date']]},
      {
        name: 'Synthèses',
        values: [
          HEAD,
          [{date: '2026-09-24T06:00:00.000Z'}, 3, 0, 1, 'envoyée'],
          [{date: '2026-10-01T06:00:00.000Z'}, 99, 0, 7, 'envoyée'],
        ],
      },
    ],
  };
  expect(weeklyFromAddon(ss, '2026-10-01', 1)).toEqual({
    today: '2026-10-01',
    upcomingSessions: 99,
    overdueTasks: 7,
    mailsSent: 1,
  });
  // No row that day: the trigger did not run, no figures.
  expect(weeklyFromAddon(ss, '2026-10-08', 0)).toBeNull();
});
