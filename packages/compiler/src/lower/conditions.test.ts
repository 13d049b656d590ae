import type { Condition } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { parseCondition } from '../conditions/index.js';
import { collectRefs, isExternal } from './conditions.js';

/** The parsed condition of `source`. */
function parse(source: string): Condition {
  const parsed = parseCondition(source);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.condition;
}

describe('collectRefs', () => {
  it('lists every reference in writing order, through and, or, not and functions', () => {
    const refs = collectRefs(parse("pain >= 7 and (not answered(why) or includes(other.overdo, 'yard')) or 3 < mood"));
    expect(refs).toEqual([{ item: 'pain' }, { item: 'why' }, { lesson: 'other', item: 'overdo' }, { item: 'mood' }]);
  });

  it('lists nothing for comparisons of literals', () => {
    expect(collectRefs(parse('1 < 2'))).toEqual([]);
  });
});

describe('isExternal', () => {
  it('is true only for references into another lesson', () => {
    expect([
      isExternal({ item: 'pain' }, 'pacing-plan'),
      isExternal({ lesson: 'pacing-plan', item: 'pain' }, 'pacing-plan'),
      isExternal({ lesson: 'daily-check-in', item: 'pain-now' }, 'pacing-plan'),
      isExternal({ lesson: 'daily-check-in', item: 'pain-now' }, undefined),
    ]).toEqual([false, false, true, true]);
  });
});
