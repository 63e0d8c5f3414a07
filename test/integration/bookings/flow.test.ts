/**
 * The whole booking flow on the built bundle: open, a wave with contention,
 * refusals, cancellation by the e-mail's link and by staff, promotions.
 */
import {privateDist, workspace} from '../../reliability/harness';
import {
  book,
  bookings,
  cancel,
  sessionChoices,
  trackerWithBookings,
} from './harness';

beforeAll(() => {
  privateDist();
});

test('open: a published form offering the school sessions, the tabs, one submit trigger', () => {
  const ws = workspace();
  const {ss, form} = trackerWithBookings(ws);
  expect(form.isPublished()).toBe(true);
  expect(sessionChoices(form)).toEqual([
    'S1 – Atelier robots – mardi 6 octobre 09:30, Grenoble',
    'S2 – Planétarium – mardi 6 octobre 09:30, Le Pont-de-Claix',
  ]);
  expect(ss.getSheetByName('Réservations')).not.toBeNull();
  expect(ss.getSheetByName('Places scolaires')).not.toBeNull();
  const submit = ws.triggers.filter(t => t.type === 'ON_FORM_SUBMIT');
  expect(submit.map(t => t.handler)).toEqual(['onQuestionnaireSubmit']);
  // Opening again updates the same form, adds no trigger.
  const again = ws.callServer(ss, 'openBookings', [{fullMode: 'label'}]);
  expect((again.value as {created: boolean}).created).toBe(false);
  expect(ws.forms).toHaveLength(1);
  expect(ws.triggers.filter(t => t.type === 'ON_FORM_SUBMIT')).toHaveLength(1);
});

test('a wave with contention, a refusal, a cancellation by link, a promotion', () => {
  const ws = workspace();
  const {ss, form} = trackerWithBookings(ws);
  const mails0 = ws.mails.length;
  for (const [pupils, who] of [
    [20, 'a@ecole.fr'],
    [10, 'b@ecole.fr'],
    [8, 'c@ecole.fr'],
  ] as const) {
    const runs = book(ws, form, 'S2', pupils, who);
    expect(runs.map(r => r.error)).toEqual([null]);
  }
  // 25 places: a (20) confirmed; b (10) waits; c (8) waits (5 left).
  let rows = bookings(ss);
  expect(
    rows.map(r => [r['E-mail de l’enseignant·e'], r['État'], r['Élèves']]),
  ).toEqual([
    ['a@ecole.fr', 'confirmée', 20],
    ['b@ecole.fr', "liste d'attente", 10],
    ['c@ecole.fr', "liste d'attente", 8],
  ]);
  // The session became full with b: marked in the form.
  expect(sessionChoices(form)[1]).toBe(
    'S2 – Planétarium – mardi 6 octobre 09:30, Le Pont-de-Claix (complet – liste d’attente)',
  );
  // Every teacher told.
  const mails = ws.mails.slice(mails0);
  expect(mails.map(m => [m.to[0], m.subject])).toEqual([
    [
      'a@ecole.fr',
      expect.stringMatching(/^Réservation confirmée : S2 – Planétarium/),
    ],
    ['b@ecole.fr', expect.stringMatching(/^Liste d’attente : S2/)],
    ['c@ecole.fr', expect.stringMatching(/^Liste d’attente : S2/)],
  ]);
  const code = String(rows[0]['Code']);
  expect(mails[0].body).toContain(`Code de réservation : ${code}`);
  expect(mails[2].body).toContain('en position 2');
  // The cancellation link is this form, prefilled.
  const link = /annulez ici pour libérer les places : (\S+)/.exec(
    mails[0].body,
  )![1];
  expect(link.startsWith(form.getPublishedUrl().replace(/\?.*$/, ''))).toBe(
    true,
  );
  expect(decodeURIComponent(link)).toContain(code);
  expect(decodeURIComponent(link)).toContain('a@ecole.fr');
  // A refusal: not for schools cannot be chosen; the same teacher twice can.
  const twice = book(ws, form, 'S2', 5, 'A@ecole.fr');
  expect(twice[0].error).toBeNull();
  rows = bookings(ss);
  expect(rows[3]['État']).toBe('refusée');
  expect(rows[3]['Motif']).toBe(
    `Vous avez déjà une réservation pour cette séance (code ${code}).`,
  );
  expect(ws.mails[ws.mails.length - 1].subject).toBe(
    'Réservation non retenue : S2 – Planétarium – mardi 6 octobre 09:30, Le Pont-de-Claix',
  );
  // a cancels with its code: 25 free; b (10) then c (8) confirmed, in order.
  const before = ws.mails.length;
  expect(cancel(ws, form, 'a@ecole.fr', code)[0].error).toBeNull();
  rows = bookings(ss);
  expect(rows.slice(0, 3).map(r => r['État'])).toEqual([
    'annulée',
    'confirmée',
    'confirmée',
  ]);
  expect(rows[1]['Confirmée après attente le']).toBeInstanceOf(Date);
  expect(
    ws.mails.slice(before).map(m => [m.to[0], m.subject.split(' :')[0]]),
  ).toEqual([
    ['a@ecole.fr', 'Réservation annulée'],
    ['b@ecole.fr', 'Une place s’est libérée'],
    ['c@ecole.fr', 'Une place s’est libérée'],
  ]);
  // Open again (7 places left, nobody waiting): the mark goes.
  expect(sessionChoices(form)[1]).toBe(
    'S2 – Planétarium – mardi 6 octobre 09:30, Le Pont-de-Claix',
  );
});

test('staff cancel in the tab, then "Mettre à jour les réservations"', () => {
  const ws = workspace();
  const {ss, form} = trackerWithBookings(ws);
  book(ws, form, 'S2', 20, 'a@ecole.fr');
  book(ws, form, 'S2', 15, 'b@ecole.fr');
  ws.edit(ss, 'Réservations', 'E2', 'annulée');
  const before = ws.mails.length;
  const r = ws.clickMenu(ss, 'Mettre à jour les réservations');
  expect(r.error).toBeNull();
  expect(bookings(ss).map(x => x['État'])).toEqual(['annulée', 'confirmée']);
  expect(ws.mails.slice(before).map(m => m.to[0])).toEqual([
    'a@ecole.fr',
    'b@ecole.fr',
  ]);
  // Running it again changes nothing and mails nobody.
  ws.clickMenu(ss, 'Mettre à jour les réservations');
  expect(ws.mails.length).toBe(before + 2);
});

test('one booking costs a constant number of service calls', () => {
  const ws = workspace();
  const {form} = trackerWithBookings(ws);
  const calls: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [run] = book(ws, form, 'S1', 10, `p${i}@ecole.fr`);
    calls.push(run.counts.calls);
  }
  expect(new Set(calls).size).toBe(1);
  console.log('calls per booking', calls[0]);
});
