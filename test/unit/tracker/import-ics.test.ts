/**
 * iCalendar import (RFC 5545): the reader (folding, parameters, escapes,
 * values), time zones, recurrence, LOCATION, and the two fixtures as Google
 * Calendar and Framagenda (Nextcloud) export them. Expected values are worked
 * out by hand from the fixtures; recurrences are also checked against ical.js
 * (Mozilla's parser, a test-only dependency) as an independent oracle.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ICAL from 'ical.js';
import {COMMUNES} from '../../../src/generated/communes';
import {AddonError} from '../../../src/gas/errors';
import {CommuneIndex} from '../../../src/tracker/communes';
import {parseImportFile} from '../../../src/tracker/import/detect';
import {
  parseContentLine,
  parseDuration,
  parseIcsTime,
  readIcs,
  textList,
  unescapeText,
} from '../../../src/tracker/import/icalendar';
import {parseIcs, parsePlace} from '../../../src/tracker/import/ics';
import {
  expandRule,
  parseRule,
  Rule,
} from '../../../src/tracker/import/recurrence';
import type {ImportResult} from '../../../src/tracker/import/types';
import {rejectionText} from '../../../src/tracker/importer';
import {mendIcsFolds} from '../../../scripts/preview/precheck';

const FIX = path.join(__dirname, '../../fixtures/tracker');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const ctx = {communes: new CommuneIndex(COMMUNES, '38')};
const day = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A calendar around VEVENT bodies (each a list of content lines). */
function calendar(events: string[][], head: string[] = []): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//FR',
    ...head,
    ...events.flatMap(e => ['BEGIN:VEVENT', ...e, 'END:VEVENT']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** The sessions of a one-event calendar: [date, start, end, source id]. */
function sessions(lines: string[], head: string[] = [], zone?: string) {
  const r = parseIcs(calendar([lines], head), {...ctx, timeZone: zone});
  expect(r.rejected.map(x => rejectionText(x, r.numbering))).toEqual([]);
  return r.rows.map(s => [day(s.date), s.start, s.end, s.sourceId]);
}

function refusal(lines: string[], head: string[] = []): string {
  const r = parseIcs(calendar([lines], head), ctx);
  expect(r.rows).toEqual([]);
  expect(r.rejected).toHaveLength(1);
  return rejectionText(r.rejected[0], r.numbering);
}

const PLACE = 'LOCATION:Salle des fêtes\\, 38240 Meylan';

describe('the reader (RFC 5545, 3.1)', () => {
  it('unfolds lines continued by a space or a tab, whatever the line breaks', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const text = [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'SUMMARY:Atelier de chi',
        ' mie pour les pe',
        '\ttits',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join(eol);
      const [cal] = readIcs(text);
      const [ev] = cal.children;
      expect(ev.props[0]).toEqual({
        name: 'SUMMARY',
        params: {},
        value: 'Atelier de chimie pour les petits',
        line: 3,
      });
    }
  });

  it('reads parameters, quoted values holding ; : and , included', () => {
    expect(
      parseContentLine(
        'ATTENDEE;ROLE=REQ-PARTICIPANT;DELEGATED-FROM="mailto:a@example.org","mailto:b@example.org";CN="Dupont; Martin: équipe":mailto:c@example.org',
        7,
      ),
    ).toEqual({
      name: 'ATTENDEE',
      params: {
        ROLE: 'REQ-PARTICIPANT',
        'DELEGATED-FROM': 'mailto:a@example.org,mailto:b@example.org',
        CN: 'Dupont; Martin: équipe',
      },
      value: 'mailto:c@example.org',
      line: 7,
    });
    expect(
      parseContentLine('dtstart;tzid=Europe/Paris:20261010T140000', 1),
    ).toMatchObject({
      name: 'DTSTART',
      params: {TZID: 'Europe/Paris'},
      value: '20261010T140000',
    });
    expect(parseContentLine('pas une ligne', 1)).toBeNull();
    expect(parseContentLine('X;P="non fermé:valeur', 1)).toBeNull();
  });

  it('unescapes TEXT values and splits TEXT lists on unescaped commas only', () => {
    expect(unescapeText('A\\, B\\; C\\nD\\NE\\\\F')).toBe('A, B; C\nD\nE\\F');
    expect(textList('Atelier,Jeune public\\, familles, Visite')).toEqual([
      'Atelier',
      'Jeune public, familles',
      'Visite',
    ]);
  });

  it('reads DATE, DATE-TIME and DURATION values, refusing impossible ones', () => {
    expect(parseIcsTime('20261010')).toEqual({
      wall: {y: 2026, m: 10, d: 10, h: 0, min: 0},
      dateOnly: true,
      utc: false,
    });
    expect(parseIcsTime('20261010T143000Z')).toEqual({
      wall: {y: 2026, m: 10, d: 10, h: 14, min: 30},
      dateOnly: false,
      utc: true,
    });
    expect(parseIcsTime('20260230T100000')).toBeNull();
    expect(parseIcsTime('20261010T250000')).toBeNull();
    expect(parseIcsTime('2026-10-10')).toBeNull();
    expect(parseDuration('PT1H30M')).toEqual({days: 0, ms: 5400000});
    expect(parseDuration('P1W2D')).toEqual({days: 9, ms: 0});
    expect(parseDuration('-PT15M')).toEqual({days: 0, ms: -900000});
    expect(parseDuration('P')).toBeNull();
    expect(parseDuration('PT')).toBeNull();
    expect(parseDuration('1H')).toBeNull();
  });

  it('refuses the whole file, with its line, when it is not iCalendar or not closed', () => {
    const fails = (text: string) => {
      try {
        parseImportFile('agenda.ics', text, ctx);
      } catch (e) {
        expect(e).toBeInstanceOf(AddonError);
        return (e as AddonError).message;
      }
      throw new Error('no error');
    };
    expect(fails('BEGIN:VCARD\r\nEND:VCARD\r\n')).toBe(
      "Ligne 1 : ce fichier n'est pas un calendrier iCalendar (il doit commencer par BEGIN:VCALENDAR). Rien n'a été importé.",
    );
    expect(
      fails(
        'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Atelier\r\nDTSTART:20261010T1',
      ),
    ).toBe(
      "Le fichier iCalendar s'arrête ligne 4 sans refermer le bloc VEVENT ouvert ligne 2 : vérifiez qu'il s'agit d'un export complet et non tronqué. Rien n'a été importé.",
    );
    expect(fails('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(
      "Ligne 3 du fichier iCalendar : END:VCALENDAR alors que END:VEVENT était attendu. Rien n'a été importé.",
    );
    expect(fails('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toBe(
      'Le fichier iCalendar ne contient aucun événement (VEVENT) : rien à importer.',
    );
  });

  it('refuses only the event that holds a line that is not a content line', () => {
    const r = parseIcs(
      calendar([
        ['UID:a', 'SUMMARY:Bon', 'DTSTART:20261010T120000Z', PLACE],
        [
          'UID:b',
          'SUMMARY:Abîmé',
          'cette ligne a perdu son nom',
          'DTSTART:20261010T120000Z',
          PLACE,
        ],
      ]),
      ctx,
    );
    expect(r.rows.map(s => s.sourceId)).toEqual(['ics:a']);
    expect(r.rejected.map(x => rejectionText(x, r.numbering))).toEqual([
      "Événement commençant ligne 10, champ « VEVENT » : la ligne 13 n'est pas de la forme NOM:valeur.",
    ]);
  });
});

describe('a line folded inside a UTF-8 character (npm start reads the bytes)', () => {
  it('moves the cut character after the fold: every line decodes whole and keeps its number', () => {
    // "é" is C3 A9 and "🔬" F0 9F 94 AC: folds cut both.
    const bytes = Buffer.concat([
      Buffer.from(
        'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nSUMMARY:Chimie et caf',
      ),
      Buffer.from([0xc3, 0x0d, 0x0a, 0x20, 0xa9]),
      Buffer.from(' '),
      Buffer.from([0xf0, 0x9f, 0x0a, 0x09, 0x94, 0xac]),
      Buffer.from(
        '\r\nDTSTART:20261010T120000Z\r\nLOCATION:38000 Grenoble\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      ),
    ]);
    expect(bytes.toString('utf8')).toContain('\ufffd');
    const mended = mendIcsFolds(bytes).toString('utf8');
    expect(mended).not.toContain('\ufffd');
    expect(mended.split(/\r\n|\n/)).toHaveLength(
      bytes.toString('latin1').split(/\r\n|\n/).length,
    );
    const r = parseIcs(mended, ctx);
    expect(r.rows.map(s => s.title)).toEqual(['Chimie et café 🔬']);
    // A file without such folds is left as it is, byte for byte.
    const plainFile = Buffer.from(read('framagenda.ics'));
    expect(mendIcsFolds(plainFile).equals(plainFile)).toBe(true);
  });
});

describe('the Framagenda (Nextcloud) export', () => {
  const r = parseImportFile('framagenda.ics', read('framagenda.ics'), ctx);
  it('accounts for every VEVENT', () => {
    expect([r.format, r.given, r.accepted, r.rejected.length]).toEqual([
      'ics',
      9,
      6,
      3,
    ]);
  });
  it('expands the series in French time, across the change to winter time', () => {
    const U = '@framagenda.example';
    expect(
      r.rows.map(s => [s.sourceId, day(s.date), s.start, s.end, s.commune]),
    ).toEqual([
      [
        `ics:fds2026-atelier-robots${U}`,
        '2026-10-10',
        '14:00',
        '16:30',
        "Saint-Martin-d'Hères",
      ],
      // WEEKLY;BYDAY=WE,SA;COUNT=5 from Wednesday 14 October; 28 October is after 25 October (CET): still 20:00.
      [
        `ics:fds2026-club-astro${U}#20261014T1800Z`,
        '2026-10-14',
        '20:00',
        '22:00',
        'Meylan',
      ],
      [
        `ics:fds2026-club-astro${U}#20261017T1800Z`,
        '2026-10-17',
        '20:00',
        '22:00',
        'Meylan',
      ],
      [
        `ics:fds2026-club-astro${U}#20261021T1800Z`,
        '2026-10-21',
        '20:00',
        '22:00',
        'Meylan',
      ],
      [
        `ics:fds2026-club-astro${U}#20261024T1800Z`,
        '2026-10-24',
        '20:00',
        '22:00',
        'Meylan',
      ],
      [
        `ics:fds2026-club-astro${U}#20261028T1900Z`,
        '2026-10-28',
        '20:00',
        '22:00',
        'Meylan',
      ],
      // DAILY;INTERVAL=2 from the 3rd until 11 October 23:59:59 Paris time: 3, 5, 7 (EXDATE), 9 (replaced), 11.
      [
        `ics:fds2026-expo-volcans${U}#20261003T0800Z`,
        '2026-10-03',
        '10:00',
        '12:00',
        'Grenoble',
      ],
      [
        `ics:fds2026-expo-volcans${U}#20261005T0800Z`,
        '2026-10-05',
        '10:00',
        '12:00',
        'Grenoble',
      ],
      [
        `ics:fds2026-expo-volcans${U}#20261011T0800Z`,
        '2026-10-11',
        '10:00',
        '12:00',
        'Grenoble',
      ],
      // The RECURRENCE-ID of the 9th at 10:00 moved to 14:00: same source id as the occurrence it replaces.
      [
        `ics:fds2026-expo-volcans${U}#20261009T0800Z`,
        '2026-10-09',
        '14:00',
        '16:00',
        'Grenoble',
      ],
      [
        `ics:fds2026-conference-climat${U}`,
        '2026-10-08',
        '18:30',
        '20:00',
        'Crolles',
      ],
      // Whole days 10 and 11 October (DTEND is exclusive).
      [
        `ics:fds2026-village-sciences${U}#20261010`,
        '2026-10-10',
        '',
        '',
        'Voiron',
      ],
      [
        `ics:fds2026-village-sciences${U}#20261011`,
        '2026-10-11',
        '',
        '',
        'Voiron',
      ],
    ]);
  });
  it('reads escapes, folded lines, categories, status and the place', () => {
    const first = r.rows[0];
    expect(first.title).toBe('Atelier robots, capteurs ; programmation');
    expect(first.description).toBe(
      'Découverte des capteurs et de la programmation par blocs.\nÀ partir de 8 ans. Prévoir une tenue adaptée aux manipulations en salle.',
    );
    expect([first.venue, first.address, first.insee]).toEqual([
      'Médiathèque des Écoles',
      "12 rue des Écoles, 38400 Saint-Martin-d'Hères",
      '38421',
    ]);
    expect(first.animationKind).toBe('atelier');
    expect(r.rows[1].public).toBe('grand public');
    expect(r.rows[1].animationKind).toBe('');
    expect(r.rows[9].animationKind).toBe('visite');
    expect(r.rows.map(s => s.status)).toEqual([
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'annulé',
      '',
      '',
    ]);
  });
  it('refuses with their own reason the event outside, the online one and the endless series', () => {
    expect(r.rejected.map(x => rejectionText(x, r.numbering))).toEqual([
      'Événement commençant ligne 88, champ « LOCATION » : commune hors du département 38 : « 69002 Lyon ».',
      'Événement commençant ligne 96, champ « LOCATION » : événement en ligne, sans lieu : il ne peut pas être rattaché à une commune.',
      "Événement commençant ligne 104, champ « RRULE » : série répétée sans fin (ni COUNT ni UNTIL) : donnez-lui une date de fin dans l'agenda d'origine puis exportez à nouveau.",
    ]);
  });
});

describe('the Google Calendar export', () => {
  const r = parseImportFile('agenda.ics', read('google-agenda.ics'), ctx);
  it('reads UTC times in French time, DURATION, whole days and HTML descriptions', () => {
    expect([r.given, r.accepted]).toEqual([5, 4]);
    expect(
      r.rows.map(s => [s.sourceId, day(s.date), s.start, s.end, s.commune]),
    ).toEqual([
      [
        'ics:4m2kq9d7s1v0ouverture@google.com',
        '2026-10-02',
        '18:00',
        '20:00',
        'Grenoble',
      ],
      // Every other Wednesday until 4 November 16:00 UTC (17:00 CET) included.
      [
        'ics:7h3p0c1f5e8cafe@google.com#20261007T1500Z',
        '2026-10-07',
        '17:00',
        '18:00',
        'Voiron',
      ],
      [
        'ics:7h3p0c1f5e8cafe@google.com#20261021T1500Z',
        '2026-10-21',
        '17:00',
        '18:00',
        'Voiron',
      ],
      [
        'ics:7h3p0c1f5e8cafe@google.com#20261104T1600Z',
        '2026-11-04',
        '17:00',
        '18:00',
        'Voiron',
      ],
      ['ics:1q9w8e7r6t5yportes@google.com', '2026-10-11', '', '', 'Meylan'],
      [
        'ics:5z4x3c2v1bepuration@google.com',
        '2026-10-05',
        '09:30',
        '11:00',
        'Échirolles',
      ],
    ]);
    expect(r.rows[0].description).toBe(
      "Soirée d'ouverture\nEntrée libre, sans inscription.",
    );
    expect(r.rejected.map(x => rejectionText(x, r.numbering))).toEqual([
      'Événement commençant ligne 78, champ « LOCATION » : aucun lieu : ni commune, ni code postal, ni code INSEE.',
    ]);
  });
});

describe('time zones', () => {
  const at = (start: string, end: string, head: string[] = []) =>
    sessions(['UID:z', 'SUMMARY:Atelier', start, end, PLACE], head).map(
      ([d, s, e]) => [d, s, e],
    );

  it('a TZID of Paris is taken as written, UTC is moved to Paris time (CEST, then CET)', () => {
    expect(
      at(
        'DTSTART;TZID=Europe/Paris:20261010T140000',
        'DTEND;TZID=Europe/Paris:20261010T160000',
      ),
    ).toEqual([['2026-10-10', '14:00', '16:00']]);
    expect(at('DTSTART:20261010T120000Z', 'DTEND:20261010T140000Z')).toEqual([
      ['2026-10-10', '14:00', '16:00'],
    ]);
    expect(at('DTSTART:20261110T120000Z', 'DTEND:20261110T140000Z')).toEqual([
      ['2026-11-10', '13:00', '15:00'],
    ]);
    // 25 October 2026, 00:30 and 01:30 UTC: 02:30 CEST, then 02:30 CET.
    expect(at('DTSTART:20261025T003000Z', 'DTEND:20261025T013000Z')).toEqual([
      ['2026-10-25', '02:30', '02:30'],
    ]);
  });

  it('names of Paris time from Outlook and Nextcloud, and a VTIMEZONE of the EU rule under any name', () => {
    const eu = (id: string) => [
      'BEGIN:VTIMEZONE',
      `TZID:${id}`,
      'BEGIN:STANDARD',
      'DTSTART:16011028T030000',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:16010325T020000',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ];
    for (const id of [
      'Romance Standard Time',
      '/freeassociation.sourceforge.net/Tzfile/Europe/Paris',
      'Heure de Paris',
    ]) {
      expect(
        at(
          `DTSTART;TZID="${id}":20261010T140000`,
          `DTEND;TZID="${id}":20261010T160000`,
          eu(id),
        ),
      ).toEqual([['2026-10-10', '14:00', '16:00']]);
    }
  });

  it('a fixed-offset VTIMEZONE (La Réunion, UTC+4) is moved to Paris time', () => {
    const reunion = [
      'BEGIN:VTIMEZONE',
      'TZID:Indian/Reunion',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0400',
      'TZOFFSETTO:+0400',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    expect(
      at(
        'DTSTART;TZID=Indian/Reunion:20261010T160000',
        'DTEND;TZID=Indian/Reunion:20261010T180000',
        reunion,
      ),
    ).toEqual([['2026-10-10', '14:00', '16:00']]);
  });

  it('floating times: in X-WR-TIMEZONE when the calendar gives one, else as written', () => {
    expect(at('DTSTART:20261010T140000', 'DTEND:20261010T160000')).toEqual([
      ['2026-10-10', '14:00', '16:00'],
    ]);
    expect(
      at('DTSTART:20261010T140000', 'DTEND:20261010T160000', [
        'X-WR-TIMEZONE:Europe/London',
      ]),
    ).toEqual([['2026-10-10', '15:00', '17:00']]);
  });

  it('a zone the add-on does not know is refused by name, never guessed', () => {
    expect(
      refusal([
        'UID:z',
        'SUMMARY:Duplex',
        'DTSTART;TZID=America/Montreal:20261010T080000',
        PLACE,
      ]),
    ).toBe(
      'Événement commençant ligne 4, champ « DTSTART » : fuseau horaire « America/Montreal » inconnu : exportez les heures en UTC ou dans le fuseau Europe/Paris.',
    );
  });

  it('a tracker in London time reads the same moments an hour earlier', () => {
    expect(
      sessions(
        [
          'UID:z',
          'SUMMARY:Atelier',
          'DTSTART;TZID=Europe/Paris:20261010T140000',
          'DTEND:20261010T140000Z',
          PLACE,
        ],
        [],
        'Europe/London',
      ).map(([d, s, e]) => [d, s, e]),
    ).toEqual([['2026-10-10', '13:00', '15:00']]);
  });
});

describe('recurrence (RFC 5545, 3.3.10)', () => {
  const series = (lines: string[]) =>
    sessions(['UID:s', 'SUMMARY:Série', ...lines, PLACE]).map(
      ([d, s, , id]) => `${d} ${s} ${id}`,
    );

  it('MONTHLY on the first Tuesday, and on the last day of the month', () => {
    expect(
      series([
        'DTSTART;TZID=Europe/Paris:20260901T180000',
        'RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=4',
      ]).map(s => s.slice(0, 16)),
    ).toEqual([
      '2026-09-01 18:00',
      '2026-10-06 18:00',
      '2026-11-03 18:00',
      '2026-12-01 18:00',
    ]);
    expect(
      series([
        'DTSTART:20260131T090000',
        'RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20260501T000000',
      ]).map(s => s.slice(0, 10)),
    ).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('YEARLY, RDATE added, EXDATE in UTC removing a Paris-time occurrence', () => {
    expect(
      series(['DTSTART;VALUE=DATE:20261010', 'RRULE:FREQ=YEARLY;COUNT=3']).map(
        s => s.slice(0, 10),
      ),
    ).toEqual(['2026-10-10', '2027-10-10', '2028-10-10']);
    expect(
      series([
        'DTSTART;TZID=Europe/Paris:20261005T100000',
        'RRULE:FREQ=DAILY;COUNT=3',
        'RDATE;TZID=Europe/Paris:20261012T100000,20261013T100000',
        'EXDATE:20261006T080000Z',
      ]),
    ).toEqual([
      '2026-10-05 10:00 ics:s#20261005T0800Z',
      '2026-10-07 10:00 ics:s#20261007T0800Z',
      '2026-10-12 10:00 ics:s#20261012T0800Z',
      '2026-10-13 10:00 ics:s#20261013T0800Z',
    ]);
  });

  it('refuses what it does not follow, each with its own reason', () => {
    const base = ['UID:r', 'SUMMARY:Série', 'DTSTART:20261005T100000Z', PLACE];
    expect(
      refusal([...base, 'RRULE:FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU;COUNT=3']),
    ).toBe(
      'Événement commençant ligne 4, champ « RRULE » : règle de répétition non prise en charge : « BYSETPOS=-1 » (sont lus FREQ=DAILY, WEEKLY, MONTHLY ou YEARLY avec COUNT ou UNTIL, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH et WKST).',
    );
    expect(refusal([...base, 'RRULE:FREQ=HOURLY;COUNT=3'])).toMatch(
      /« FREQ=HOURLY »/,
    );
    expect(refusal([...base, 'RRULE:FREQ=DAILY;COUNT=2000'])).toBe(
      'Événement commençant ligne 4, champ « RRULE » : plus de 1000 séances : découpez la série ou exportez une période plus courte.',
    );
    expect(
      refusal([
        ...base,
        'RRULE:FREQ=DAILY;COUNT=2',
        'EXDATE:20261005T100000Z,20261006T100000Z',
      ]),
    ).toBe(
      'Événement commençant ligne 4, champ « EXDATE » : toutes les dates de la série sont exclues (EXDATE) : aucune séance.',
    );
  });

  it('DAILY limited to the last day of the month (BYMONTHDAY=-1)', () => {
    expect(
      series([
        'DTSTART:20261031T090000',
        'RRULE:FREQ=DAILY;BYMONTHDAY=-1;COUNT=4',
      ]).map(s => s.slice(0, 10)),
    ).toEqual(['2026-10-31', '2026-11-30', '2026-12-31', '2027-01-31']);
  });

  it('parses rules and refuses ordinals where the RFC has none', () => {
    expect(parseRule('FREQ=WEEKLY;BYDAY=2MO;COUNT=2')).toEqual({
      ok: false,
      part: 'BYDAY',
    });
    expect(parseRule('FREQ=DAILY;COUNT=2;UNTIL=20261010')).toEqual({
      ok: false,
      part: 'COUNT + UNTIL',
    });
    expect(parseRule('INTERVAL=2')).toEqual({ok: false, part: 'FREQ'});
    const ok = parseRule('freq=weekly;interval=2;byday=mo,we;wkst=su;count=4');
    expect(ok).toEqual({
      ok: true,
      rule: {
        freq: 'WEEKLY',
        interval: 2,
        count: 4,
        until: null,
        byDay: [
          {n: 0, wd: 1},
          {n: 0, wd: 3},
        ],
        byMonthDay: [],
        byMonth: [],
        wkst: 0,
      },
    });
  });

  it('agrees with ical.js on a set of rules (occurrences as wall clocks)', () => {
    // Each DTSTART is an occurrence of its rule: the RFC leaves the other case undefined.
    const rules: [string, string][] = [
      ['FREQ=DAILY;COUNT=10;INTERVAL=3', '2026-10-14'],
      ['FREQ=DAILY;UNTIL=20261120T000000;BYDAY=MO,FR', '2026-10-16'],
      // (ical.js ignores a negative BYMONTHDAY under DAILY: checked by hand below.)
      ['FREQ=DAILY;COUNT=12;BYMONTHDAY=1,15,28', '2026-10-15'],
      ['FREQ=WEEKLY;COUNT=9;BYDAY=TU,TH,SU;WKST=SU', '2026-10-13'],
      ['FREQ=WEEKLY;COUNT=9;BYDAY=TU,TH,SU;WKST=MO;INTERVAL=2', '2026-10-13'],
      ['FREQ=WEEKLY;UNTIL=20270301T000000;INTERVAL=3', '2026-10-14'],
      ['FREQ=MONTHLY;COUNT=8;BYDAY=-1FR', '2026-10-30'],
      ['FREQ=MONTHLY;COUNT=8;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7', '2026-10-05'],
      ['FREQ=MONTHLY;COUNT=6;BYMONTHDAY=31', '2026-10-31'],
      [
        'FREQ=MONTHLY;UNTIL=20280101T000000;INTERVAL=5;BYDAY=2SA,-2SA',
        '2026-10-10',
      ],
      ['FREQ=YEARLY;COUNT=5;BYMONTH=3,10;BYDAY=-1SU', '2026-10-25'],
      ['FREQ=YEARLY;COUNT=4;BYMONTH=2;BYMONTHDAY=29', '2028-02-29'],
      ['FREQ=DAILY;COUNT=20;BYMONTH=1,2', '2027-01-30'],
    ];
    const pad = (n: number) => String(n).padStart(2, '0');
    for (const [text, date] of rules) {
      const parsed = parseRule(text);
      if (!parsed.ok) throw new Error(text);
      const rule: Rule = parsed.rule;
      const [y, m, d] = date.split('-').map(Number);
      const until = rule.until ? parseIcsTime(rule.until)!.wall : null;
      const ours = expandRule(rule, {y, m, d, h: 9, min: 30}, w =>
        until
          ? Date.UTC(w.y, w.m - 1, w.d, w.h, w.min) >
            Date.UTC(until.y, until.m - 1, until.d, until.h, until.min)
          : false,
      );
      if (!ours.ok) throw new Error(`${text}: ${ours.reason}`);
      const theirs: string[] = [];
      const iterator = new ICAL.RecurIterator({
        rule: ICAL.Recur.fromString(text),
        dtstart: ICAL.Time.fromDateTimeString(`${date}T09:30:00`),
      });
      for (let next = iterator.next(); next; next = iterator.next()) {
        theirs.push(next.toString().slice(0, 16));
        if (theirs.length > 1000) break;
      }
      expect({
        text,
        walls: ours.walls.map(
          w => `${w.y}-${pad(w.m)}-${pad(w.d)}T${pad(w.h)}:${pad(w.min)}`,
        ),
      }).toEqual({text, walls: theirs});
    }
  });

  it('DTSTART outside the rule is still the first occurrence and counts (3.8.5.3)', () => {
    expect(
      series([
        'DTSTART:20261014T093000',
        'RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3',
      ]).map(s => s.slice(0, 10)),
    ).toEqual(['2026-10-14', '2026-10-20', '2026-10-27']);
  });
});

describe('LOCATION', () => {
  const isTown = (name: string) => ctx.communes.resolve({name}).ok;
  it.each([
    [
      'Salle X, 12 rue Y, 38000 Grenoble, France',
      {
        venue: 'Salle X',
        address: '12 rue Y, 38000 Grenoble',
        postalCode: '38000',
        communeName: 'Grenoble',
      },
    ],
    [
      '12 rue Y 38400 Saint-Martin-d’Hères',
      {
        venue: '',
        address: '12 rue Y 38400 Saint-Martin-d’Hères',
        postalCode: '38400',
        communeName: 'Saint-Martin-d’Hères',
      },
    ],
    [
      'Gymnase, Meylan (38)',
      {
        venue: 'Gymnase',
        address: 'Meylan (38)',
        postalCode: '',
        communeName: 'Meylan',
      },
    ],
    [
      'Mairie\nVoiron 38500',
      {
        venue: 'Mairie',
        address: 'Voiron 38500',
        postalCode: '38500',
        communeName: 'Voiron',
      },
    ],
    [
      'Vienne',
      {venue: '', address: 'Vienne', postalCode: '', communeName: 'Vienne'},
    ],
  ])('%s', (text, expected) => {
    expect(parsePlace(text, isTown)).toEqual({...expected, online: false});
  });
  it('a web address is an online event', () => {
    expect(parsePlace('https://visio.example.org/salle', isTown).online).toBe(
      true,
    );
  });
});

describe('source ids make a re-import an update', () => {
  it('a UID several VEVENTs share (one per slot, as some exporters write) names each session by its start', () => {
    const r = parseIcs(
      calendar([
        [
          'UID:talk-7@conf',
          'SUMMARY:Exposé',
          'DTSTART:20261010T120000Z',
          PLACE,
        ],
        [
          'UID:talk-7@conf',
          'SUMMARY:Exposé',
          'DTSTART:20261011T120000Z',
          PLACE,
        ],
        [
          'UID:talk-7@conf',
          'SUMMARY:Exposé (copie)',
          'DTSTART:20261011T120000Z',
          PLACE,
        ],
      ]),
      ctx,
    );
    expect(r.rows.map(s => [s.sourceId, day(s.date)])).toEqual([
      ['ics:talk-7@conf#20261010T1200Z', '2026-10-10'],
      ['ics:talk-7@conf#20261011T1200Z', '2026-10-11'],
    ]);
    expect(r.rejected.map(x => rejectionText(x, r.numbering))).toEqual([
      'Événement commençant ligne 16, champ « UID » : identifiant « talk-7@conf (DTSTART 20261011T120000Z) » en double (déjà présent ligne 10).',
    ]);
  });

  it('a VEVENT without UID stands by its title (compared as names are) and start', () => {
    const r: ImportResult = parseIcs(
      calendar([
        ['SUMMARY:Sans UID', 'DTSTART:20261010T120000Z', PLACE],
        ['UID:x', 'SUMMARY:Premier', 'DTSTART:20261010T120000Z', PLACE],
        ['SUMMARY:sans uid', 'DTSTART:20261010T120000Z', PLACE],
      ]),
      ctx,
    );
    expect(r.rows.map(s => s.sourceId)).toEqual([
      'ics:~sansuid|20261010T120000Z',
      'ics:x',
    ]);
    expect(r.rejected.map(x => rejectionText(x, r.numbering))).toEqual([
      'Événement commençant ligne 15, champ « UID » : identifiant « ~sansuid|20261010T120000Z » en double (déjà présent ligne 4).',
    ]);
  });
});
