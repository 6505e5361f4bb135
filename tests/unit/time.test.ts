import { describe, expect, it } from 'vitest';
import { addDays, localDate, localTime, zonedTimeToUtc } from '../../functions/core/time.ts';

describe('time zones', () => {
  it('turns an India wall time into the right UTC instant (IST is UTC+5:30, no DST)', () => {
    expect(zonedTimeToUtc('2026-12-01', '10:30', 'Asia/Kolkata').toISOString()).toBe(
      '2026-12-01T05:00:00.000Z',
    );
    expect(zonedTimeToUtc('2026-12-01', '02:00', 'Asia/Kolkata').toISOString()).toBe(
      '2026-11-30T20:30:00.000Z',
    );
  });

  it('handles daylight saving on both sides of a change (America/New_York)', () => {
    expect(zonedTimeToUtc('2026-07-01', '09:00', 'America/New_York').toISOString()).toBe(
      '2026-07-01T13:00:00.000Z',
    );
    expect(zonedTimeToUtc('2026-12-01', '09:00', 'America/New_York').toISOString()).toBe(
      '2026-12-01T14:00:00.000Z',
    );
    // 8 March 2026: clocks jump from 02:00 to 03:00; 10:00 that day is already EDT.
    expect(zonedTimeToUtc('2026-03-08', '10:00', 'America/New_York').toISOString()).toBe(
      '2026-03-08T14:00:00.000Z',
    );
  });

  it('gives the local date and time of an instant in a zone', () => {
    const instant = new Date('2026-11-30T20:30:00.000Z');
    expect(localDate(instant, 'Asia/Kolkata')).toBe('2026-12-01');
    expect(localTime(instant, 'Asia/Kolkata')).toBe('02:00');
    expect(localDate(instant, 'America/New_York')).toBe('2026-11-30');
    expect(localTime(instant, 'America/New_York')).toBe('15:30');
  });

  it('adds calendar days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
