/**
 * Fuzzing the iCalendar reader: calendars made of random events (text with
 * escapes and odd characters, times in a TZID, in UTC, floating or whole
 * days, recurrence rules with COUNT or UNTIL, INTERVAL, BYDAY, EXDATE,
 * duplicated UIDs, places in and out of the département), written with
 * random line endings and folded at random places. Every run must return a
 * result whose counts add up (imported + refused = VEVENTs given) or throw an
 * AddonError in French, never anything else; each event's fate and sessions
 * must be those an independent reading gives: ical.js (Mozilla's parser, a
 * test-only dependency) for unfolding, escapes and recurrence, Intl for the
 * moment-to-Paris-time conversion.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import {COMMUNES} from '../../src/generated/communes';
import {plain} from '../../src/tracker/import/common';
import {CommuneIndex, communeKey} from '../../src/tracker/communes';
import {parseImportFile} from '../../src/tracker/import/detect';
import {hostileString, runProperty} from './fuzz';
import {importOutcome} from './import-outcome';
import {parisDay} from '../helpers/paris';

const SUITE = 'fuzz-ics';
const ctx = {communes: new CommuneIndex(COMMUNES, '38')};

const PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// ical.js knows a zone only once registered: it then applies the VTIMEZONE's
// own rules (an independent reading of Paris summer time).
ICAL.TimezoneService.register(
  new ICAL.Component(
    ICAL.parse(
      ['BEGIN:VCALENDAR', ...PARIS_VTIMEZONE, 'END:VCALENDAR'].join('\r\n'),
    ),
  ).getFirstSubcomponent('vtimezone')!,
);

type StartKind = 'paris' | 'utc' | 'floating' | 'date' | 'windows' | 'unknown';

interface Wall {
  y: number;
  m: number;
  d: number;
  h: number;
  min: number;
}

interface GenRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  count: number | null;
  untilDays: number | null;
  byDay: number[];
}

interface GenEvent {
  uid: string | null;
  summary: string;
  kind: StartKind;
  start: Wall;
  /** Minutes for timed events, days for whole days; null: no end given. */
  length: number | null;
  useDuration: boolean;
  rule: GenRule | null;
  exdays: number[];
  place: number;
  cancelled: boolean;
  description: string;
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Places and what they give: a commune of Isère, or the reason of refusal. */
const PLACES: [string, string][] = [
  ['Salle des fêtes, 38000 Grenoble, France', 'ok'],
  ['Gymnase; 12 rue du Stade; 38400 Saint-Martin-d’Hères', 'ok'],
  ['Meylan', 'ok'],
  ['Place Bellecour, 69002 Lyon', 'tracker.import.reason.outside'],
  ['https://visio.example.org/salle', 'tracker.import.reason.online'],
  ['', 'tracker.import.reason.noPlace'],
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Characters that matter to the format (escapes, folding) and some that matter to people. */
const textChar = fc.constantFrom(
  ...'abcdeéèêàçôïù AZ09,;:\\"\'’«»\n\t-–—…'.split(''),
  '👩🏽‍🔬',
  '𝔊',
  'œ',
);
const text = fc
  .array(textChar, {minLength: 0, maxLength: 40})
  .map(cs => cs.join(''));

const wall = fc.record({
  y: fc.constantFrom(2026, 2027),
  m: fc.integer({min: 1, max: 12}),
  d: fc.integer({min: 1, max: 28}),
  h: fc.integer({min: 0, max: 23}),
  min: fc.constantFrom(0, 15, 30, 45),
});

const rule: fc.Arbitrary<GenRule> = fc.record({
  freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY'),
  interval: fc.integer({min: 1, max: 3}),
  count: fc.option(fc.integer({min: 1, max: 8}), {freq: 3}),
  untilDays: fc.option(fc.integer({min: 0, max: 70}), {freq: 5}),
  byDay: fc.subarray([0, 1, 2, 3, 4, 5, 6]),
});

const event: fc.Arbitrary<GenEvent> = fc.record({
  uid: fc.option(
    fc.integer({min: 1, max: 30}).map(n => `${n}@example.org`),
    {freq: 8},
  ),
  summary: fc.oneof(
    {weight: 9, arbitrary: text.filter(s => /[a-zA-Z0-9]/.test(s))},
    {weight: 1, arbitrary: fc.constantFrom('', '  ')},
  ),
  kind: fc.oneof(
    {weight: 8, arbitrary: fc.constant<StartKind>('paris')},
    {weight: 4, arbitrary: fc.constant<StartKind>('utc')},
    {weight: 2, arbitrary: fc.constant<StartKind>('floating')},
    {weight: 2, arbitrary: fc.constant<StartKind>('date')},
    {weight: 2, arbitrary: fc.constant<StartKind>('windows')},
    {weight: 1, arbitrary: fc.constant<StartKind>('unknown')},
  ),
  start: wall,
  length: fc.option(fc.integer({min: 0, max: 300})),
  useDuration: fc.boolean(),
  rule: fc.option(rule, {freq: 2}),
  exdays: fc.subarray([0, 1, 2, 3, 7, 14]),
  place: fc.oneof(
    {weight: 8, arbitrary: fc.integer({min: 0, max: 2})},
    {weight: 2, arbitrary: fc.integer({min: 3, max: PLACES.length - 1})},
  ),
  cancelled: fc.boolean(),
  description: text,
});

const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');

function addDays(w: Wall, days: number): Wall {
  const d = new Date(Date.UTC(w.y, w.m - 1, w.d + days, w.h, w.min));
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    min: d.getUTCMinutes(),
  };
}

