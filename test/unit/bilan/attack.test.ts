/**
 * The attack on every cross-tab the bilan shows: for each hidden cell, the
 * attacker (test/helpers/attack.ts) must find another whole-number table that
 * publishes exactly the same figures — every shown cell, group size, mean and
 * median, the column totals (the question's overall answers) — and differs in
 * that cell. No cell may be recovered: in the unit fixture, in the built-in
 * sample (5,000 answers), in random data of random sizes, and in the edge
 * cases (one hidden cell in a row, one in a column, a mean over hidden cells,
 * answers that only a small group gave, a table whose totals give it away).
 */
import {computeBilan} from '../../../src/bilan/compute';
import {COMMUNES} from '../../../src/generated/communes';
import {normalizeKey} from '../../../src/gas/table';
import type {BilanResult, CrossTab} from '../../../src/model/bilan';
import type {ItemHint} from '../../../src/bilan/types';
import {attack, columnValues, publishesSame} from '../../helpers/attack';
import {linkedSheetValues} from './helpers';
import {mulberry32} from '../../../scripts/sample/prng';
import {generateSample} from '../../../scripts/sample/generate';
import {AGE_BANDS, CAME_WITH, LENGTHS} from '../../../scripts/sample/types';

const NOW = new Date('2026-11-20T09:00:00Z');

function bilanOf(
  values: unknown[][],
  k: number,
  items: ItemHint[] | null = null,
): BilanResult {
  return computeBilan({
    sheets: [
      {
        name: 'Réponses au formulaire 1',
        formUrl: 'https://docs.google.com/forms/d/F1/edit',
        values,
        items,
      },
    ],
    params: [],
    tracker: null,
    k,
    now: NOW,
    communes: COMMUNES,
  });
}

/**
 * The true table behind a published cross-tab, counted by this test from the
 * raw rows: a row's group is the published row of the same name (ignoring
 * case and accents), else the merged "others" row; its answer is the column
 * of the same text (a number as its digits), else "Autre".
 */
function truthOf(pub: CrossTab, values: unknown[][]): number[][] {
  const header = values[0].map(String);
  const si = header.indexOf(pub.segment);
  const qi = header.indexOf(pub.question);
  expect(si).toBeGreaterThanOrEqual(0);
  expect(qi).toBeGreaterThanOrEqual(0);
  const rowOf = new Map(pub.rows.map((r, i) => [normalizeKey(r.group), i]));
  const merged = pub.rows.findIndex(r => r.merged);
  const colOf = new Map(pub.columns.map((c, j) => [c.toLowerCase(), j]));
  const other = pub.columns.findIndex(c => c === 'Autre');
  const table = pub.rows.map(() => pub.columns.map(() => 0));
  for (const row of values.slice(1)) {
    const s = String(row[si] ?? '').trim();
    const q = String(row[qi] ?? '').trim();
    if (!s || !q) continue;
    let r = rowOf.get(normalizeKey(s));
    if (r === undefined) {
      if (merged < 0) throw new Error(`group ${s} not in the table`);
      r = merged;
    }
    let c = colOf.get(q.toLowerCase());
    if (c === undefined) c = other;
    if (c < 0) throw new Error(`answer ${q} not in the table`);
    table[r][c]++;
  }
  return table;
}

/** Attacks every cross-tab of a bilan; returns the cells hidden in all of them. */
function attackAll(r: BilanResult, values: unknown[][]): number {
  let hidden = 0;
  for (const pub of r.crossTabs) {
    const outcome = attack(pub, truthOf(pub, values), columnValues(pub));
    expect({
      table: `${pub.question} × ${pub.segment}`,
      recovered: outcome.recovered,
    }).toEqual({table: `${pub.question} × ${pub.segment}`, recovered: []});
    hidden += outcome.hidden;
  }
  return hidden;
}

describe('the unit fixture (12 answers)', () => {
  for (const k of [3, 5]) {
    test(`k = ${k}: no hidden cell of any cross-tab can be recovered`, () => {
      const values = linkedSheetValues();
      const r = bilanOf(values, k);
      expect(r.crossTabs.length).toBeGreaterThan(10);
      expect(attackAll(r, values)).toBeGreaterThan(20);
    });
  }
});

