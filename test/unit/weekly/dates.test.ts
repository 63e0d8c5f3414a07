import {
  dayKey,
  dayLabel,
  monthsBefore,
  parisDay,
  parisOffsetMs,
  weekday,
} from '../../../src/shared/dates';

const H = 3600000;

describe('Paris calendar', () => {
  it('switches to summer time on the last Sunday of March at 01:00 UTC', () => {
    expect(parisOffsetMs(new Date('2026-03-29T00:59:00Z'))).toBe(H);
    expect(parisOffsetMs(new Date('2026-03-29T01:00:00Z'))).toBe(2 * H);
  });

  it('back to winter time on the last Sunday of October at 01:00 UTC', () => {
    expect(parisOffsetMs(new Date('2026-10-25T00:59:00Z'))).toBe(2 * H);
    expect(parisOffsetMs(new Date('2026-10-25T01:00:00Z'))).toBe(H);
  });

  it('gives the Paris day of an instant', () => {
    expect(dayLabel(parisDay(new Date('2026-12-31T23:30:00Z')))).toBe(
      '01/01/2027',
    );
    expect(dayLabel(parisDay(new Date('2026-07-14T21:59:00Z')))).toBe(
      '14/07/2026',
    );
    expect(dayLabel(parisDay(new Date('2026-07-14T22:00:00Z')))).toBe(
      '15/07/2026',
    );
    expect(dayKey(parisDay(new Date('2026-02-03T12:00:00Z')))).toBe(
      '2026-02-03',
    );
  });

  it('knows the weekday (14/09/2026 is a Monday)', () => {
    expect(weekday(parisDay(new Date('2026-09-14T10:00:00+02:00')))).toBe(1);
  });

  it('monthsBefore gives Paris midnight N months earlier, day clamped', () => {
    expect(
      monthsBefore(new Date('2026-11-28T16:00:00Z'), 12).toISOString(),
    ).toBe('2025-11-27T23:00:00.000Z');
    // 31 March − 1 month → 28 February (winter, UTC+1).
    expect(
      monthsBefore(new Date('2026-03-31T10:00:00+02:00'), 1).toISOString(),
    ).toBe('2026-02-27T23:00:00.000Z');
    // Summer date: Paris midnight is 22:00 UTC the day before.
    expect(
      monthsBefore(new Date('2026-09-14T10:00:00+02:00'), 2).toISOString(),
    ).toBe('2026-07-13T22:00:00.000Z');
    expect(
      monthsBefore(new Date('2026-01-15T10:00:00+01:00'), 13).toISOString(),
    ).toBe('2024-12-14T23:00:00.000Z');
  });
});
