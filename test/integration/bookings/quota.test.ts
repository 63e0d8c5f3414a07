/**
 * Mail within quota: past the day's quota the notices wait in the tab
 * ("Avis à envoyer"), in order; the next run sends them, never twice.
 */
import {privateDist, USER, workspace} from '../../reliability/harness';
import {book, bookings, trackerWithBookings} from './harness';

beforeAll(() => {
  privateDist();
});

test('quota reached: queued in order, sent the next day, once each', () => {
  const ws = workspace(new Date('2026-09-01T10:00:00+02:00'));
  const {ss, form} = trackerWithBookings(ws);
  // The owner's other mails of the day used 98 of the 100 recipients.
  for (let i = 0; i < 98; i++) {
    ws.mails.push({
      to: [`x${i}@exemple.fr`],
      cc: [],
      bcc: [],
      subject: 'autre',
      body: 'autre',
      htmlBody: null,
      name: null,
      replyTo: null,
      from: USER,
      at: new Date('2026-09-01T09:30:00+02:00'),
      attachments: [],
    });
  }
  const teachers = ['a', 'b', 'c', 'd', 'e'].map(x => `${x}@ecole.fr`);
  for (const who of teachers) {
    const runs = book(ws, form, 'S2', 6, who);
    expect(runs.map(r => r.error)).toEqual([null]);
  }
  const toTeachers = () =>
    ws.mails.filter(m => m.to[0].endsWith('@ecole.fr')).map(m => m.to[0]);
  // Two recipients left today: a and b told; c, d, e wait, in order.
  expect(toTeachers()).toEqual(['a@ecole.fr', 'b@ecole.fr']);
  const rows = bookings(ss);
  expect(rows.map(r => r['Avis à envoyer'])).toEqual([
    '',
    '',
    'confirmation',
    'confirmation',
    'attente',
  ]);
  // The booking itself is never held up: every place is allocated.
  expect(rows.map(r => r['État'])).toEqual([
    'confirmée',
    'confirmée',
    'confirmée',
    'confirmée',
    "liste d'attente",
  ]);
  // One one-off trigger waits for the quota.
  const waiting = () =>
    ws.triggers.filter(t => t.handler === 'sendBookingNotices');
  expect(waiting()).toHaveLength(1);
  // Later the same day: nothing more can go, nothing is sent twice.
  for (const run of ws.advanceTo(new Date('2026-09-01T20:00:00+02:00')))
    expect(run.error).toBeNull();
  expect(toTeachers()).toEqual(['a@ecole.fr', 'b@ecole.fr']);
  // The next day (Google's quota day is Pacific time) the quota is back: c, d, e in order, once each.
  for (const run of ws.advanceTo(new Date('2026-09-02T12:30:00+02:00')))
    expect(run.error).toBeNull();
  expect(toTeachers()).toEqual(teachers);
  expect(bookings(ss).map(r => r['Avis à envoyer'])).toEqual([
    '',
    '',
    '',
    '',
    '',
  ]);
  expect(waiting()).toHaveLength(0);
  // The waiting-list notice tells the rank.
  const last = ws.mails.filter(m => m.to[0] === 'e@ecole.fr');
  expect(last).toHaveLength(1);
  expect(last[0].body).toContain('en position 1');
  for (const run of ws.advanceTo(new Date('2026-09-04T12:30:00+02:00')))
    expect(run.error).toBeNull();
  expect(toTeachers()).toEqual(teachers);
});
