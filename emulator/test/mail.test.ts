/** MailApp emulation: daily recipient quota (issue 3, point 2), limits, recorded mails. */
import {FakeBlob} from '../base/blob';
import {
  IdGenerator,
  type AccountType,
  type EmuEnv,
  type ExecutionContext,
} from '../core/env';
import {Clock, Meter} from '../core/meter';
import {createMailApp, mailDayKey} from '../mail/mail-app';

type TestEnv = EmuEnv & {ctx: ExecutionContext | null};

function makeEnv(accountType: AccountType = 'consumer'): TestEnv {
  const env: TestEnv = {
    // 2026-10-10 08:00 UTC = 01:00 in California (PDT, UTC-7).
    clock: new Clock(Date.parse('2026-10-10T08:00:00Z')),
    meter: new Meter(),
    ids: new IdGenerator(),
    locale: 'fr',
    timeZone: 'Europe/Paris',
    scriptTimeZone: () => 'Europe/Paris',
    accountType,
    distDir: 'dist',
    ctx: {
      activeId: null,
      activeKind: null,
      user: 'coordination@tds.fr',
      authMode: 'FULL',
      fn: 'weekly',
    },
    context() {
      return env.ctx;
    },
    spreadsheets: new Map(),
    forms: new Map(),
    documents: new Map(),
    files: new Map(),
    mails: [],
    callTopLevel() {
      throw new Error('no bundle');
    },
  };
  return env;
}

const HOUR = 3600000;

describe('MailApp', () => {
  test('records a mail with its HTML body, options and attachments', () => {
    const env = makeEnv();
    const MailApp = createMailApp(env);
    MailApp.sendEmail('a@tds.fr, Bruno <b@tds.fr>', 'Synthèse', 'texte', {
      htmlBody: '<p>Bonjour</p>',
      name: 'Territoire de sciences',
      cc: 'c@tds.fr',
      replyTo: 'contact@tds.fr',
      attachments: [new FakeBlob('%PDF', 'application/pdf', 'bilan.pdf')],
    });
    expect(env.mails).toHaveLength(1);
    expect(env.mails[0]).toMatchObject({
      to: ['a@tds.fr', 'b@tds.fr'],
      cc: ['c@tds.fr'],
      bcc: [],
      subject: 'Synthèse',
      body: 'texte',
      htmlBody: '<p>Bonjour</p>',
      name: 'Territoire de sciences',
      replyTo: 'contact@tds.fr',
      from: 'coordination@tds.fr',
      attachments: [
        {name: 'bilan.pdf', contentType: 'application/pdf', bytes: 4},
      ],
    });
    MailApp.sendEmail({to: 'd@tds.fr', subject: 'Objet', htmlBody: '<b>x</b>'});
    expect(env.mails[1]).toMatchObject({
      to: ['d@tds.fr'],
      subject: 'Objet',
      body: '',
      htmlBody: '<b>x</b>',
    });
    expect(env.meter.total.byMethod['MailApp.sendEmail']).toBe(2);
  });

  test('consumer quota: 100 recipients a day (to + cc + bcc), then "Service invoked too many times"', () => {
    const env = makeEnv('consumer');
    const MailApp = createMailApp(env);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    for (let i = 0; i < 33; i++) {
      MailApp.sendEmail({
        to: `a${i}@tds.fr`,
        cc: `b${i}@tds.fr`,
        bcc: `c${i}@tds.fr`,
        subject: 's',
        body: 'b',
      });
    }
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() => MailApp.sendEmail('x@tds.fr, y@tds.fr', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    MailApp.sendEmail('x@tds.fr', 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('y@tds.fr', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(env.mails).toHaveLength(34);
    // The quota day is Pacific time: 08:00 UTC is still the 10th in California until 07:00 UTC on the 11th.
    env.clock.advance(22 * HOUR); // 06:00 UTC on the 11th = 23:00 PDT on the 10th
    expect(mailDayKey(env.clock.now())).toBe('2026-10-10');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    env.clock.advance(1 * HOUR); // 07:00 UTC = midnight PDT
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  test('workspace quota is 1,500; quota is per sending user', () => {
    const env = makeEnv('workspace');
    const MailApp = createMailApp(env);
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
    MailApp.sendEmail('a@tds.fr', 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(1499);
    env.ctx = {...env.ctx!, user: 'autre@tds.fr'};
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
  });

  test('more than 50 recipients in one message, an invalid address or no recipient throw', () => {
    const env = makeEnv('workspace');
    const MailApp = createMailApp(env);
    const many = Array.from({length: 51}, (_, i) => `p${i}@tds.fr`).join(',');
    expect(() => MailApp.sendEmail(many, 's', 'b')).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
    expect(() =>
      MailApp.sendEmail('a@tds.fr, pas-une-adresse', 's', 'b'),
    ).toThrow('Invalid email: pas-une-adresse');
    expect(() => MailApp.sendEmail({to: '', subject: 's', body: 'b'})).toThrow(
      'no recipient',
    );
    expect(env.mails).toHaveLength(0);
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
  });
});
