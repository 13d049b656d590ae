import { describe, expect, it } from 'vitest';
import { freezeAnswer } from './freeze-answer.js';

describe('freezeAnswer', () => {
  it('freezes a copy of array and object answers', () => {
    const given = ['chores'];
    const frozen = freezeAnswer(given);
    expect(frozen).toEqual(given);
    expect(frozen).not.toBe(given);
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen(given)).toBe(false);
    const record = { situation: 'x', intensity: 40 };
    expect(freezeAnswer(record)).toEqual(record);
    expect(Object.isFrozen(freezeAnswer(record))).toBe(true);
  });

  it('reads -0 as 0, alone or in a thought record', () => {
    expect(Object.is(freezeAnswer(-0), 0)).toBe(true);
    expect(Object.is(freezeAnswer({ intensity: -0 })['intensity'], 0)).toBe(true);
    expect(freezeAnswer(3)).toBe(3);
  });

  it('returns other values as they are', () => {
    expect(freezeAnswer(null)).toBeNull();
    expect(freezeAnswer(undefined)).toBeUndefined();
    expect(freezeAnswer('ok')).toBe('ok');
  });
});
