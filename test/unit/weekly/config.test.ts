import {
  activeFromDay,
  EMPTY_STATE,
  isOwed,
  lastScheduledDay,
  parseHour,
  parseRecipients,
  parseWeekday,
  WeeklyConfig,
} from '../../../src/weekly/config';
import {dayLabel, parisDay} from '../../../src/shared/dates';
import {AddonError} from '../../../src/gas/errors';

const day = (iso: string) => parisDay(new Date(`${iso}T12:00:00+02:00`));

describe('recipients', () => {
  it('splits on lines, commas and semicolons and drops duplicates', () => {
    expect(
      parseRecipients(
        'alice@tds.fr\nbruno@tds.fr, Alice@tds.fr; chloe@tds.fr\n\n',
      ),
    ).toEqual(['alice@tds.fr', 'bruno@tds.fr', 'chloe@tds.fr']);
    expect(parseRecipients(['a@b.fr', 'c@d.fr'])).toEqual(['a@b.fr', 'c@d.fr']);
  });

  it('names the bad address, refuses none and more than 50', () => {
    expect(() => parseRecipients('alice@tds.fr, pas-une-adresse')).toThrow(
      'Adresse e-mail non valide : « pas-une-adresse ».',
    );
    expect(() => parseRecipients('<script>@x.fr')).toThrow(AddonError);
    expect(() => parseRecipients(' \n ')).toThrow(/au moins une adresse/);
    const many = Array.from({length: 51}, (_, i) => `p${i}@tds.fr`);
    expect(() => parseRecipients(many)).toThrow(
      '51 destinataires : 50 au plus par message.',
    );
  });
});

describe('day and hour', () => {
  it('accepts weekday names and hours 0–23 only', () => {
    expect(parseWeekday('monday')).toBe('MONDAY');
    expect(() => parseWeekday('lundi')).toThrow('Jour non valide : « lundi ».');
    expect(parseHour('8')).toBe(8);
    expect(parseHour(0)).toBe(0);
    expect(() => parseHour(24)).toThrow(AddonError);
    expect(() => parseHour('8.5')).toThrow(AddonError);
  });
});

describe('which day is owed', () => {
  const config: WeeklyConfig = {
    day: 'MONDAY',
    hour: 8,
    recipients: ['a@b.fr'],
    timeZone: 'Europe/Paris',
    activeFrom: day('2026-09-14'),
  };

  it('lastScheduledDay is the latest Monday on or before the day', () => {
    expect(dayLabel(lastScheduledDay(day('2026-09-14'), 'MONDAY'))).toBe(
      '14/09/2026',
    );
    expect(dayLabel(lastScheduledDay(day('2026-09-20'), 'MONDAY'))).toBe(
      '14/09/2026',
    );
    expect(dayLabel(lastScheduledDay(day('2026-09-20'), 'SUNDAY'))).toBe(
      '20/09/2026',
    );
    expect(dayLabel(lastScheduledDay(day('2026-09-19'), 'SUNDAY'))).toBe(
      '13/09/2026',
    );
  });

  it('the Monday is owed until a run completes; later days retry it', () => {
    expect(isOwed(config, EMPTY_STATE, day('2026-09-14'))).toBe(true);
    expect(isOwed(config, EMPTY_STATE, day('2026-09-15'))).toBe(true);
    const done = {...EMPTY_STATE, lastCompletedDay: day('2026-09-14')};
    expect(isOwed(config, done, day('2026-09-14'))).toBe(false);
    expect(isOwed(config, done, day('2026-09-20'))).toBe(false);
    expect(isOwed(config, done, day('2026-09-21'))).toBe(true);
  });

  it('nothing is owed before activation; a held-back summary is always owed', () => {
    const later = {...config, activeFrom: day('2026-09-15')};
    expect(isOwed(later, EMPTY_STATE, day('2026-09-16'))).toBe(false);
    const pending = {
      ...EMPTY_STATE,
      lastCompletedDay: day('2026-09-14'),
      pending: {rows: [5], dateLabel: '14/09/2026'},
    };
    expect(isOwed(config, pending, day('2026-09-15'))).toBe(true);
  });

  it('activating after the hour starts the next day', () => {
    expect(
      dayLabel(activeFromDay(new Date('2026-09-14T07:59:00+02:00'), 8)),
    ).toBe('14/09/2026');
    expect(
      dayLabel(activeFromDay(new Date('2026-09-14T08:00:00+02:00'), 8)),
    ).toBe('15/09/2026');
  });
});
