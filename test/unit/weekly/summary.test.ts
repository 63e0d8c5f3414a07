import {buildSummary, decideSend, hashText} from '../../../src/weekly/summary';
import type {ResponseFigures} from '../../../src/weekly/responses';
import {paris, sampleTracker, session, task} from './fixtures';

const NOW = paris('2026-09-14', '08:00'); // a Monday
const RESPONSES: ResponseFigures = {
  total: 6,
  since: 4,
  satisfaction: 3.6,
  nps: 0,
};

describe('buildSummary on the sample tracker, Monday 14 September 2026', () => {
  const s = buildSummary(sampleTracker(), RESPONSES, null, NOW);

  it('lists the sessions of the next 14 days, today included, in date order', () => {
    // 14/09 robots, 15/09 jeu, 20/09 climat, 22/09 expo, 27/09 balade (day 13);
    // 13/09 (yesterday), 28/09 (day 14) and the cancelled one are out.
    expect(s.sessions.map(x => x.title)).toEqual([
      'Atelier robots',
      'Jeu',
      'Conférence climat',
      'Expo',
      'Balade géologique',
    ]);
    expect(s.sessions.map(x => x.dateLabel)).toEqual([
      '14/09/2026',
      '15/09/2026',
      '20/09/2026',
      '22/09/2026',
      '27/09/2026',
    ]);
  });

  it('computes fill rates and flags full and nearly empty sessions', () => {
    // 20/20 = 100 % full; 3/10 = 30 % is not under 30 %; 12/100 = 12 % nearly
    // empty; capacity unknown → no rate; 15/30 = 50 %.
    expect(s.sessions.map(x => [x.fillRate, x.flag])).toEqual([
      [100, 'full'],
      [30, null],
      [12, 'nearlyEmpty'],
      [null, null],
      [50, null],
    ]);
    expect(s.counts.full).toBe(1);
    expect(s.counts.nearlyEmpty).toBe(1);
  });

  it('groups overdue and due-soon tasks by owner, no owner last', () => {
    expect(
      s.tasksByOwner.map(g => [
        g.owner,
        g.overdue.map(x => `${x.task}:${x.daysLate}`),
        g.dueSoon.map(x => x.task),
      ]),
    ).toEqual([
      ['Alice', ['Imprimer affiches:4'], ['Commander goûter']],
      ['Bruno', [], ['Réserver car']],
      ['Chloé', ['Sono:2'], []],
      ['', ['Assurance:13'], []],
    ]);
    // Overdue: affiches, assurance, sono; due within 7 days (14–20/09):
    // car (today), goûter (20/09); badges (21/09) and "fait" are out.
    expect(s.counts.overdue).toBe(3);
    expect(s.counts.dueSoon).toBe(2);
  });

  it('lists blocked tasks whatever their date', () => {
    expect(s.blocked.map(x => x.task)).toEqual(['Sono', 'Traiteur']);
    expect(s.counts.blocked).toBe(2);
  });

  it('adds the budget and finds the lines over budget', () => {
    expect([s.budget.planned, s.budget.committed, s.budget.spent]).toEqual([
      4500, 4800, 3200,
    ]);
    expect(s.budget.overBudget.map(l => [l.line, l.excess])).toEqual([
      ['Affiches', 200],
      ['Transport', 500],
    ]);
  });

  it('finds the gaps: sessions without venue or commune, partners without contact, tasks without owner', () => {
    expect(s.gaps.sessions).toEqual([
      {
        title: 'Balade géologique',
        dateLabel: '27/09/2026',
        missingVenue: true,
        missingCommune: false,
      },
      {
        title: 'Visite labo',
        dateLabel: '28/09/2026',
        missingVenue: false,
        missingCommune: true,
      },
    ]);
    expect(s.gaps.partnersWithoutContact).toEqual(['Asso Sciences']);
    expect(s.gaps.tasksWithoutOwner).toEqual(['Assurance', 'Nettoyage']);
    expect(s.counts.gaps).toBe(5);
  });

  it('carries the response figures and marks the first summary', () => {
    expect(s.counts.newResponses).toBe(4);
    expect(s.counts.satisfaction).toBe(3.6);
    expect(s.counts.nps).toBe(0);
    expect(s.firstSummary).toBe(true);
    expect(s.changed).toBe(true);
    expect(s.nothingDue).toBe(false);
    expect(s.dateLabel).toBe('14/09/2026');
  });
});