describe('the built-in sample (Fête de la science, 5,000 answers)', () => {
  test('no hidden cell of any cross-tab can be recovered', () => {
    const sample = generateSample();
    const sessions = sample.fds.sessions;
    const header = [
      'Horodateur',
      'Quelle animation avez-vous suivie ?',
      'Dans quelle commune habitez-vous ?',
      'Avec qui êtes-vous venu(e) ?',
      "Votre tranche d'âge",
      'Globalement, êtes-vous satisfait(e) de cette animation ?',
      'Les explications étaient-elles claires ?',
      "La durée de l'animation était…",
      'Quelle est la probabilité que vous recommandiez cet événement à un proche ?',
      'Est-ce la première fois que vous venez à cet événement ?',
    ];
    const values: unknown[][] = [header];
    for (const a of sample.fds.publicAnswers) {
      const s = sessions[a.session];
      values.push([
        new Date(a.at),
        `${s.title} – ${s.date.slice(8)}/${s.date.slice(5, 7)} ${s.start} – ${s.commune.nom}`,
        a.commune,
        CAME_WITH[a.came],
        AGE_BANDS[a.age],
        a.satisfaction,
        a.explanations,
        LENGTHS[a.length],
        a.recommend,
        a.firstTime ? 'Oui' : 'Non',
      ]);
    }
    // The form's session item is a dropdown (its answers decide the options).
    const items: ItemHint[] = header
      .slice(1)
      .map(title => ({title, kind: 'other' as const}));
    items[0] = {title: header[1], kind: 'choice'};
    const r = bilanOf(values, 5, items);
    // Six questions by session, by commune and by age band.
    expect(r.crossTabs).toHaveLength(18);
    const bySession = r.crossTabs.filter(c => c.perSession);
    expect(bySession).toHaveLength(6);
    expect(bySession[0].rows.length).toBeGreaterThan(300);
    // Communes of residence: the ten largest, the others merged in one row.
    const byCommune = r.crossTabs.find(
      c => c.segmentRole === 'commune' && !c.perSession,
    )!;
    expect(byCommune.rows).toHaveLength(11);
    expect(byCommune.rows[10].merged).toBeGreaterThan(50);
    const hidden = attackAll(r, values);
    expect(hidden).toBeGreaterThan(1000);
  });
});

describe('random data of random sizes', () => {
  const rand = mulberry32(16160616);
  const int = (lo: number, hi: number) =>
    lo + Math.floor(rand() * (hi - lo + 1));
  const cases = Array.from({length: 40}, (_, i) => i);
  test.each(cases)('case %i: nothing recoverable', i => {
    const groups = int(2, 16);
    const k = int(3, 6);
    const bySession = i % 2 === 0;
    const header = [
      'Horodateur',
      bySession ? 'Quelle animation avez-vous suivie ?' : 'Votre commune',
      'Globalement, êtes-vous satisfait(e) ?',
      'Quelle est la probabilité que vous recommandiez cet événement ?',
      'Votre avis sur la durée',
    ];
    const values: unknown[][] = [header];
    const options = ['Trop courte', 'Adaptée', 'Trop longue', 'Sans avis'];
    for (let g = 0; g < groups; g++) {
      // Sizes from 1 to 30, answers skewed differently in each group.
      const n = int(1, i % 3 === 0 ? 8 : 30);
      const top = int(3, 5);
      for (let a = 0; a < n; a++) {
        const sat = rand() < 0.7 ? top : int(1, 5);
        values.push([
          new Date(Date.UTC(2026, 9, 10, 8, a)),
          `Groupe ${g + 1}`,
          sat,
          rand() < 0.5 ? 10 : int(0, 10),
          options[rand() < 0.6 ? 1 : int(0, 3)],
        ]);
      }
    }
    const r = bilanOf(values, k);
    attackAll(r, values);
    // Every table is either shown (and attacked above) or withheld.
    expect(r.crossTabs.length + (r.withheldCrossTabs ?? []).length).toBe(3);
  });
});

/** A sheet of (group, satisfaction) answers. */
function sheet(groups: Record<string, number[]>): unknown[][] {
  const values: unknown[][] = [
    [
      'Horodateur',
      'Quelle animation avez-vous suivie ?',
      'Globalement, satisfait(e) ?',
    ],
  ];
  for (const [g, answers] of Object.entries(groups)) {
    for (const a of answers) values.push([new Date(NOW), g, a]);
  }
  return values;
}

