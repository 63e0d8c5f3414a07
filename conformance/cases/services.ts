/**
 * The shared services the add-on leans on: locks, properties, the mail
 * quota, the cache, Utilities.
 */
import type {ScenarioCase, SingleCase} from '../framework/types';
import {PROPERTY_PREFIX} from '../framework/context';
import {REF} from './refs';

const FROM_LOCKS = 'emulator/test/locks.test.ts';
const FROM_MAIL = 'emulator/test/mail.test.ts';
const FROM_SERVICES = 'emulator/test/services.test.ts';
const LOCK_TIMEOUT =
  'Lock timeout: another process was holding the lock for too long.';
const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';

/** A Monday, 06:05:09 UTC (08:05:09 in Paris, summer time). */
const MONDAY = new Date(Date.UTC(2026, 8, 7, 6, 5, 9));

export const SERVICES: SingleCase[] = [
  {
    id: 'locks.script.free',
    title:
      'Un verrou libre se prend tout de suite (tryLock(0) vrai, hasLock vrai) et se rend (releaseLock)',
    refs: [`${REF.lock}#tryLock(Integer)`, `${REF.lock}#hasLock()`],
    from: FROM_LOCKS,
    run(t) {
      const lock = LockService.getScriptLock();
      t.equal(lock.tryLock(0), true, 'tryLock(0)');
      t.equal(lock.hasLock(), true, 'hasLock après tryLock');
      lock.releaseLock();
      t.equal(lock.hasLock(), false, 'hasLock après releaseLock');
    },
  },
  {
    id: 'properties.value-too-large',
    title:
      'Une valeur de propriété de plus de 9 Ko lève « Argument too large: value »',
    refs: [`${REF.properties}#setProperty(String,String)`, REF.quotas],
    from: FROM_SERVICES,
    run(t) {
      const key = `${PROPERTY_PREFIX}trop-grand`;
      const props = PropertiesService.getScriptProperties();
      t.throws(
        () => props.setProperty(key, 'x'.repeat(10 * 1024)),
        'Argument too large: value',
        'valeur de 10 Ko',
      );
      props.deleteProperty(key);
    },
  },
  {
    id: 'properties.missing-null',
    title: "getProperty d'une clé absente rend null",
    refs: [`${REF.properties}#getProperty(String)`],
    from: FROM_SERVICES,
    run(t) {
      t.equal(
        PropertiesService.getScriptProperties().getProperty(
          `${PROPERTY_PREFIX}absente`,
        ),
        null,
        'getProperty',
      );
    },
  },
  {
    id: 'mail.invalid-address',
    title:
      'sendEmail vers une adresse invalide lève « Invalid email: pas-une-adresse » (rien n’est envoyé)',
    refs: [`${REF.mailApp}#sendEmail(String,String,String)`],
    from: FROM_MAIL,
    run(t) {
      const before = MailApp.getRemainingDailyQuota();
      t.throws(
        () => MailApp.sendEmail('pas-une-adresse', 'Conformité', 'texte'),
        'Invalid email: pas-une-adresse',
        'adresse invalide',
      );
      t.equal(MailApp.getRemainingDailyQuota(), before, 'quota intact');
    },
  },
  {
    id: 'mail.quota-remaining',
    title:
      'getRemainingDailyQuota rend un entier entre 0 et 100 pour un compte grand public (1 500 pour Workspace)',
    refs: [`${REF.mailApp}#getRemainingDailyQuota()`, REF.quotas],
    from: FROM_MAIL,
    run(t) {
      const left = MailApp.getRemainingDailyQuota();
      // Read to choose the limit, never recorded: an address is personal data.
      const consumer = /@gmail\.com$/i.test(
        Session.getEffectiveUser().getEmail(),
      );
      const max = consumer ? 100 : 1500;
      t.ok(
        Math.floor(left) === left && left >= 0 && left <= max,
        `${left} destinataires restants (0 à ${max})`,
      );
    },
  },
  {
    id: 'mail.quota-exhausted',
    title: `Un compte grand public a 100 destinataires par jour (à, cc, cci comptés) ; au-delà sendEmail lève « ${QUOTA_EXCEEDED} »`,
    refs: [REF.quotas, `${REF.mailApp}#sendEmail(Object)`],
    from: `${FROM_MAIL} ; emulator/README.md (quota de courriel)`,
    offline: 'enverrait 100 courriels réels et épuiserait le quota du jour',
    run(t) {
      t.equal(MailApp.getRemainingDailyQuota(), 100, 'quota du jour');
      for (let i = 0; i < 33; i += 1) {
        MailApp.sendEmail({
          to: `a${i}@example.org`,
          cc: `b${i}@example.org`,
          bcc: `c${i}@example.org`,
          subject: 'Conformité',
          body: 'quota',
        });
      }
      t.equal(MailApp.getRemainingDailyQuota(), 1, 'après 99 destinataires');
      t.throws(
        () => MailApp.sendEmail('x@example.org, y@example.org', 's', 'b'),
        QUOTA_EXCEEDED,
        'deux destinataires pour un restant',
      );
      MailApp.sendEmail('x@example.org', 's', 'b');
      t.equal(MailApp.getRemainingDailyQuota(), 0, 'quota épuisé');
      t.throws(
        () => MailApp.sendEmail('y@example.org', 's', 'b'),
        QUOTA_EXCEEDED,
        'au-delà du quota',
      );
    },
  },
  {
    id: 'mail.recipients-per-message',
    title:
      'Plus de 50 destinataires dans un message lève « Limit Exceeded: Email Recipients Per Message. »',
    refs: [REF.quotas, `${REF.mailApp}#sendEmail(String,String,String)`],
    from: FROM_MAIL,
    offline: 'enverrait 51 courriels réels si Google ne refusait pas',
    unverified:
      'La limite de 50 destinataires par message est documentée (quotas), le message exact ne l’est pas.',
    run(t) {
      const many = Array.from({length: 51}, (_, i) => `p${i}@example.org`);
      t.throws(
        () => MailApp.sendEmail(many.join(','), 'Conformité', 'texte'),
        'Limit Exceeded: Email Recipients Per Message.',
        '51 destinataires',
      );
    },
  },
  {
    id: 'utilities.formatDate.patterns',
    title:
      'Utilities.formatDate suit les motifs Java dans le fuseau donné, avec les noms de jours et de mois en anglais',
    refs: [`${REF.utilities}#formatDate(Date,String,String)`],
    from: `${FROM_SERVICES} ; emulator/README.md (formatDate)`,
    unverified:
      "La langue des noms n'est pas documentée ; l'émulateur suppose l'anglais des serveurs de Google.",
    run(t) {
      t.equal(
        Utilities.formatDate(MONDAY, 'Europe/Paris', 'yyyy-MM-dd HH:mm:ss'),
        '2026-09-07 08:05:09',
        'Paris',
      );
      t.equal(
        Utilities.formatDate(MONDAY, 'UTC', "EEEE d MMMM yyyy 'à' H'h'mm"),
        'Monday 7 September 2026 à 6h05',
        'noms en anglais',
      );
      t.equal(
        Utilities.formatDate(MONDAY, 'America/New_York', 'EEE, MMM d, h:mm a'),
        'Mon, Sep 7, 2:05 AM',
        'New York',
      );
    },
  },
  {
    id: 'utilities.formatDate.offsets',
    title:
      'Utilities.formatDate écrit le décalage horaire (XXX : +02:00 en été à Paris ; Z : +0100 en hiver)',
    refs: [`${REF.utilities}#formatDate(Date,String,String)`],
    from: FROM_SERVICES,
    run(t) {
      t.equal(
        Utilities.formatDate(
          MONDAY,
          'Europe/Paris',
          "yyyy-MM-dd'T'HH:mm:ssXXX",
        ),
        '2026-09-07T08:05:09+02:00',
        'été',
      );
      t.equal(
        Utilities.formatDate(
          new Date(Date.UTC(2026, 11, 7, 6, 5, 9)),
          'Europe/Paris',
          'HH:mm Z',
        ),
        '07:05 +0100',
        'hiver',
      );
    },
  },
  {
    id: 'utilities.parseCsv',
    title:
      'Utilities.parseCsv suit les guillemets de la RFC 4180 (virgules, guillemets doublés, retours à la ligne dans un champ) et accepte un autre séparateur',
    refs: [`${REF.utilities}#parseCsv(String,Char)`],
    from: FROM_SERVICES,
    run(t) {
      t.equal(
        Utilities.parseCsv('a,b\r\n"c, d","e ""f"""\n"g\nh",\n'),
        [
          ['a', 'b'],
          ['c, d', 'e "f"'],
          ['g\nh', ''],
        ],
        'guillemets',
      );
      t.equal(
        Utilities.parseCsv('nom;commune\nAlice;Vienne', ';'),
        [
          ['nom', 'commune'],
          ['Alice', 'Vienne'],
        ],
        'séparateur ;',
      );
    },
  },
  {
    id: 'utilities.bytes',
    title:
      'Les octets sont signés (-128 à 127) : newBlob("é").getBytes() rend [-61, -87], base64Decode("/w==") [-1], base64EncodeWebSafe([251, 255]) "-_8="',
    refs: [
      `${REF.utilities}#newBlob(String)`,
      `${REF.utilities}#base64Decode(String)`,
      `${REF.utilities}#base64EncodeWebSafe(Byte)`,
      `${REF.blob}#getBytes()`,
    ],
    from: `${FROM_SERVICES} ; emulator/test/drive.test.ts`,
    run(t) {
      const blob = Utilities.newBlob('é', 'text/plain', 'e.txt');
      t.equal(blob.getBytes(), [-61, -87], 'getBytes');
      t.equal(blob.getDataAsString(), 'é', 'getDataAsString');
      t.equal(Utilities.base64Decode('/w=='), [-1], 'base64Decode');
      t.equal(Utilities.base64EncodeWebSafe([251, 255]), '-_8=', 'web-safe');
      t.equal(
        Utilities.base64Encode('Grenoble – Isère'),
        'R3Jlbm9ibGUg4oCTIElzw6hyZQ==',
        'base64Encode (UTF-8)',
      );
    },
  },
  {
    id: 'utilities.digest-uuid',
    title:
      'computeDigest(MD5, "abc") rend 900150983cd24fb0d6963f7d28e17f72 ; getUuid rend un UUID de version 4',
    refs: [
      `${REF.utilities}#computeDigest(DigestAlgorithm,String)`,
      `${REF.utilities}#getUuid()`,
    ],
    from: FROM_SERVICES,
    run(t) {
      const hex = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc')
        .map(b => ((b + 256) % 256).toString(16).padStart(2, '0'))
        .join('');
      t.equal(hex, '900150983cd24fb0d6963f7d28e17f72', 'MD5');
      t.ok(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(
          Utilities.getUuid(),
        ),
        'UUID v4',
      );
    },
  },
  {
    id: 'utilities.formatString',
    title: 'Utilities.formatString suit sprintf : %s, %d, %.1f, %% et %05d',
    refs: [`${REF.utilities}#formatString(String,Object...)`],
    from: FROM_SERVICES,
    run(t) {
      t.equal(
        Utilities.formatString(
          '%s : %d (%.1f%%) %05d',
          'Public',
          12,
          33.333,
          42,
        ),
        'Public : 12 (33.3%) 00042',
        'formatString',
      );
    },
  },
];

