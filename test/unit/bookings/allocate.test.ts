import {
  cancelRequest,
  Ledger,
  placeRequest,
  refusalOf,
  Refusal,
  staffCancelled,
} from '../../../src/bookings/allocate';
import {bookingCode, normalizeCode} from '../../../src/bookings/codes';
import {
  choiceLabels,
  sessionChoice,
  sessionIdOf,
} from '../../../src/bookings/labels';
import type {
  BookableSession,
  BookingRequest,
} from '../../../src/bookings/model';
import {bookingRow, COLUMNS, parseBookings} from '../../../src/bookings/rows';
import {sessionFigures, totals} from '../../../src/bookings/stats';
import {t} from '../../../src/i18n';

const session = (
  id: string,
  capacity: number | null,
  extra: Partial<BookableSession> = {},
): BookableSession => ({
  id,
  title: `Atelier ${id}`,
  capacity,
  cancelled: false,
  forSchools: true,
  label: `${id} – Atelier ${id}`,
  structure: 'La Casemate',
  date: null,
  attended: null,
  ...extra,
});

const SESSIONS = [
  session('S1', 60),
  session('S2', 25),
  session('S3', 30, {cancelled: true}),
  session('S4', 30, {forSchools: false}),
  session('S5', null),
];

let minute = 0;
const req = (
  sessionId: string,
  pupils: string | number,
  email: string,
): BookingRequest => ({
  receivedAt: new Date(Date.UTC(2026, 8, 1, 6, minute++)),
  sessionId,
  sessionLabel: sessionId,
  school: 'École Jean-Jaurès',
  commune: 'Grenoble',
  level: 'CM1',
  pupilsText: String(pupils),
  access: '',
  email,
});

const describe_ = (r: Refusal) =>
  t(`bookings.reason.${r.reason}` as 'bookings.reason.missing', r.params);

