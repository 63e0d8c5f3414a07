/**
 * Programme figures from what the team really records: held sessions from
 * their dates, attendance from "Présents" where filled and from the
 * organisers' reports elsewhere, each figure with its source, both figures
 * where the sources disagree, the organisers' response rate and the
 * structures without report. Every figure is worked out by hand below.
 */
import {computeBilan} from '../../../src/bilan/compute';
import {isHeld} from '../../../src/bilan/programme';
import {COMMUNES} from '../../../src/generated/communes';
import type {Session, TrackerData} from '../../../src/model/tracker';
import {tracker} from './helpers';

const NOW = new Date('2026-10-20T09:00:00+02:00');

function at(
  day: string,
  status: string,
  extra: Partial<Session> = {},
): Session {
  return {
    ...tracker().sessions[0],
    date: new Date(`${day}T00:00:00+02:00`),
    start: '14:00',
    end: '16:00',
    status,
    attended: null,
    registered: null,
    ...extra,
  };
}

describe('held sessions', () => {
  test('a past session that is not cancelled counts as held, whatever its status', () => {
    expect(isHeld(at('2026-10-10', 'confirmé'), NOW)).toBe(true);
    expect(isHeld(at('2026-10-10', 'proposé'), NOW)).toBe(true);
    expect(isHeld(at('2026-10-10', ''), NOW)).toBe(true);
    expect(isHeld(at('2026-10-10', 'annulé'), NOW)).toBe(false);
    // Marked otherwise by staff.
    expect(isHeld(at('2026-10-10', 'non réalisé'), NOW)).toBe(false);
    expect(isHeld(at('2026-10-10', 'reporté'), NOW)).toBe(false);
    // Not yet past: the same day before its end, or later.
    expect(isHeld(at('2026-10-20', 'confirmé', {end: '23:00'}), NOW)).toBe(
      false,
    );
    expect(isHeld(at('2026-10-20', 'confirmé', {end: '08:00'}), NOW)).toBe(
      true,
    );
    expect(isHeld(at('2026-10-25', 'confirmé'), NOW)).toBe(false);
    // Marked "réalisé" counts even without a date; without a date nothing else does.
    expect(isHeld(at('2026-10-25', 'réalisé'), NOW)).toBe(true);
    expect(isHeld({...at('2026-10-25', 'confirmé'), date: null}, NOW)).toBe(
      false,
    );
  });
});

/**
 * Six structures: A (2 sessions, both with Présents 30 + 20), B (2 sessions,
 * one with Présents 15), C (one school session, Présents 25), D (no Présents),
 * E (no Présents, no report), F (a session to come, in Voiron).
 */
function programme(): TrackerData {
  const t = tracker();
  const s = (
    title: string,
    structure: string,
    commune: string,
    insee: string,
    attended: number | null,
    day = '2026-10-10',
    extra: Partial<Session> = {},
  ): Session => ({
    ...at(day, 'confirmé'),
    title,
    structure,
    commune,
    insee,
    attended,
    ...extra,
  });
  t.sessions = [
    s('A1', 'Association A', 'Grenoble', '38185', 30),
    s('A2', 'Association A', 'Grenoble', '38185', 20),
    s('B1', 'Médiathèque B', 'Voiron', '38563', 15),
    s('B2', 'Médiathèque B', 'Voiron', '38563', null),
    s('C1', 'Collège C', 'Vienne', '38544', 25, '2026-10-12', {
      public: 'scolaires',
    }),
    s('D1', 'Labo D', 'Meylan', '38229', null),
    s('E1', 'Musée E', 'Vif', '38545', null),
    s('F1', 'Théâtre F', 'Voiron', '38563', null, '2026-11-02'),
    s('X1', 'Association A', 'Grenoble', '38185', null, '2026-10-11', {
      status: 'annulé',
    }),
  ];
  return t;
}

/** The organisers' form: structure, commune, visitors, pupils, classes. */
const REPORTS = [
  [
    'Horodateur',
    'Nom de votre structure',
    'Commune principale de vos animations',
    'Nombre total de visiteurs',
    'Dont élèves (scolaires)',
    'Nombre de classes accueillies',
  ],
  [new Date(NOW), 'Association A', 'Grenoble', 60, 0, 0], // Programme says 50: both kept
  [new Date(NOW), 'Médiathèque B', 'Voiron', 40, 0, 0], // partial Présents (15): the report counts
  [new Date(NOW), 'collège c', 'Vienne', 25, 25, 1], // same as the Programme
  [new Date(NOW), 'Labo D', 'Meylan', 12, '', ''], // no Présents: the report counts
  [new Date(NOW), 'Fablab Z', 'Échirolles', 8, '', ''], // not in the Programme
];

