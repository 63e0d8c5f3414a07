/**
 * The add-on's one date module against an independent reading: Node's ICU
 * time-zone data and French/English names (Intl), on instants spread over
 * 1996–2100 (the EU rule in force since 1996), the changes included.
 */
import fc from 'fast-check';
import {
  calendarDate,
  dayLabel,
  longDate,
  parisDay,
  parisWallClock,
  weekday,
} from '../../../src/shared/dates';

const ZONES = ['Europe/Paris', 'Europe/Berlin', 'Europe/London', 'UTC'];

function intlParts(date: Date, zone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(date);
  const get = (t: string) => parts.find(p => p.type === t)!.value;
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(
      get('weekday'),
    ),
    hours: Number(get('hour')),
    minutes: Number(get('minute')),
  };
}

const instant = fc
  .integer({
    min: Date.UTC(1996, 0, 1),
    max: Date.UTC(2100, 0, 1),
  })
  .map(ms => new Date(ms - (ms % 60000)));

/** Around the changes: the last Sundays of March and October, 00:00–03:00 UTC. */
const nearChange = fc
  .tuple(
    fc.integer({min: 1996, max: 2100}),
    fc.constantFrom(2, 9),
    fc.integer({min: 0, max: 180}),
  )
  .map(([y, month, minutes]) => {
    const last = new Date(Date.UTC(y, month + 1, 0));
    const sunday = last.getUTCDate() - last.getUTCDay();
    return new Date(Date.UTC(y, month, sunday, 0, minutes));
  });

test('calendarDate reads every instant as ICU does, in each zone it knows', () => {
  fc.assert(
    fc.property(
      fc.oneof(instant, nearChange),
      fc.constantFrom(...ZONES),
      (d, zone) => {
        expect(calendarDate(d, zone)).toEqual(intlParts(d, zone));
      },
    ),
    {numRuns: 2000, seed: 20261128},
  );
});

test('Paris day numbers, labels, weekdays and wall clocks agree with ICU', () => {
  fc.assert(
    fc.property(fc.oneof(instant, nearChange), d => {
      const p = intlParts(d, 'Europe/Paris');
      const day = parisDay(d);
      expect(dayLabel(day)).toBe(
        `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`,
      );
      expect(weekday(day)).toBe(p.weekday);
      expect(parisWallClock(d.getTime())).toEqual({
        y: p.year,
        m: p.month,
        d: p.day,
        h: p.hours,
        min: p.minutes,
      });
    }),
    {numRuns: 1000, seed: 20261128},
  );
});

test('long dates use the French and English names ICU uses ("1er" for the first)', () => {
  fc.assert(
    fc.property(instant, d => {
      for (const [lang, locale] of [
        ['fr', 'fr-FR'],
        ['en', 'en-GB'],
      ] as const) {
        const f = (o: Intl.DateTimeFormatOptions) =>
          new Intl.DateTimeFormat(locale, {
            timeZone: 'Europe/Paris',
            ...o,
          }).format(d);
        const day = f({day: 'numeric'});
        const expected = `${f({weekday: 'long'})} ${lang === 'fr' && day === '1' ? '1er' : day} ${f({month: 'long'})} ${f({year: 'numeric'})}`;
        expect(longDate(d, 'Europe/Paris', lang)).toBe(expected);
      }
    }),
    {numRuns: 300, seed: 20261128},
  );
});
