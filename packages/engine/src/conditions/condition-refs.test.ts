import { describe, expect, it } from 'vitest';
import { conditionRefs } from './condition-refs.js';

describe('conditionRefs', () => {
  it('lists every reference in reading order, through and, or and not', () => {
    expect(
      conditionRefs({
        type: 'and',
        operands: [
          { type: 'compare', op: '>', left: { type: 'ref', ref: { item: 'pain' } }, right: { type: 'number', value: 3 } },
          {
            type: 'or',
            operands: [
              { type: 'not', operand: { type: 'answered', ref: { lesson: 'check-in', item: 'sleep' } } },
              { type: 'includes', ref: { item: 'overdo' }, value: 'yard' },
              { type: 'compare', op: '==', left: { type: 'ref', ref: { item: 'a' } }, right: { type: 'ref', ref: { item: 'b' } } },
            ],
          },
        ],
      }),
    ).toEqual([{ item: 'pain' }, { lesson: 'check-in', item: 'sleep' }, { item: 'overdo' }, { item: 'a' }, { item: 'b' }]);
  });

  it('lists nothing for a comparison of literals', () => {
    expect(conditionRefs({ type: 'compare', op: '==', left: { type: 'number', value: 1 }, right: { type: 'string', value: 'a' } })).toEqual([]);
  });
});
