import { describe, expect, it } from 'vitest';
import { addDays, datesFrom, daysBetween, isLocalDate } from './calendar.js';

describe('calendar', () => {
  it('checks real dates', () => {
    expect(['2026-02-28', '2028-02-29'].map(isLocalDate)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-1-05', 20260105].map(isLocalDate)).toEqual([false, false, false, false]);
  });

  it('adds days and counts them across months and years', () => {
    expect(addDays('2026-02-26', 3)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-05', '2026-03-02')).toBe(56);
    expect(datesFrom('2026-01-30', '2026-02-01')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01']);
    expect(datesFrom('2026-02-01', '2026-01-30')).toEqual([]);
  });
});
