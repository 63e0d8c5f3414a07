import {responseFigures} from '../../../src/weekly/responses';
import {paris} from './fixtures';

const FR_SHEET = {
  name: 'Réponses au formulaire 1',
  values: [
    [
      'Horodateur',
      'Satisfaction globale',
      'Recommanderiez-vous cet événement ? (0-10)',
      'Commentaire',
    ],
    [paris('2026-09-01', '10:00'), 5, 10, 'Super'],
    [paris('2026-09-05', '10:00'), 4, 9, ''],
    [paris('2026-09-08', '10:00'), 3, 6, ''],
    [paris('2026-09-12', '10:00'), '4 - Satisfait', 8, ''],
    ['', '', '', ''],
    [paris('2026-09-13', '10:00'), '', '', 'rien coché'],
  ],
};
const EN_SHEET = {
  name: 'Form Responses 2',
  values: [
    ['Timestamp', 'How satisfied were you?', 'Would you recommend it? (0-10)'],
    [paris('2026-09-10', '10:00'), 2, 0],
  ],
};

describe('responseFigures', () => {
  it('counts answers, answers since a date, satisfaction and NPS (by hand)', () => {
    // Since 7/09: 8/09, 12/09, 13/09 → 3; the blank row is no answer → 5.
    // Satisfaction 5, 4, 3, 4 → 4.0. NPS: 10 and 9 promoters, 6 detractor,
    // 8 passive → (2 − 1) / 4 = 25.
    expect(responseFigures([FR_SHEET], paris('2026-09-07'))).toEqual({
      total: 5,
      since: 3,
      satisfaction: 4,
      nps: 25,
    });
  });

  it('adds several response sheets (French and English headers)', () => {
    // + one answer on 10/09: sat (5+4+3+4+2)/5 = 3.6; NPS 2 promoters,
    // 2 detractors (6, 0) of 5 → 0.
    expect(responseFigures([FR_SHEET, EN_SHEET], paris('2026-09-07'))).toEqual({
      total: 6,
      since: 4,
      satisfaction: 3.6,
      nps: 0,
    });
  });

  it('without a previous summary every answer is new; no figures without answers', () => {
    expect(responseFigures([FR_SHEET], null).since).toBe(5);
    expect(
      responseFigures([{name: 'x', values: [['Horodateur']]}], null),
    ).toEqual({
      total: 0,
      since: 0,
      satisfaction: null,
      nps: null,
    });
    expect(responseFigures([], null).total).toBe(0);
  });

  it('ignores NPS answers outside 0–10', () => {
    const sheet = {
      name: 's',
      values: [
        ['Horodateur', 'Recommanderiez-vous ?'],
        [paris('2026-09-01'), 11],
        [paris('2026-09-01'), 'dix'],
        [paris('2026-09-01'), 10],
      ],
    };
    expect(responseFigures([sheet], null).nps).toBe(100);
  });

  it('takes the overall satisfaction question over another satisfaction one', () => {
    const sheet = {
      name: 's',
      values: [
        [
          'Horodateur',
          'Êtes-vous satisfait(e) de l’accueil ?',
          'Globalement, êtes-vous satisfait(e) de cette animation ?',
        ],
        [paris('2026-09-01'), 1, 5],
        [paris('2026-09-02'), 2, 4],
      ],
    };
    expect(responseFigures([sheet], null).satisfaction).toBe(4.5);
  });
});