describe('what counts as a change', () => {
  const quiet = {...sampleTracker(), sessions: [], tasks: []};
  const none: ResponseFigures = {total: 6, since: 0, satisfaction: 3.6, nps: 0};

  it('an unchanged tracker a week later has the same fingerprint', () => {
    const first = buildSummary(quiet, none, null, NOW);
    const later = buildSummary(
      quiet,
      none,
      {at: NOW.toISOString(), fingerprint: first.fingerprint},
      paris('2026-09-21', '08:00'),
    );
    expect(later.fingerprint).toBe(first.fingerprint);
    expect(later.changed).toBe(false);
    expect(later.nothingDue).toBe(true);
    expect(
      decideSend(later, {
        force: false,
        pendingUnsent: false,
        evenIfNothing: false,
      }),
    ).toBe('nothingNew');
    expect(
      decideSend(later, {
        force: false,
        pendingUnsent: false,
        evenIfNothing: true,
      }),
    ).toBe('send');
    expect(
      decideSend(later, {
        force: true,
        pendingUnsent: false,
        evenIfNothing: false,
      }),
    ).toBe('send');
    expect(
      decideSend(later, {
        force: false,
        pendingUnsent: true,
        evenIfNothing: false,
      }),
    ).toBe('send');
  });

  it('a new response is a change', () => {
    const first = buildSummary(quiet, none, null, NOW);
    const later = buildSummary(
      quiet,
      {total: 7, since: 1, satisfaction: 3.7, nps: 5},
      {at: NOW.toISOString(), fingerprint: first.fingerprint},
      paris('2026-09-21', '08:00'),
    );
    expect(later.changed).toBe(true);
    expect(later.firstSummary).toBe(false);
  });

  it('a session coming up is due even when nothing changed', () => {
    const data = {
      ...quiet,
      sessions: [session({title: 'A', date: paris('2026-09-25')})],
    };
    const first = buildSummary(data, none, null, NOW);
    const later = buildSummary(
      data,
      none,
      {at: NOW.toISOString(), fingerprint: first.fingerprint},
      paris('2026-09-21', '08:00'),
    );
    expect(later.changed).toBe(false);
    expect(later.nothingDue).toBe(false);
    expect(
      decideSend(later, {
        force: false,
        pendingUnsent: false,
        evenIfNothing: false,
      }),
    ).toBe('send');
  });

  it('an overdue task growing older does not change the fingerprint', () => {
    const data = {
      ...quiet,
      tasks: [task({task: 'X', owner: 'A', dueDate: paris('2026-09-01')})],
    };
    const a = buildSummary(data, none, null, NOW);
    const b = buildSummary(data, none, null, paris('2026-09-21', '08:00'));
    expect(a.tasksByOwner[0].overdue[0].daysLate).toBe(13);
    expect(b.tasksByOwner[0].overdue[0].daysLate).toBe(20);
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('hashText is stable and tells texts apart', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
  });
});

describe('days are Paris days', () => {
  it('a session at 00:30 Paris on the 28th (22:30 UTC the 27th) is day 14: out', () => {
    const data = {
      ...sampleTracker(),
      sessions: [
        session({title: 'late', date: new Date('2026-09-27T22:30:00Z')}),
        session({title: 'in', date: new Date('2026-09-27T21:30:00Z')}),
      ],
    };
    const s = buildSummary(
      data,
      {total: 0, since: 0, satisfaction: null, nps: null},
      null,
      NOW,
    );
    expect(s.sessions.map(x => x.title)).toEqual(['in']);
  });

  it('the run day is the Paris day: 23:30 UTC on Sunday is Monday in Paris', () => {
    const s = buildSummary(
      {...sampleTracker(), sessions: []},
      {total: 0, since: 0, satisfaction: null, nps: null},
      null,
      new Date('2026-09-13T23:30:00Z'),
    );
    expect(s.dateLabel).toBe('14/09/2026');
  });
});
