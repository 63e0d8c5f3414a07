import {
  formatEuros,
  formatNumber,
  formatPercent,
  NNBSP,
} from '../../../src/documents/format';
import {
  calendarDate,
  daysBetween,
  isoDay,
  longDate,
  shortDate,
} from '../../../src/shared/dates';

describe('French dates read in the spreadsheet time zone', () => {
  it('writes "lundi 12 octobre 2026" for a Paris midnight (22:00 UTC the day before)', () => {
    const d = new Date('2026-10-12T00:00:00+02:00');
    expect(d.toISOString()).toBe('2026-10-11T22:00:00.000Z');
    expect(longDate(d, 'Europe/Paris', 'fr')).toBe('lundi 12 octobre 2026');
    expect(longDate(d, 'Europe/Paris', 'en')).toBe('Monday 12 October 2026');
    expect(isoDay(d, 'Europe/Paris')).toBe('2026-10-12');
    expect(shortDate(d, 'Europe/Paris')).toBe('12/10/2026');
  });

  it('writes "1er" for the first of the month', () => {
    expect(
      longDate(new Date('2026-10-01T10:00:00+02:00'), 'Europe/Paris', 'fr'),
    ).toBe('jeudi 1er octobre 2026');
  });

  it('follows the change to winter time (last Sunday of October, 01:00 UTC)', () => {
    // 25 October 2026 is the last Sunday of October: 00:30 UTC is still summer (+2).
    expect(
      calendarDate(new Date('2026-10-25T00:30:00Z'), 'Europe/Paris').hours,
    ).toBe(2);
    // 01:30 UTC is winter time (+1).
    expect(
      calendarDate(new Date('2026-10-25T01:30:00Z'), 'Europe/Paris').hours,
    ).toBe(2);
    expect(
      calendarDate(new Date('2026-10-25T02:30:00Z'), 'Europe/Paris').hours,
    ).toBe(3);
    // In January Paris is UTC+1: 23:30 UTC is already the next day.
    expect(isoDay(new Date('2026-01-14T23:30:00Z'), 'Europe/Paris')).toBe(
      '2026-01-15',
    );
  });

  it('counts calendar days, not 24-hour periods', () => {
    const today = new Date('2026-10-01T10:00:00+02:00');
    expect(
      daysBetween(today, new Date('2026-09-25T00:00:00+02:00'), 'Europe/Paris'),
    ).toBe(-6);
    expect(
      daysBetween(today, new Date('2026-10-01T00:00:00+02:00'), 'Europe/Paris'),
    ).toBe(0);
    expect(
      daysBetween(today, new Date('2026-10-15T00:00:00+02:00'), 'Europe/Paris'),
    ).toBe(14);
  });
});

describe('French numbers', () => {
  it('groups thousands with a narrow no-break space and uses a decimal comma', () => {
    expect(formatNumber(1234567.891, 'fr', 2)).toBe(
      `1${NNBSP}234${NNBSP}567,89`,
    );
    expect(formatNumber(4.2, 'fr', 2)).toBe('4,2');
    expect(formatNumber(12, 'fr')).toBe('12');
    expect(formatNumber(-3.25, 'en', 1)).toBe('-3.3');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });
  it('writes percentages and euros the French way', () => {
    expect(formatPercent(33.3, 'fr', 0)).toBe(`33${NNBSP}%`);
    expect(formatPercent(12.45, 'fr', 1)).toBe(`12,5${NNBSP}%`);
    expect(formatEuros(8000, 'fr')).toBe(`8${NNBSP}000,00${NNBSP}€`);
    expect(formatEuros(-500.5, 'fr')).toBe(`-500,50${NNBSP}€`);
    expect(formatEuros(1500, 'en')).toBe('€1,500.00');
  });
});
