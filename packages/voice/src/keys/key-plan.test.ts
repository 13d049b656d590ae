import { describe, expect, it } from 'vitest';
import { CRISIS_AGAIN_KEY, commandKeys, END_KEY, MAX_SINGLE_KEY_OPTIONS, practiceKeys, RESUME_KEY } from './key-plan.js';

describe('the key plan', () => {
  it('starts every command with a star and gives each its own key', () => {
    const keys = Object.values(commandKeys);
    expect(keys.every((key) => key.startsWith('*'))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    expect(commandKeys).toEqual({ repeat: '*', help: '*0', skip: '*3', back: '*7', next: '*9' });
  });

  it('keeps # for ending digits, and single digits 1–9 for options and the keys used when no question is open', () => {
    expect(END_KEY).toBe('#');
    expect(MAX_SINGLE_KEY_OPTIONS).toBe(9);
    for (const key of [...Object.values(practiceKeys), CRISIS_AGAIN_KEY, RESUME_KEY]) expect(key).toMatch(/^[1-9]$/);
    expect(new Set(Object.values(practiceKeys)).size).toBe(3);
  });
});
