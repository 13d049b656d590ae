import { describe, expect, it } from 'vitest';
import { readFeedback } from './read-feedback.js';

const measures = { pain: 'daily-check-in.pain-today' };

describe('readFeedback', () => {
  it('orders rules by priority, keeping the written order on a tie', () => {
    const rules = readFeedback(
      [
        { id: 'a', message: 'A', priority: 1 },
        { id: 'b', when: 'mean(pain) < 4', message: 'B', priority: 5 },
        { id: 'c', when: 'count(check-ins) >= 5', message: 'C', priority: 5 },
      ],
      measures,
    );
    expect(typeof rules === 'string' ? rules : rules.map((rule) => rule.id)).toEqual(['b', 'c', 'a']);
  });

  it('describes the first rule that does not check', () => {
    expect(readFeedback([{ id: 'z', when: 'mean(sleep-quality) < 4', message: 'Z', priority: 1 }], measures)).toMatch(/^feedback rule `z`: `sleep-quality` is not measured/);
    expect(readFeedback([{ id: 'z', message: 'Z', priority: 1 }, { id: 'z', message: 'Y', priority: 2 }], measures)).toBe('two feedback rules have the id `z`');
  });
});
