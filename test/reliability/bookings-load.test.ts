/**
 * Load (issue 19): 30 teachers book within one minute of the opening, their
 * submit-trigger executions interleaved two by two — the second starting at
 * each service call of the first in turn (contention 'wait': the second waits
 * at the lock, as tryLock(30 s) does). Then: no session over its capacity,
 * no request lost or counted twice, every teacher told once, and the states
 * are exactly what first come, first served gives in the order the tab
 * records (computed here independently).
 */
import type {RunResult} from '../../emulator';
import {recordInterleavings} from '../helpers/reliability';
import {privateDist, workspace} from './harness';
import {
  bookings,
  choiceFor,
  ProgSession,
  trackerWithBookings,
} from '../integration/bookings/harness';

const SUITE = 'bookings-load';
let interleavings = 0;
afterAll(() => recordInterleavings(SUITE, interleavings));

beforeAll(() => {
  privateDist();
});

const PROGRAMME: ProgSession[] = [
  {id: 'A', title: 'Robots', public: 'scolaires', capacity: 60},
  {id: 'B', title: 'Planétarium', public: 'scolaires', capacity: 50},
  {id: 'C', title: 'Fossiles', public: 'scolaires', capacity: 30},
];

/** Teacher i: session, pupils — more demand than places on every session. */
function request(i: number): {email: string; id: string; pupils: number} {
  return {
    email: `prof${i + 1}@ecole.fr`,
    id: ['A', 'B', 'C'][i % 3],
    pupils: 12 + ((i * 7) % 17),
  };
}

/** Independent FCFS: in the given order, confirmed if it fits, else waits. */
function fcfs(
  rows: {id: string; pupils: number}[],
  capacity: Record<string, number>,
): string[] {
  const used: Record<string, number> = {};
  return rows.map(r => {
    const u = used[r.id] ?? 0;
    if (u + r.pupils <= capacity[r.id]) {
      used[r.id] = u + r.pupils;
      return 'confirmée';
    }
    return "liste d'attente";
  });
}

test('30 teachers in one minute, executions interleaved at every call', () => {
  const ws = workspace(new Date('2026-09-01T08:00:00+02:00'));
  const {ss, form} = trackerWithBookings(ws, PROGRAMME);
  const event = (i: number) => {
    const r = request(i);
    const named: Record<string, string[]> = {
      Horodateur: [''],
      'Que souhaitez-vous faire ?': ['Réserver une séance'],
      'Votre adresse e-mail (enseignant·e)': [r.email],
      Séance: [choiceFor(form, r.id).replace(/ \(complet.*$/, '')],
      Établissement: [`École ${i + 1}`],
      'Commune de l’établissement': ['Grenoble'],
      'Niveau de la classe': ['CE2'],
      'Nombre d’élèves': [String(r.pupils)],
      'Besoins d’accessibilité (facultatif)': [''],
      'Code de réservation': [''],
    };
    return {namedValues: named, values: Object.values(named).map(v => v[0])};
  };
  const spec = (i: number) => ({
    target: ss,
    fn: 'onQuestionnaireSubmit',
    kind: 'trigger' as const,
    event: event(i),
  });
  const results: RunResult[] = [];
  for (let pair = 0; pair < 15; pair++) {
    const atCall = 1 + (pair % 13);
    const [a, b] = ws.interleave(spec(2 * pair), spec(2 * pair + 1), {
      atCall,
      contention: 'wait',
    });
    if (a.counts.calls >= atCall) interleavings++;
    results.push(a, b);
    ws.advanceClock(4000); // 15 pairs × 4 s: all within one minute
  }
  for (const r of results) expect(r.error).toBeNull();
  const rows = bookings(ss);
  // None lost, none twice.
  expect(rows).toHaveLength(30);
  const emails = rows.map(r => String(r['E-mail de l’enseignant·e']));
  expect(new Set(emails).size).toBe(30);
  expect(rows.map(r => r['N°'])).toEqual(
    Array.from({length: 30}, (_, i) => i + 1),
  );
  // No session over capacity; states are FCFS in the recorded order.
  const capacity = {A: 60, B: 50, C: 30};
  const recorded = rows.map(r => ({
    id: String(r['Séance']),
    pupils: Number(r['Élèves']),
  }));
  expect(rows.map(r => r['État'])).toEqual(fcfs(recorded, capacity));
  for (const id of ['A', 'B', 'C'] as const) {
    const confirmed = rows
      .filter(r => r['Séance'] === id && r['État'] === 'confirmée')
      .reduce((n, r) => n + Number(r['Élèves']), 0);
    expect(confirmed).toBeLessThanOrEqual(capacity[id]);
  }
  // Every teacher told, once.
  const told = ws.mails.filter(m => m.to[0]?.endsWith('@ecole.fr'));
  expect(told.map(m => m.to[0]).sort()).toEqual([...emails].sort());
  // The form marks the full sessions.
  expect(choiceFor(form, 'C')).toMatch(/\(complet – liste d’attente\)$/);
  expect(interleavings).toBeGreaterThanOrEqual(13);
});