const dateText = (w: Wall) => `${pad(w.y, 4)}${pad(w.m)}${pad(w.d)}`;
const dateTime = (w: Wall) => `${dateText(w)}T${pad(w.h)}${pad(w.min)}00`;

/** A time property of the event's kind. */
function timeProp(name: string, e: GenEvent, w: Wall): string {
  switch (e.kind) {
    case 'paris':
      return `${name};TZID=Europe/Paris:${dateTime(w)}`;
    case 'utc':
      return `${name}:${dateTime(w)}Z`;
    case 'floating':
      return `${name}:${dateTime(w)}`;
    case 'date':
      return `${name};VALUE=DATE:${dateText(w)}`;
    case 'windows':
      return `${name};TZID="Romance Standard Time":${dateTime(w)}`;
    case 'unknown':
      return `${name};TZID=America/Montreal:${dateTime(w)}`;
  }
}

/** The RRULE written so that DTSTART is one of its occurrences (the RFC leaves the rest undefined). */
function ruleText(e: GenEvent, r: GenRule): string {
  const weekday = new Date(
    Date.UTC(e.start.y, e.start.m - 1, e.start.d),
  ).getUTCDay();
  const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval}`];
  if (r.freq !== 'MONTHLY' && r.byDay.length > 0) {
    const days = [...new Set([...r.byDay, weekday])].sort();
    parts.push(`BYDAY=${days.map(d => DAYS[d]).join(',')}`);
  }
  if (r.count !== null) parts.push(`COUNT=${r.count}`);
  else if (r.untilDays !== null && e.kind !== 'windows') {
    const until = addDays(e.start, r.untilDays);
    // UNTIL takes DTSTART's form: a date, a floating time, or UTC for zoned times.
    const value =
      e.kind === 'date'
        ? dateText(until)
        : e.kind === 'floating'
          ? dateTime(until)
          : `${dateTime(until)}Z`;
    parts.push(`UNTIL=${value}`);
  }
  return parts.join(';');
}

function lines(e: GenEvent): string[] {
  const out: string[] = ['BEGIN:VEVENT'];
  if (e.uid) out.push(`UID:${e.uid}`);
  out.push(`SUMMARY:${escapeText(e.summary)}`);
  out.push(timeProp('DTSTART', e, e.start));
  if (e.length !== null) {
    if (e.kind === 'date') {
      const days = Math.max(1, Math.round(e.length / 100));
      out.push(
        e.useDuration
          ? `DURATION:P${days}D`
          : timeProp('DTEND', e, addDays(e.start, days)),
      );
    } else if (e.useDuration) {
      out.push(`DURATION:PT${e.length}M`);
    } else {
      const end = new Date(
        Date.UTC(
          e.start.y,
          e.start.m - 1,
          e.start.d,
          e.start.h,
          e.start.min + e.length,
        ),
      );
      out.push(
        timeProp('DTEND', e, {
          y: end.getUTCFullYear(),
          m: end.getUTCMonth() + 1,
          d: end.getUTCDate(),
          h: end.getUTCHours(),
          min: end.getUTCMinutes(),
        }),
      );
    }
  }
  if (e.rule) {
    out.push(`RRULE:${ruleText(e, e.rule)}`);
    for (const k of e.exdays)
      out.push(timeProp('EXDATE', e, addDays(e.start, k)));
  }
  if (PLACES[e.place][0])
    out.push(`LOCATION:${escapeText(PLACES[e.place][0])}`);
  if (e.description) out.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.cancelled) out.push('STATUS:CANCELLED');
  out.push('END:VEVENT');
  return out;
}

interface Written {
  text: string;
  /** The physical line where each VEVENT begins. */
  starts: number[];
}

/** The calendar's text, folded at the given places (RFC 5545: CRLF then a space or a tab). */
function write(
  events: GenEvent[],
  folds: number[],
  eol: string,
  foldChar: string,
): Written {
  const logical = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Fuzz//FR',
    ...PARIS_VTIMEZONE,
    ...events.flatMap(lines),
    'END:VCALENDAR',
  ];
  const physical: string[] = [];
  const starts: number[] = [];
  logical.forEach((line, i) => {
    if (line === 'BEGIN:VEVENT') starts.push(physical.length + 1);
    // Fold positions for this line, from the random list (never at 0).
    const at = [
      ...new Set(
        folds
          .map(f => (f + i * 7) % Math.max(1, line.length))
          .filter(p => p > 0),
      ),
    ].sort((a, b) => a - b);
    let prev = 0;
    const pieces: string[] = [];
    for (const p of at) {
      pieces.push(line.slice(prev, p));
      prev = p;
    }
    pieces.push(line.slice(prev));
    physical.push(pieces[0], ...pieces.slice(1).map(s => foldChar + s));
  });
  return {text: physical.join(eol) + eol, starts};
}

const PARIS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Paris wall clock of a UTC moment, by Intl (not by the add-on's rule). */
function parisOf(ms: number): string {
  const p = Object.fromEntries(
    PARIS.formatToParts(new Date(ms)).map(x => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * The sessions ical.js gives a VEVENT: "YYYY-MM-DD HH:mm" in Paris time (''
 * time for whole days). EXDATE is applied here, by moment, rather than by
 * ical.js: its iterator stops applying EXDATEs after one that names no
 * occurrence (ical.js 2.2.1).
 */
function expected(
  vevent: ICAL.Component,
  kind: StartKind,
  wholeDays: number,
): string[] {
  const copy = new ICAL.Component(vevent.toJSON());
  const exdates = copy
    .getAllProperties('exdate')
    .flatMap(p => p.getValues() as ICAL.Time[]);
  copy.removeAllProperties('exdate');
  const moment = (t: ICAL.Time) =>
    kind === 'utc' || kind === 'paris'
      ? t.toUnixTime()
      : Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) / 1000;
  const excluded = new Set(exdates.map(moment));
  const it = new ICAL.Event(copy).iterator();
  const out: string[] = [];
  for (let next = it.next(); next; next = it.next()) {
    if (out.length > 2000) break;
    if (excluded.has(moment(next))) continue;
    if (kind === 'date') {
      for (let d = 0; d < wholeDays; d++) {
        const t = next.clone();
        t.adjust(d, 0, 0, 0);
        out.push(`${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)} `);
      }
    } else if (kind === 'utc' || kind === 'paris') {
      // ical.js's own moment (its reading of the VTIMEZONE), shown by Intl.
      out.push(parisOf(next.toUnixTime() * 1000));
    } else {
      // A floating time (Windows' Paris name too, unknown to ical.js) as written.
      out.push(
        `${pad(next.year, 4)}-${pad(next.month)}-${pad(next.day)} ${pad(next.hour)}:${pad(next.minute)}`,
      );
    }
  }
  return out.sort();
}

/** DTSTART as ical.js places it: its moment (zoned), or as written (floating, whole days). */
function startMoment(e: GenEvent): string {
  const {y, m, d, h, min} = e.start;
  if (e.kind === 'date') return `D${y}-${m}-${d}`;
  if (e.kind === 'utc') return String(Date.UTC(y, m - 1, d, h, min));
  if (e.kind === 'paris' || e.kind === 'windows') {
    const time = ICAL.Time.fromData(
      {year: y, month: m, day: d, hour: h, minute: min},
      ICAL.TimezoneService.get('Europe/Paris')!,
    );
    return String(time.toUnixTime() * 1000);
  }
  return `F${y}-${m}-${d}T${h}:${min}`;
}

const day = (d: Date) => parisDay(d);

describe('iCalendar files', () => {
  test('random calendars, folded at random: each event’s fate and sessions as ical.js and Intl read them', () => {
    let events = 0;
    let imported = 0;
    runProperty(
      fc.tuple(
        fc.array(event, {minLength: 1, maxLength: 8}),
        fc.array(fc.integer({min: 1, max: 200}), {maxLength: 4}),
        fc.constantFrom('\r\n', '\n'),
        fc.constantFrom(' ', '\t'),
      ),
      ([gen, folds, eol, foldChar]) => {
        const {text: ics, starts} = write(gen, folds, eol, foldChar);
        const result = importOutcome(
          () => parseImportFile('agenda.ics', ics, ctx),
          gen.length,
        );
        expect(result).not.toBeNull();
        const r = result!;
        expect(r.format).toBe('ics');
        const theirs = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents(
          'vevent',
        );
        expect(theirs).toHaveLength(gen.length);
        const seen = new Set<string>();
        const uses = new Map<string, number>();
        for (const e of gen) {
          if (e.uid) uses.set(e.uid, (uses.get(e.uid) ?? 0) + 1);
        }
        gen.forEach((e, i) => {
          events++;
          const line = starts[i];
          const refusal = r.rejected.find(x => x.line === line);
          const rows = r.rows.filter(s => s.line === line);
          // Without a UID, the title (compared as names are) and DTSTART's value stand for it.
          const startValue = timeProp('DTSTART', e, e.start)
            .split(':')
            .slice(-1)[0];
          // A UID several VEVENTs share stands with its start (as a moment).
          const shared = e.uid !== null && (uses.get(e.uid) ?? 0) > 1;
          const key = !e.uid
            ? `~${communeKey(e.summary)}|${startValue}`
            : shared
              ? `${e.uid}@${startMoment(e)}`
              : e.uid;
          // An unknown zone stops the identity itself: nothing is seen.
          const unreadable = shared && e.kind === 'unknown';
          const duplicate = !unreadable && seen.has(key);
          if (!unreadable) seen.add(key);
          // ical.js unfolded and unescaped the same text: the title must match it.
          expect(theirs[i].getFirstPropertyValue('summary')).toBe(e.summary);
          const wholeDays =
            e.length === null ? 1 : Math.max(1, Math.round(e.length / 100));
          let want = 'ok';
          if (unreadable) want = 'tracker.import.reason.unknownZone';
          else if (duplicate) want = 'tracker.import.reason.duplicate';
          else if (plain(e.summary) === '')
            want = 'tracker.import.reason.missing';
          else if (e.kind === 'unknown')
            want = 'tracker.import.reason.unknownZone';
          else if (
            e.rule &&
            e.rule.count === null &&
            (e.rule.untilDays === null || e.kind === 'windows')
          ) {
            want = 'tracker.import.reason.endless';
          }
          const sessions =
            want === 'ok' ? expected(theirs[i], e.kind, wholeDays) : [];
          if (want === 'ok' && sessions.length === 0)
            want = 'tracker.import.reason.allExcluded';
          if (want === 'ok' && PLACES[e.place][1] !== 'ok')
            want = PLACES[e.place][1];
          if (want !== 'ok') {
            expect({i, reason: refusal?.reason}).toEqual({i, reason: want});
            expect(rows).toEqual([]);
            return;
          }
          expect({i, refusal}).toEqual({i, refusal: undefined});
          imported++;
          expect(rows.map(s => `${day(s.date)} ${s.start}`).sort()).toEqual(
            sessions,
          );
          for (const s of rows) {
            expect(s.title).toBe(plain(e.summary));
            expect(s.description).toBe(plain(e.description));
            expect(s.status).toBe(e.cancelled ? 'annulé' : '');
            expect(s.insee).toMatch(/^38\d{3}$/);
          }
          // Every session its own source id.
          expect(new Set(rows.map(s => s.sourceId)).size).toBe(rows.length);
        });
        return 'result';
      },
      {numRuns: 200, suite: SUITE},
    );
    // The property proves something only if events do get imported.
    expect(imported / events).toBeGreaterThan(0.5);
  });

  test('hostile text anywhere, cut anywhere: a result whose counts add up, or a French message', () => {
    const base = write(
      [
        {
          uid: 'a@x',
          summary: 'Atelier',
          kind: 'paris',
          start: {y: 2026, m: 10, d: 10, h: 14, min: 0},
          length: 90,
          useDuration: false,
          rule: {
            freq: 'WEEKLY',
            interval: 1,
            count: 3,
            untilDays: null,
            byDay: [6],
          },
          exdays: [7],
          place: 0,
          cancelled: false,
          description: 'Texte',
        },
      ],
      [],
      '\r\n',
      ' ',
    ).text;
    // Places inside the values of text properties: there, most insertions leave a readable file.
    const inValues: number[] = [];
    for (const m of base.matchAll(
      /^(SUMMARY|DESCRIPTION|LOCATION):([^\r\n]*)/gm,
    )) {
      const from = m.index! + m[1].length + 1;
      for (let i = from; i <= from + m[2].length; i++) inValues.push(i);
    }
    runProperty(
      fc.tuple(
        fc.oneof(
          {weight: 2, arbitrary: fc.constantFrom(...inValues)},
          {weight: 1, arbitrary: fc.integer({min: 0, max: base.length})},
        ),
        fc.oneof(
          hostileString,
          fc.constantFrom(
            '\r\n',
            'END:VEVENT\r\n',
            'BEGIN:VEVENT\r\n',
            ':',
            ';',
            '\\',
            '\r\nRRULE:FREQ=SECONDLY\r\n',
            '\r\nDTSTART;TZID=:x\r\n',
            '\r\nEXDATE:2026\r\n',
          ),
        ),
        fc.oneof(
          {weight: 4, arbitrary: fc.constant(false)},
          {weight: 1, arbitrary: fc.constant(true)},
        ),
      ),
      ([at, insert, cut]) => {
        const ics = cut
          ? base.slice(0, at)
          : base.slice(0, at) + insert + base.slice(at);
        // runProperty fails when fewer than half the cases reach a result.
        return importOutcome(() => parseImportFile('agenda.ics', ics, ctx))
          ? 'result'
          : 'error';
      },
      {numRuns: 400, suite: SUITE},
    );
  });
});
