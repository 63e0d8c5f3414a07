/**
 * The Bilan tab at Isère size (the built-in sample: 500 sessions, 5,000
 * answers, 250 organisers' reports): key figures first, under 1,000 rows,
 * the long tables in their own tabs, and every chart specified from the very
 * lines of its table (type, labels, values).
 */
import {computeBilan} from '../../../src/bilan/compute';
import {layoutBilan} from '../../../src/bilan/layout';
import {displayEntries} from '../../../src/bilan/display';
import {COMMUNES} from '../../../src/generated/communes';
import type {BilanResult, QuestionStats} from '../../../src/model/bilan';
import {sampleInput} from './sample';

let result: BilanResult;
beforeAll(() => {
  const {sheets, tracker} = sampleInput();
  result = computeBilan({
    sheets,
    params: [],
    tracker,
    k: 5,
    now: new Date('2026-11-02T10:00:00+01:00'),
    communes: COMMUNES,
  });
});

test('the Bilan tab stays under 1,000 rows and opens with the key figures', () => {
  const layout = layoutBilan(result, '02/11/2026 10:00');
  expect(layout.rows.length).toBeLessThan(1000);
  expect(layout.rows[0][0]).toBe('Bilan des questionnaires');
  const key = layout.rows.findIndex(r => r[0] === 'Chiffres clés');
  expect(key).toBeLessThan(6);
  expect(layout.rows[key + 2].slice(0, 2)).toEqual([
    'Séances réalisées',
    result.programme!.sessionsHeld,
  ]);
  // Every planned session of the sample is past on 2 November: all held.
  expect(result.programme!.sessionsHeld).toBe(
    result.programme!.sessionsPlanned,
  );
  // Sections named by audience, the public first.
  const titles = layout.rows.map(r => String(r[0]));
  const pub = titles.findIndex(x => x.startsWith('Grand public'));
  const org = titles.findIndex(x => x.startsWith('Organisateurs'));
  expect(pub).toBeGreaterThan(key);
  expect(org).toBeGreaterThan(pub);
});

test('the long tables go to their own tabs', () => {
  const layout = layoutBilan(result, '02/11/2026 10:00');
  const tabs = new Map(layout.longTabs.map(t => [t.name, t]));
  expect([...tabs.keys()]).toEqual([
    'Bilan – par séance',
    'Bilan – communes',
    'Bilan – structures',
  ]);
  const sessions = tabs.get('Bilan – par séance')!;
  // One row per session answered, under the row of question titles and the header.
  expect(sessions.rows.length - 2).toBe(
    result.crossTabs.find(c => c.perSession)!.rows.length,
  );
  expect(sessions.rows.length).toBeGreaterThan(300);
  // Every commune of Isère, reached or not.
  expect(tabs.get('Bilan – communes')!.rows).toHaveLength(1 + 512);
  expect(tabs.get('Bilan – structures')!.rows.length).toBe(
    1 + result.programme!.byStructure.length,
  );
});

test('each chart is specified from the lines of its table: type, labels and values', () => {
  const layout = layoutBilan(result, '02/11/2026 10:00');
  expect(layout.charts.length).toBeGreaterThan(8);
  for (const c of layout.charts) {
    const lines = layout.rows.slice(c.row - 1, c.row - 1 + c.numRows);
    expect(c.data.labels).toEqual(lines.map(l => l[0]));
    expect(c.data.values).toEqual(lines.map(l => l[1]));
    const q = result.questions.find(x => x.title === c.data.title)!;
    expect(c.data.type).toBe(
      q.type === 'scale' || q.type === 'nps' ? 'column' : 'bar',
    );
  }
  // The satisfaction chart: its five bars are the five answers, labelled 1 to 5.
  const sat = layout.charts.find(c => c.data.title.startsWith('Globalement'))!;
  const q = result.questions.find(x => x.title === sat.data.title)!;
  expect(sat.data.labels).toEqual(['1', '2', '3', '4', '5']);
  expect(sat.data.values).toEqual(
    ['1', '2', '3', '4', '5'].map(l => q.distribution[l]),
  );
});

test('a question with dozens of options shows its top ten and the rest grouped', () => {
  const session = result.questions.find(q => q.role === 'session')!;
  expect(Object.keys(session.distribution).length).toBeGreaterThan(300);
  const lines = displayEntries(session, n => `Autres (${n})`);
  expect(lines).toHaveLength(11);
  const sorted = Object.values(session.distribution).sort((a, b) => b - a);
  expect(lines.slice(0, 10).map(l => l.count)).toEqual(sorted.slice(0, 10));
  // The rest: every other answer, counted once.
  const rest = sorted.slice(10).reduce((a, b) => a + b, 0);
  expect(lines[10]).toMatchObject({
    label: `Autres (${sorted.length - 10})`,
    count: rest,
    grouped: sorted.length - 10,
  });
  expect(lines.reduce((n, l) => n + l.count, 0)).toBe(session.answered);
  // Checkboxes: the shares of the rest do not add up (a respondent ticks several).
  const multi: QuestionStats = {
    ...session,
    type: 'multi',
    distribution: Object.fromEntries(
      Array.from({length: 14}, (_, i) => [`Option ${i}`, 14 - i]),
    ),
    percentages: {},
  };
  const m = displayEntries(multi, n => `Autres (${n})`);
  expect(m[10]).toMatchObject({
    count: 4 + 3 + 2 + 1,
    percent: null,
    grouped: 4,
  });
});
