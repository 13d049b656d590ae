// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer } from './announcer.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createAnnouncer', () => {
  it('writes polite messages to the status region and urgent ones to the alert region', () => {
    const polite = document.createElement('div');
    const assertive = document.createElement('div');
    const announce = createAnnouncer(polite, assertive);
    announce('Saved');
    announce('Help is here', 'assertive');
    expect([polite.textContent, assertive.textContent]).toEqual(['', '']);
    vi.advanceTimersByTime(50);
    expect([polite.textContent, assertive.textContent]).toEqual(['Saved', 'Help is here']);
  });

  it('clears the region first, so the same message is announced again, and keeps only the latest', () => {
    const polite = document.createElement('div');
    const announce = createAnnouncer(polite, document.createElement('div'));
    announce('Saved');
    vi.advanceTimersByTime(50);
    announce('First');
    expect(polite.textContent).toBe('');
    announce('Second');
    vi.advanceTimersByTime(50);
    expect(polite.textContent).toBe('Second');
  });
});
