import { describe, expect, it } from 'vitest';
import { defaultPreferences, resolvePreferences } from './preferences.js';

describe('resolvePreferences', () => {
  it('applies defaults and keeps what is given', () => {
    expect(resolvePreferences(undefined)).toBe(defaultPreferences);
    expect(resolvePreferences({ kinds: ['check-in'], checkInAt: '20:30', quietHours: null })).toEqual({ ...defaultPreferences, kinds: ['check-in'], checkInAt: '20:30', quietHours: null });
  });

  it('describes the first problem', () => {
    expect(resolvePreferences({ kinds: ['sms' as never] })).toMatch(/^`preferences.kinds` must list some of/);
    expect(resolvePreferences({ practiceAt: '25:00' })).toMatch(/^`preferences.practiceAt` must be a time written HH:MM/);
    expect(resolvePreferences({ quietHours: { start: '22:00', end: 'dawn' } })).toMatch(/^`preferences.quietHours` must be/);
  });
});