describe('first come, first served', () => {
  test('a wave on S1 (60 places): 25+25 confirmed, 20 waits, 10 fits', () => {
    const ledger = new Ledger([], SESSIONS);
    const a = placeRequest(ledger, req('S1', 25, 'a@ec.fr'), 'salt', describe_);
    const b = placeRequest(ledger, req('S1', 25, 'b@ec.fr'), 'salt', describe_);
    // 10 places left: a class of 20 waits…
    const c = placeRequest(ledger, req('S1', 20, 'c@ec.fr'), 'salt', describe_);
    // …but a class of 10 that arrives later still fits the places left.
    const d = placeRequest(ledger, req('S1', 10, 'd@ec.fr'), 'salt', describe_);
    const e = placeRequest(ledger, req('S1', 5, 'e@ec.fr'), 'salt', describe_);
    expect([a, b, c, d, e].map(o => o.booking!.state)).toEqual([
      'confirmée',
      'confirmée',
      "liste d'attente",
      'confirmée',
      "liste d'attente",
    ]);
    expect(ledger.fill('S1')).toEqual({
      id: 'S1',
      capacity: 60,
      pupilsConfirmed: 60,
      confirmed: 3,
      waitlisted: 2,
      pupilsWaiting: 25,
      left: 0,
      full: true,
    });
    // The session became full with c (a waiting list): one state change.
    expect([a, b, c, d, e].map(o => o.stateChanged)).toEqual([
      null,
      null,
      'S1',
      null,
      null,
    ]);
    expect([a, b, c, d, e].map(o => o.booking!.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(a.booking!.pending).toBe('confirmation');
    expect(c.booking!.pending).toBe('attente');
  });

  test('a cancellation frees 25 places: waiting classes that fit, in order', () => {
    const ledger = new Ledger([], SESSIONS);
    const a = placeRequest(ledger, req('S1', 25, 'a@ec.fr'), 's', describe_);
    placeRequest(ledger, req('S1', 30, 'b@ec.fr'), 's', describe_);
    const c = placeRequest(ledger, req('S1', 28, 'c@ec.fr'), 's', describe_);
    const d = placeRequest(ledger, req('S1', 5, 'd@ec.fr'), 's', describe_);
    const e = placeRequest(ledger, req('S1', 4, 'e@ec.fr'), 's', describe_);
    // 25+30 = 55, left 5: c (28) waits, d (5) fits, e (4) waits (0 left).
    expect([c, d, e].map(o => o.booking!.state)).toEqual([
      "liste d'attente",
      'confirmée',
      "liste d'attente",
    ]);
    const at = new Date(Date.UTC(2026, 8, 2));
    const out = cancelRequest(
      ledger,
      {receivedAt: at, email: 'A@EC.FR ', code: a.booking!.code.toLowerCase()},
      describe_,
    );
    // 25 freed: c (28) still does not fit, e (4) does; 21 left.
    expect(out.booking!.state).toBe('annulée');
    expect(out.promoted.map(b => b.email)).toEqual(['e@ec.fr']);
    expect(e.booking!.promotedAt).toEqual(at);
    expect(e.booking!.pending).toBe('promotion');
    expect(ledger.fill('S1').left).toBe(60 - 30 - 5 - 4);
    expect(ledger.fill('S1').full).toBe(true); // c still waits
    expect(out.stateChanged).toBeNull();
    // b cancels too: 51 left, c (28) is confirmed; the session reopens.
    const b2 = cancelRequest(
      ledger,
      {receivedAt: at, email: 'b@ec.fr', sessionId: 'S1'},
      describe_,
    );
    expect(b2.promoted.map(b => b.email)).toEqual(['c@ec.fr']);
    expect(b2.stateChanged).toBe('S1');
    expect(ledger.fill('S1')).toMatchObject({
      pupilsConfirmed: 5 + 4 + 28,
      left: 23,
      waitlisted: 0,
      full: false,
    });
    const tot = totals(ledger.bookings);
    expect(tot).toEqual({
      requests: 5,
      confirmed: 3,
      waitlisted: 0,
      refused: 0,
      cancelled: 2,
      promoted: 2,
      pupilsConfirmed: 37,
    });
  });

  test('a cancellation naming no booking, or one already cancelled, is refused', () => {
    const ledger = new Ledger([], SESSIONS);
    const a = placeRequest(ledger, req('S2', 20, 'a@ec.fr'), 's', describe_);
    const wrongEmail = cancelRequest(
      ledger,
      {receivedAt: new Date(0), email: 'x@ec.fr', code: a.booking!.code},
      describe_,
    );
    expect(wrongEmail.booking!.state).toBe('refusée');
    expect(wrongEmail.booking!.reason).toBe(
      `Aucune réservation ne correspond au code ${a.booking!.code} avec cette adresse e-mail.`,
    );
    expect(a.booking!.state).toBe('confirmée');
    cancelRequest(
      ledger,
      {receivedAt: new Date(0), email: 'a@ec.fr', code: a.booking!.code},
      describe_,
    );
    const again = cancelRequest(
      ledger,
      {receivedAt: new Date(0), email: 'a@ec.fr', code: a.booking!.code},
      describe_,
    );
    expect(again.booking!.reason).toBe(
      `La réservation ${a.booking!.code} ne peut plus être annulée (état : annulée).`,
    );
    expect(again.booking!.pending).toBe('annulation-refusée');
    // A refused cancellation is not a booking request.
    expect(totals(ledger.bookings).requests).toBe(1);
  });

  test('staff cancel in the tab: places freed, waiting list promoted', () => {
    const ledger = new Ledger([], SESSIONS);
    const a = placeRequest(ledger, req('S2', 20, 'a@ec.fr'), 's', describe_);
    const b = placeRequest(ledger, req('S2', 10, 'b@ec.fr'), 's', describe_);
    expect(b.booking!.state).toBe("liste d'attente");
    a.booking!.state = 'annulée';
    const out = staffCancelled(ledger, a.booking!, new Date(5));
    expect(out.promoted).toEqual([b.booking]);
    expect(ledger.fill('S2')).toMatchObject({pupilsConfirmed: 10, left: 15});
  });
});

describe('refusals, with their French reason', () => {
  const ledger = new Ledger([], SESSIONS);
  placeRequest(ledger, req('S1', 20, 'prof@ec.fr'), 's', describe_);
  const reason = (r: BookingRequest) => {
    const refusal = refusalOf(ledger, r);
    return refusal ? describe_(refusal) : null;
  };
  test.each([
    [
      req('S9', 20, 'x@ec.fr'),
      'La séance « S9 » n’existe pas dans le programme.',
    ],
    [req('S3', 20, 'x@ec.fr'), 'La séance « S3 » est annulée.'],
    [
      req('S4', 20, 'x@ec.fr'),
      'La séance « S4 » n’est pas ouverte aux classes.',
    ],
    [
      req('S5', 20, 'x@ec.fr'),
      'La séance « S5 » n’a pas de jauge : elle ne se réserve pas.',
    ],
    [
      req('S1', 0, 'x@ec.fr'),
      'Le nombre d’élèves doit être un nombre entier entre 1 et 40 (reçu : « 0 »).',
    ],
    [
      req('S1', 41, 'x@ec.fr'),
      'Le nombre d’élèves doit être un nombre entier entre 1 et 40 (reçu : « 41 »).',
    ],
    [
      req('S1', '12,5', 'x@ec.fr'),
      'Le nombre d’élèves doit être un nombre entier entre 1 et 40 (reçu : « 12,5 »).',
    ],
    [
      req('S2', 30, 'x@ec.fr'),
      'La classe compte 30 élèves, plus que la jauge de la séance (25 places).',
    ],
    [
      {...req('', '', 'x@ec.fr'), school: ' '},
      'Il manque la séance, l’établissement et le nombre d’élèves.',
    ],
    [
      req('S1', 20, 'pas-une-adresse'),
      'Adresse e-mail non valide : « pas-une-adresse ».',
    ],
  ])('%#', (r, text) => {
    expect(reason(r)).toBe(text);
  });
  test('the same teacher twice on one session (address case ignored)', () => {
    const code = ledger.bookings[0].code;
    expect(reason(req('S1', 12, ' Prof@EC.fr'))).toBe(
      `Vous avez déjà une réservation pour cette séance (code ${code}).`,
    );
    // Another session is fine.
    expect(reason(req('S2', 12, 'prof@ec.fr'))).toBeNull();
  });
  test('a refused request takes no place and is told', () => {
    const out = placeRequest(ledger, req('S1', 45, 'y@ec.fr'), 's', describe_);
    expect(out.booking!.state).toBe('refusée');
    expect(out.booking!.pending).toBe('refus');
    expect(out.stateChanged).toBeNull();
    expect(ledger.fill('S1').pupilsConfirmed).toBe(20);
  });
});

describe('codes, labels, rows', () => {
  test('codes: readable alphabet, stable, never a taken one', () => {
    const r = {email: 'a@ec.fr', sessionId: 'S1', receivedAt: new Date(0)};
    const code = bookingCode('salt', 1, r, new Set());
    expect(code).toMatch(/^R-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(bookingCode('salt', 1, r, new Set())).toBe(code);
    expect(bookingCode('other', 1, r, new Set())).not.toBe(code);
    expect(bookingCode('salt', 1, r, new Set([code]))).not.toBe(code);
    expect(normalizeCode(' r-ab cd-efgh ')).toBe('R-ABCD-EFGH');
  });

  test('choices: full sessions marked or hidden; the code leads', () => {
    const day = (d: Date) => `${d.getUTCDate()}/10`;
    const label = sessionChoice(
      {
        id: 'FDS-12',
        title: ' Robots ',
        date: new Date(Date.UTC(2026, 9, 6)),
        start: '09:30',
        commune: 'Grenoble',
      },
      day,
    );
    expect(label).toBe('FDS-12 – Robots – 6/10 09:30, Grenoble');
    expect(sessionIdOf(label)).toBe('FDS-12');
    expect(sessionIdOf(`${label} (complet – liste d’attente)`)).toBe('FDS-12');
    const s = [session('A', 10), session('B', 10)];
    const full = (id: string) => id === 'A';
    expect(choiceLabels(s, full, 'label', 'complet – liste d’attente')).toEqual(
      ['A – Atelier A (complet – liste d’attente)', 'B – Atelier B'],
    );
    expect(choiceLabels(s, full, 'hide', 'x')).toEqual(['B – Atelier B']);
  });

  test('a booking survives a write and a read of the tab', () => {
    const ledger = new Ledger([], SESSIONS);
    const a = placeRequest(ledger, req('S1', 25, 'a@ec.fr'), 's', describe_);
    const row = bookingRow(a.booking!);
    expect(row).toHaveLength(COLUMNS.length);
    const index = new Map(COLUMNS.map((c, i) => [c.id, i]));
    const [back] = parseBookings([row], index, 7);
    expect(back).toEqual({...a.booking!, row: 7});
  });

  test('figures per session count confirmed pupils and waiting classes', () => {
    const ledger = new Ledger([], SESSIONS);
    placeRequest(ledger, req('S2', 20, 'a@ec.fr'), 's', describe_);
    placeRequest(ledger, req('S2', 10, 'b@ec.fr'), 's', describe_);
    placeRequest(ledger, req('S2', 5, 'c@ec.fr'), 's', describe_);
    expect(sessionFigures([SESSIONS[1]], ledger.bookings)).toEqual([
      {
        id: 'S2',
        capacity: 25,
        pupilsConfirmed: 25,
        confirmed: 2,
        waitlisted: 1,
      },
    ]);
  });
});
