import { describe, expect, it } from 'vitest';
import { isTimeZone, localDate, localMinutes, startOfDay, zonedTime } from './zoned-time.js';

describe('zoned time', () => {
  it('reads local dates and minutes in the time zone', () => {
    expect(localDate(Date.UTC(2026, 0, 6, 3), 'America/New_York')).toBe('2026-01-05');
    expect(localMinutes(Date.UTC(2026, 0, 5, 14, 30), 'America/New_York')).toBe(570);
    expect(localDate(Date.UTC(2026, 0, 5, 23, 30), 'Asia/Kolkata')).toBe('2026-01-06');
  });

  it('finds the instant a local day starts, across daylight-saving changes', () => {
    expect(startOfDay('2026-01-05', 'America/New_York')).toBe(Date.UTC(2026, 0, 5, 5));
    expect(startOfDay('2026-07-01', 'Europe/London')).toBe(Date.UTC(2026, 5, 30, 23));
    // Clocks go forward at 02:00 on 8 March 2026 in New York: the day starts at EST midnight.
    expect(startOfDay('2026-03-08', 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 5));
    expect(startOfDay('2026-03-09', 'America/New_York')).toBe(Date.UTC(2026, 2, 9, 4));
  });

  it('reads a skipped wall time with the offset before the change', () => {
    expect(zonedTime('2026-03-08', 150, 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30));
  });

  it('tells known time zones from others', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
