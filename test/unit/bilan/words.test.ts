/**
 * Scales written in words are ordered scales: French and English agreement,
 * satisfaction, ease, interest and frequency sets, and numbers whose two ends
 * carry a label. Distribution in scale order, mean and median on the rank
 * (1 for the lowest), top-two box; a label holding ", " is never split; the
 * inferred order is written to "Bilan – paramètres" and staff can correct it.
 */
import {computeBilan, runBilan} from '../../../src/bilan/compute';
import {paramRows, parseParams} from '../../../src/bilan/params';
import {orderScale} from '../../../src/bilan/scales';
import type {ItemHint, ResponseSheet} from '../../../src/bilan/types';
import {COMMUNES} from '../../../src/generated/communes';

const NOW = new Date('2026-10-20T09:00:00Z');

function sheet(
  title: string,
  answers: unknown[],
  items?: ItemHint[],
): ResponseSheet {
  return {
    name: 'Réponses',
    formUrl: 'https://docs.google.com/forms/d/F/edit',
    values: [['Horodateur', title], ...answers.map(a => [new Date(NOW), a])],
    items: items ?? null,
  };
}

function run(s: ResponseSheet, params = [] as ReturnType<typeof parseParams>) {
  return runBilan({
    sheets: [s],
    params,
    tracker: null,
    k: 5,
    now: NOW,
    communes: COMMUNES,
  });
}

describe('recognising the sets, lowest first', () => {
  test.each([
    [
      [
        "Tout à fait d'accord",
        "Pas du tout d'accord",
        "Plutôt d'accord",
        "Plutôt pas d'accord",
      ],
      [
        "Pas du tout d'accord",
        "Plutôt pas d'accord",
        "Plutôt d'accord",
        "Tout à fait d'accord",
      ],
    ],
    [
      ['Très satisfait', 'Satisfait', 'Peu satisfait', 'Pas du tout satisfait'],
      ['Pas du tout satisfait', 'Peu satisfait', 'Satisfait', 'Très satisfait'],
    ],
    [
      ['Très satisfait(e)', 'Satisfait·e', 'Insatisfaite'],
      ['Insatisfaite', 'Satisfait·e', 'Très satisfait(e)'],
    ],
    [
      ['Agree', 'Disagree', 'Somewhat agree', 'Somewhat disagree'],
      ['Disagree', 'Somewhat disagree', 'Somewhat agree', 'Agree'],
    ],
    [
      [
        'Very satisfied',
        'Neutral',
        'Very dissatisfied',
        'Satisfied',
        'Dissatisfied',
      ],
      null, // "Neutral" alone belongs to no family: not guessed
    ],
    [
      ['Très facile', 'Facile', 'Difficile', 'Très difficile'],
      ['Très difficile', 'Difficile', 'Facile', 'Très facile'],
    ],
    [
      [
        'Très intéressant',
        'Peu intéressant',
        'Assez intéressant',
        'Pas du tout intéressant',
      ],
      [
        'Pas du tout intéressant',
        'Peu intéressant',
        'Assez intéressant',
        'Très intéressant',
      ],
    ],
    [
      ['Toujours', 'Jamais', 'Souvent', 'Parfois', 'Rarement'],
      ['Jamais', 'Rarement', 'Parfois', 'Souvent', 'Toujours'],
    ],
    [
      ['Often', 'Never', 'Sometimes', 'Always'],
      ['Never', 'Sometimes', 'Often', 'Always'],
    ],
    [
      ['Tout à fait', '3', 'Pas du tout', '2', '4'],
      ['Pas du tout', '2', '3', '4', 'Tout à fait'],
    ],
    [
      [
        'Oui, tout à fait',
        'Non, pas du tout',
        'Oui, plutôt',
        'Non, plutôt pas',
      ],
      [
        'Non, pas du tout',
        'Non, plutôt pas',
        'Oui, plutôt',
        'Oui, tout à fait',
      ],
    ],
    // Not scales: nominal options, a middle best.
    [['Affiche', 'Presse, radio', 'Site internet'], null],
    [['Trop courte', 'Adaptée', 'Trop longue'], null],
    [['Oui', 'Non'], null],
  ])('%j', (labels, expected) => {
    expect(orderScale(labels)).toEqual(expected);
  });
});