describe('edge cases', () => {
  test('a mean over hidden cells: the group of 7 with five "5" shows no mean', () => {
    // Before: five 5s shown, the two 4s hidden, and a mean of 4.71 gave them away.
    const values = sheet({
      A: [5, 5, 5, 5, 5, 4, 4],
      B: [5, 4, 3, 5, 4, 4, 3, 5, 2, 1, 5, 4],
      C: [3, 3, 4, 5, 5, 1, 2, 5, 4],
    });
    const r = bilanOf(values, 5);
    const ct = r.crossTabs[0];
    const a = ct.rows.find(x => x.group === 'A')!;
    expect(a.n).toBe(7);
    expect(a.cells[3]).toBeNull(); // the two 4s
    expect(a.mean).toBeNull();
    expect(a.median).toBeNull();
    // A row alone with one hidden cell would give it by subtraction from n.
    expect(a.cells.filter(x => x === null).length).toBeGreaterThanOrEqual(2);
    // A 5×5 2×4; B 1 1 2 4 4 4 4 5 5 5 5 + 3 3 → ones 1+1, twos 1+1,
    // threes 2+2, fours 2+4+2, fives 5+4+3; sum 110 over 28.
    expect(ct.total.cells).toEqual([2, 2, 4, 8, 12]);
    expect(ct.total.n).toBe(28);
    expect(ct.total.mean).toBe(3.93);
    attackAll(r, values);
  });

  test('one hidden cell in a row: a second one is hidden with it', () => {
    // B: 2 answers of 1 among 12, every other cell ≥ 5.
    const values = sheet({
      A: [...Array(6).fill(5), ...Array(6).fill(4)],
      B: [1, 1, ...Array(5).fill(4), ...Array(5).fill(5)],
      C: [...Array(5).fill(4), ...Array(7).fill(5)],
    });
    const r = bilanOf(values, 5);
    const b = r.crossTabs[0].rows.find(x => x.group === 'B')!;
    expect(b.cells[0]).toBeNull();
    expect(b.cells.filter(x => x === null).length).toBeGreaterThanOrEqual(2);
    attackAll(r, values);
  });

  test('one hidden cell in a column: a second one is hidden with it', () => {
    // Only A answered 2 (three times): the column total 3 would give A's cell.
    const values = sheet({
      A: [2, 2, 2, ...Array(6).fill(5)],
      B: [...Array(6).fill(5), ...Array(6).fill(4)],
      C: [...Array(5).fill(4), ...Array(7).fill(5)],
    });
    const r = bilanOf(values, 5);
    const ct = r.crossTabs[0];
    const column = ct.rows.map(x => x.cells[1]);
    expect(column.filter(x => x === null).length).toBeGreaterThanOrEqual(2);
    expect(ct.total.cells[1]).toBe(3);
    attackAll(r, values);
  });

  test('answers only a small group gave stay hidden (a zero of a large group is hidden with them)', () => {
    const values = sheet({
      Small: [1, 1, 5],
      A: [...Array(6).fill(5), ...Array(6).fill(4)],
      B: [...Array(8).fill(5), ...Array(5).fill(4)],
    });
    const r = bilanOf(values, 5);
    const ct = r.crossTabs[0];
    const small = ct.rows.find(x => x.group === 'Small')!;
    expect(small.cells.every(x => x === null || x === 0)).toBe(true);
    // Column "1": only Small's 2 answers; some large group's 0 is hidden too.
    const ones = ct.rows.map(x => x.cells[0]);
    expect(ones.filter(x => x === null).length).toBeGreaterThanOrEqual(2);
    attackAll(r, values);
  });

  test('a table whose totals give a hidden cell away is withheld, not shown', () => {
    // Everyone answered 5: the small group's cell is its size whatever is hidden.
    const values = sheet({A: [5, 5, 5], B: Array(9).fill(5)});
    const r = bilanOf(values, 5);
    expect(r.crossTabs).toHaveLength(0);
    expect(r.withheldCrossTabs).toEqual([
      {
        question: 'Globalement, satisfait(e) ?',
        segment: 'Quelle animation avez-vous suivie ?',
      },
    ]);
  });

  test('the attacker itself catches a recoverable cell (it is not a test that cannot fail)', () => {
    // A hand-made publication with one hidden cell in a row: n gives it away.
    const pub: CrossTab = {
      question: 'Q',
      source: 'S',
      segment: 'G',
      segmentRole: 'session',
      columns: ['1', '2'],
      rows: [
        {group: 'A', n: 7, cells: [null, 5], mean: null, median: null},
        {group: 'B', n: 6, cells: [6, 0], mean: null, median: null},
      ],
      total: {group: '', n: 13, cells: [8, 5], mean: null, median: null},
      k: 5,
      hiddenCells: 1,
      withMean: false,
      perSession: true,
    };
    const truth = [
      [2, 5],
      [6, 0],
    ];
    expect(publishesSame(truth, pub, null)).toBe(true);
    expect(attack(pub, truth, null).recovered).toEqual([
      {group: 'A', column: '1'},
    ]);
    // And a mean over hidden cells: (1,2) hidden in A, n 7, mean 1.71 → 2 and 5.
    const withMean: CrossTab = {
      ...pub,
      withMean: true,
      rows: [
        {group: 'A', n: 7, cells: [null, null], mean: 1.71, median: null},
        {group: 'B', n: 6, cells: [null, null], mean: null, median: null},
      ],
      hiddenCells: 4,
    };
    expect(attack(withMean, truth, [1, 2]).recovered).toHaveLength(4);
  });
});