export const SERVICE_SCENARIOS: ScenarioCase[] = [
  {
    id: 'locks.contention.tryLock',
    title:
      'Pendant qu’une exécution tient le verrou du document, tryLock d’une autre rend faux après son délai',
    refs: [
      `${REF.lock}#tryLock(Integer)`,
      `${REF.lockService}#getDocumentLock()`,
    ],
    from: FROM_LOCKS,
    offline: 'il faut deux exécutions simultanées',
    scenario: [
      {
        race: [
          t => {
            const lock = LockService.getDocumentLock();
            t.store.set('first', String(lock.tryLock(10000)));
            t.store.set('first-done', 'oui');
            lock.releaseLock();
          },
          t => {
            t.store.set(
              'second',
              String(LockService.getDocumentLock().tryLock(1000)),
            );
          },
        ],
        atCall: 4,
      },
      {
        run(t) {
          t.equal(t.store.get('first'), 'true', 'première exécution');
          t.equal(t.store.get('second'), 'false', 'seconde exécution');
        },
      },
    ],
  },
  {
    id: 'locks.contention.waitLock',
    title: `Pendant qu’une exécution tient le verrou du document, waitLock d’une autre lève « ${LOCK_TIMEOUT} »`,
    refs: [`${REF.lock}#waitLock(Integer)`],
    from: FROM_LOCKS,
    offline: 'il faut deux exécutions simultanées',
    scenario: [
      {
        race: [
          t => {
            const lock = LockService.getDocumentLock();
            lock.waitLock(10000);
            t.store.set('first', 'tenu');
            t.store.set('first-done', 'oui');
            lock.releaseLock();
          },
          t => {
            try {
              LockService.getDocumentLock().waitLock(1000);
              t.store.set('second', 'obtenu');
            } catch (e) {
              t.store.set('second', String((e as Error).message));
            }
          },
        ],
        atCall: 4,
      },
      {
        run(t) {
          t.equal(t.store.get('first'), 'tenu', 'première exécution');
          t.equal(t.store.get('second'), LOCK_TIMEOUT, 'seconde exécution');
        },
      },
    ],
  },
  {
    id: 'cache.expiry',
    title:
      'Une entrée de cache mise pour 60 s se lit à 59 s et a disparu à 61 s',
    refs: [`${REF.cache}#put(String,String,Integer)`],
    from: FROM_SERVICES,
    offline: 'il faut attendre une minute entre deux exécutions',
    scenario: [
      {
        run() {
          CacheService.getScriptCache().put('conformance.cache', 'v', 60);
        },
      },
      {waitSeconds: 59},
      {
        run(t) {
          t.equal(
            CacheService.getScriptCache().get('conformance.cache'),
            'v',
            'à 59 s',
          );
        },
      },
      {waitSeconds: 2},
      {
        run(t) {
          t.equal(
            CacheService.getScriptCache().get('conformance.cache'),
            null,
            'à 61 s',
          );
        },
      },
    ],
  },
];
