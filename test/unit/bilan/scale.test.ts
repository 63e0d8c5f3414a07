/**
 * 10,000 responses × 30 questions: the counts come out right (the timing
 * belongs to the bench; this test checks correctness at that size), and the
 * stored result survives being cut into cells.
 */
import {computeBilan} from '../../../src/bilan/compute';
import {decodeBilan, encodeBilan} from '../../../src/bilan/store';
import {COMMUNES} from '../../../src/generated/communes';

const N = 10000;
const SESSIONS = ['Atelier A', 'Atelier B', 'Conférence C', 'Visite D'];
const HEARD = ['Affiche', 'Presse, radio', 'Web', 'Affiche, Web'];

function bigSheet(): unknown[][] {
  const header = [
    'Horodateur',
    'Quelle animation avez-vous suivie ?',
    'Votre commune',
    "Votre tranche d'âge",
  ];
  for (let q = 1; q <= 20; q++) header.push(`Satisfaction ${q}`);
  header.push(
    'Quelle est la probabilité que vous recommandiez cet événement ?',
  );
  header.push('Comment avez-vous connu cet événement ?');
  header.push('Nombre de personnes avec vous');
  header.push('Durée');
  header.push('Commentaires');
  header.push('Adresse e-mail');
  const rows: unknown[][] = [header];
  for (let i = 0; i < N; i++) {
    const row: unknown[] = [
      new Date(Date.UTC(2026, 9, 10, 8, 0, i)),
      SESSIONS[i % 4],
      i % 2 ? 'Grenoble' : 'Échirolles',
      ['-15', '15-39', '40+'][i % 3],
    ];
    for (let q = 1; q <= 20; q++) row.push(((i + q) % 5) + 1);
    row.push(i % 11);
    row.push(HEARD[i % 4]);
    row.push(i % 6);
    row.push(['Trop courte', 'Adaptée', 'Trop longue'][i % 3]);
    row.push(
      i % 10 === 0 ? `Très bien ${i}, écrivez-moi à p${i}@exemple.fr` : '',
    );
    row.push(`p${i}@exemple.fr`);
    rows.push(row);
  }
  return rows;
}

test('10,000 × 30: every count right, personal data out, cross-tabs complete', () => {
  const values = bigSheet();
  const r = computeBilan({
    sheets: [
      {
        name: 'Réponses',
        formUrl: 'https://docs.google.com/forms/d/F/viewform',
        values,
      },
    ],
    params: [],
    tracker: null,
    k: 5,
    now: new Date('2026-10-20T00:00:00Z'),
    communes: COMMUNES,
  });
  expect(r.responses).toBe(N);
  expect(r.questions).toHaveLength(28); // 30 columns less the timestamp and the e-mail
  // Satisfaction q: value ((i + q) % 5) + 1 → 2,000 of each value, mean 3, median 3, top-2 40 %.
  for (let q = 1; q <= 20; q++) {
    const s = r.questions.find(x => x.title === `Satisfaction ${q}`)!;
    expect(s.distribution).toEqual({
      1: 2000,
      2: 2000,
      3: 2000,
      4: 2000,
      5: 2000,
    });
    expect([s.mean, s.median, s.top2]).toEqual([3, 3, 40]);
  }
  // NPS: i % 11 over 10,000 = 909 × 11 + 1 → 0 has 910 answers, 1–10 have 909 each:
  // P (9, 10) 1,818, passives (7, 8) 1,818, D (0–6) 910 + 6 × 909 = 6,364; score (1,818 − 6,364) / 100 = −45.46.
  const nps = r.questions.find(x => x.type === 'nps')!;
  expect(nps.nps).toEqual({
    promoters: 1818,
    passives: 1818,
    detractors: 6364,
    score: -45.5,
  });
  const heard = r.questions.find(x => x.type === 'multi')!;
  expect(heard.distribution).toEqual({
    Affiche: 5000,
    Web: 5000,
    'Presse, radio': 2500,
  });
  const people = r.questions.find(
    x => x.title === 'Nombre de personnes avec vous',
  )!;
  // i % 6: 10,000 = 1,666 × 6 + 4 → 0–3 have 1,667 answers, 4 and 5 have 1,666:
  // sum 1,667 × 6 + 1,666 × 9 = 24,996; sorted, answers 5,000 and 5,001 fall in the 2s (3,335th to 5,001st).
  expect([people.type, people.sum, people.median]).toEqual([
    'number',
    24996,
    2,
  ]);
  const comments = r.questions.find(x => x.title === 'Commentaires')!;
  expect(comments.answered).toBe(1000);
  expect(comments.texts![0]).toBe('Très bien 0, écrivez-moi à [e-mail masqué]');
  expect(JSON.stringify(r)).not.toMatch(/p\d+@exemple\.fr/);
  // Session × 20 scales + NPS + duration, commune × …, age × …: 3 segments × 22 questions.
  expect(r.crossTabs).toHaveLength(66);
  const c = r.crossTabs.find(
    x =>
      x.question === 'Satisfaction 1' &&
      x.segment === 'Quelle animation avez-vous suivie ?',
  )!;
  // Session i % 4, value (i + 1) % 5 + 1: each of the 4 × 5 combinations
  // 500 times, nothing hidden, each session's mean 3 and median 3.
  expect(c.rows.map(row => [row.group, row.n, row.cells, row.mean])).toEqual(
    SESSIONS.map(s => [s, 2500, [500, 500, 500, 500, 500], 3]),
  );
  expect(c.hiddenCells).toBe(0);
  expect(r.anomalies).toEqual([]);
});

test('the stored result: cut into cells under 50,000 characters, read back whole', () => {
  const r = computeBilan({
    sheets: [{name: 'Réponses', formUrl: '', values: bigSheet()}],
    params: [],
    tracker: null,
    k: 5,
    now: new Date('2026-10-20T00:00:00Z'),
    communes: COMMUNES,
  });
  const cells = encodeBilan(r);
  expect(cells.length).toBeGreaterThan(1);
  for (const [cell] of cells) {
    expect(cell.length).toBeLessThanOrEqual(40002);
    expect(cell.startsWith('J:')).toBe(true);
  }
  expect(decodeBilan(cells)).toEqual({
    ...r,
    anomalies: r.anomalies.slice(0, 500),
  });
  expect(decodeBilan([['J:{"broken']])).toBeNull();
  expect(decodeBilan([])).toBeNull();
});
