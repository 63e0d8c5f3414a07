import {planPurge} from '../../../src/privacy/purge';
import {journalRows} from '../../../src/gas/journal';

const d = (iso: string) => new Date(`${iso}T10:00:00+01:00`);
const CUTOFF = new Date('2025-11-27T23:00:00Z'); // 28/11/2025 00:00 Paris

describe('planPurge', () => {
  it('deletes the rows dated before the cut-off, as one block when sorted', () => {
    const values = [
      ['Horodateur', 'Q1', 'E-mail'],
      [d('2025-01-10'), 'a', 'x@y.fr'],
      [d('2025-06-10'), 'b', ''],
      [d('2025-11-27'), 'c', ''],
      [d('2025-11-28'), 'd', ''],
      [d('2026-03-01'), 'e', ''],
    ];
    const plan = planPurge(values, CUTOFF);
    expect(plan.deleted).toBe(3);
    expect(plan.blocks).toEqual([{start: 2, count: 3}]);
    expect(plan.kept).toBe(2);
  });

  it('scattered old rows give blocks bottom first; undated rows are kept', () => {
    const values = [
      ['Q1', 'Timestamp'],
      ['a', d('2025-01-01')],
      ['b', d('2026-01-01')],
      ['c', d('2025-02-01')],
      ['d', d('2025-03-01')],
      ['e', 'pas une date'],
      ['f', ''],
      ['g', d('2024-12-01')],
    ];
    const plan = planPurge(values, CUTOFF);
    expect(plan.deleted).toBe(4);
    expect(plan.blocks).toEqual([
      {start: 8, count: 1},
      {start: 4, count: 2},
      {start: 2, count: 1},
    ]);
    expect(plan.kept).toBe(3);
  });

  it('empty sheets and header-only sheets delete nothing', () => {
    expect(planPurge([], CUTOFF)).toEqual({deleted: 0, blocks: [], kept: 0});
    expect(planPurge([['Horodateur']], CUTOFF).deleted).toBe(0);
  });
});

describe('journalRows', () => {
  it('writes date, source, level, tab, count and message in that order', () => {
    const at = new Date('2026-11-28T10:00:00Z');
    expect(
      journalRows([
        {
          at,
          source: 'Purge des réponses',
          level: 'info',
          sheet: 'R1',
          count: 3,
          message: 'ok',
        },
        {at, source: 'Synthèse hebdomadaire', level: 'error', message: 'cassé'},
      ]),
    ).toEqual([
      [at, 'Purge des réponses', 'info', 'R1', 3, 'ok'],
      [at, 'Synthèse hebdomadaire', 'erreur', '', '', 'cassé'],
    ]);
  });
});