describe('a scale in words in the bilan', () => {
  const title = 'Les explications étaient claires';
  const answers = [
    "Tout à fait d'accord",
    "Tout à fait d'accord",
    "Plutôt d'accord",
    "Plutôt d'accord",
    "Plutôt d'accord",
    "Plutôt pas d'accord",
    "Pas du tout d'accord",
    "tout à fait d'accord", // case differs: the same label
    'Sans opinion', // not on the scale: an anomaly
  ];

  test('distribution in scale order, mean and median on the rank, top-two box', () => {
    const {result, specs} = run(sheet(title, answers));
    expect(specs[1]).toMatchObject({
      kind: 'scale',
      bounds: [1, 4],
      options: [
        "Pas du tout d'accord",
        "Plutôt pas d'accord",
        "Plutôt d'accord",
        "Tout à fait d'accord",
      ],
    });
    const q = result.questions[0];
    expect(q.type).toBe('scale');
    expect(q.scale).toEqual(specs[1].options);
    expect(Object.keys(q.distribution)).toEqual(specs[1].options);
    // Ranks: 1 ×1, 2 ×1, 3 ×3, 4 ×3 → 8 answers, sum 1 + 2 + 9 + 12 = 24.
    expect(Object.values(q.distribution)).toEqual([1, 1, 3, 3]);
    expect(q.answered).toBe(8);
    expect(q.mean).toBe(3); // 24 / 8
    expect(q.median).toBe(3); // sorted 1 2 3 3 3 4 4 4 → (3 + 3) / 2
    expect(q.top2).toBe(75); // (3 + 3) / 8
    expect(q.bounds).toEqual([1, 4]);
    expect(result.anomalies).toEqual([
      expect.objectContaining({
        value: 'Sans opinion',
        code: 'outOfScale',
        row: 10,
      }),
    ]);
  });

  test('a label with ", " is one answer, never several ticked boxes', () => {
    const r = computeBilan({
      sheets: [
        sheet('Avez-vous appris quelque chose ?', [
          'Oui, tout à fait',
          'Oui, tout à fait',
          'Oui, plutôt',
          'Non, plutôt pas',
          'Non, pas du tout',
          'Oui, plutôt',
        ]),
      ],
      params: [],
      tracker: null,
      k: 5,
      now: NOW,
      communes: COMMUNES,
    });
    const q = r.questions[0];
    expect(q.type).toBe('scale');
    expect(q.distribution).toEqual({
      'Non, pas du tout': 1,
      'Non, plutôt pas': 1,
      'Oui, plutôt': 2,
      'Oui, tout à fait': 2,
    });
  });

  test('numbers with labelled ends: ranks 1 to 5', () => {
    const r = computeBilan({
      sheets: [
        sheet('Avez-vous aimé ?', [
          'Pas du tout',
          2,
          3,
          3,
          4,
          'Tout à fait',
          'Tout à fait',
        ]),
      ],
      params: [],
      tracker: null,
      k: 5,
      now: NOW,
      communes: COMMUNES,
    });
    const q = r.questions[0];
    expect(q.scale).toEqual(['Pas du tout', '2', '3', '4', 'Tout à fait']);
    expect(q.scale!.map(l => q.distribution[l])).toEqual([1, 1, 2, 1, 2]);
    expect(q.mean).toBe(3.29); // (1 + 2 + 3 + 3 + 4 + 5 + 5) / 7 = 23 / 7
    expect(q.median).toBe(3);
  });

  test("the form's order decides for a choice item whose options read as a scale", () => {
    const items: ItemHint[] = [
      {
        title,
        kind: 'choice',
        options: [
          'Très satisfait',
          'Satisfait',
          'Insatisfait',
          'Très insatisfait',
        ],
      },
    ];
    const {specs, result} = run(
      sheet(title, ['Satisfait', 'Très satisfait'], items),
    );
    expect(specs[1].kind).toBe('scale');
    expect(specs[1].origin).toBe('form');
    // Every label of the form, even those nobody chose, lowest first.
    expect(result.questions[0].scale).toEqual([
      'Très insatisfait',
      'Insatisfait',
      'Satisfait',
      'Très satisfait',
    ]);
  });

  test('a grid whose columns are words with numbers between is a scale', () => {
    const items: ItemHint[] = [
      {
        title: 'Notez chaque atelier',
        kind: 'grid',
        rows: ['Atelier A'],
        options: ['Pas du tout', '2', '3', '4', 'Tout à fait'],
      },
    ];
    const {specs} = run(
      sheet('Notez chaque atelier [Atelier A]', ['3', 'Tout à fait'], items),
    );
    expect(specs[1]).toMatchObject({
      kind: 'scale',
      options: ['Pas du tout', '2', '3', '4', 'Tout à fait'],
    });
  });

  test('"Bilan – paramètres" shows the order; staff reorder it and the ranks follow', () => {
    const {specs} = run(sheet(title, answers));
    const rows = paramRows(specs);
    const row = rows.find(r => r[2] === title)!;
    expect(row[6]).toBe(
      "Pas du tout d'accord | Plutôt pas d'accord | Plutôt d'accord | Tout à fait d'accord",
    );
    // Staff say the middle two are the other way round.
    row[6] =
      "Pas du tout d'accord | Plutôt d'accord | Plutôt pas d'accord | Tout à fait d'accord";
    const params = parseParams(rows);
    expect(params.find(p => p.title === title)).toMatchObject({
      corrected: true,
    });
    const again = run(sheet(title, answers), params).result.questions[0];
    expect(again.scale![1]).toBe("Plutôt d'accord");
    // Ranks now: 1 ×1, 2 ×3 ("Plutôt d'accord"), 3 ×1, 4 ×3 → 1 + 6 + 3 + 12 = 22 / 8.
    expect(again.mean).toBe(2.75);
  });
});