test('attendance from "Présents" where complete, else the report; both where they differ', () => {
  const r = computeBilan({
    sheets: [
      {
        name: 'Bilans organisateurs',
        formUrl: 'https://docs.google.com/forms/d/F2/edit',
        values: REPORTS,
      },
    ],
    params: [],
    tracker: programme(),
    k: 5,
    now: NOW,
    communes: COMMUNES,
  });
  const p = r.programme!;
  // 9 rows: 1 cancelled, F1 to come → 8 planned, 7 held.
  expect([
    p.sessionsPlanned,
    p.sessionsHeld,
    p.sessionsUpcoming,
    p.sessionsCancelled,
  ]).toEqual([8, 7, 1, 1]);
  expect(p.sessionsMarkedHeld).toBe(0);
  expect([p.attended, p.sessionsWithAttendance]).toEqual([90, 4]); // 30 + 20 + 15 + 25
  // Visitors: A complete (50), B partial → report 40, C complete (25), D report 12,
  // E nothing, Z (not in the Programme) 8: 50 + 40 + 25 + 12 + 8 = 135.
  expect(p.visitors).toBe(135);
  expect(p.sources.visitors).toBe('programme+organisers');
  // Pupils: C's school session (25, complete); A and B report 0; D none; → 25.
  expect(p.pupils).toBe(25);
  // Classes: only reports: 0 + 0 + 1 = 1.
  expect([p.classes, p.sources.classes]).toEqual([1, 'organisers']);
  expect(p.disagreements).toEqual([
    {
      structure: 'Association A',
      figure: 'visitors',
      programme: 50,
      organisers: 60,
    },
  ]);
  // Structures of held sessions: A B C D E (F's session is to come) → 5;
  // four reported ("collège c" is "Collège C"), E did not.
  expect([p.structures, p.structuresReported, p.organiserResponseRate]).toEqual(
    [5, 4, 80],
  );
  expect(p.structuresWithoutReport).toEqual(['Musée E']);
  expect(p.unmatchedReports).toEqual(['Fablab Z']);
  expect(p.organiserReports).toBe(5);
  // Communes of held sessions: Grenoble, Voiron, Vienne, Meylan, Vif.
  expect(p.communesReached).toBe(5);
  expect(p.communes.find(c => c.name === 'Voiron')).toEqual({
    name: 'Voiron',
    insee: '38563',
    population: COMMUNES.find(c => c.code === '38563')!.population,
    sessions: 2, // B1, B2 (F1 is to come)
    attended: 15,
    visitors: 40, // Médiathèque B's report
    structures: 1,
  });
  expect(p.communes.find(c => c.name === 'Vif')!.attended).toBeNull();
  expect(p.whiteZones).toHaveLength(512 - 5);
  expect(p.whiteZones.map(z => z.name)).toContain('Échirolles');
  // The organisers' own totals, and "not asked" is not 0.
  expect(r.organisers).toMatchObject({
    reports: 5,
    visitors: 145,
    pupils: 25,
    classes: 1,
  });
});

test("without organisers' reports the Programme alone gives what it has, never a 0 it does not know", () => {
  const r = computeBilan({
    sheets: [],
    params: [],
    tracker: programme(),
    k: 5,
    now: NOW,
    communes: COMMUNES,
  });
  const p = r.programme!;
  // A (50) and C (25) complete; B partial (15) still counts from the Programme.
  expect(p.visitors).toBe(90);
  expect(p.sources.visitors).toBe('programme');
  expect(p.classes).toBeNull();
  expect(p.sources.classes).toBe('none');
  expect(p.organiserResponseRate).toBeNull();
  expect(p.structuresWithoutReport).toEqual([]);
});

test('a programme with no "Présents" and no report: visitors unknown, sessions still held', () => {
  const t = programme();
  t.sessions = t.sessions.map(s => ({...s, attended: null}));
  const r = computeBilan({
    sheets: [],
    params: [],
    tracker: t,
    k: 5,
    now: NOW,
    communes: COMMUNES,
  });
  expect(r.programme!.sessionsHeld).toBe(7);
  expect(r.programme!.visitors).toBeNull();
  expect(r.programme!.sources.visitors).toBe('none');
  expect(r.programme!.responseRate).toBeNull();
});
