import { describe, expect, it } from 'vitest';
import type { Condition } from '@copekit/schema';
import { printCondition } from './print-condition.js';

const ref = (item: string, lesson?: string) => ({ type: 'ref' as const, ref: lesson === undefined ? { item } : { lesson, item } });
const num = (value: number) => ({ type: 'number' as const, value });
const gt = (item: string, value: number): Condition => ({ type: 'compare', op: '>', left: ref(item), right: num(value) });

describe('printCondition', () => {
  it('prints comparisons, refs into other lessons and strings', () => {
    expect(printCondition(gt('mood-q2', 0))).toBe('mood-q2 > 0');
    expect(printCondition({ type: 'compare', op: '==', left: ref('overdo', 'pacing-basics'), right: { type: 'string', value: "it's" } })).toBe(
      "pacing-basics.overdo == 'it\\'s'",
    );
  });

  it('prints answered and includes', () => {
    expect(printCondition({ type: 'answered', ref: { item: 'notes' } })).toBe('answered(notes)');
    expect(printCondition({ type: 'includes', ref: { item: 'overdo' }, value: 'yard' })).toBe("includes(overdo, 'yard')");
  });

  it('parenthesizes an or inside an and, not an and inside an or', () => {
    const or: Condition = { type: 'or', operands: [gt('a', 1), gt('b', 2)] };
    const and: Condition = { type: 'and', operands: [gt('c', 3), or] };
    expect(printCondition(and)).toBe('c > 3 and (a > 1 or b > 2)');
    expect(printCondition({ type: 'or', operands: [and, gt('d', 4)] })).toBe('c > 3 and (a > 1 or b > 2) or d > 4');
  });

  it('flattens same-operator nesting', () => {
    const inner: Condition = { type: 'and', operands: [gt('a', 1), gt('b', 2)] };
    expect(printCondition({ type: 'and', operands: [inner, gt('c', 3)] })).toBe('a > 1 and b > 2 and c > 3');
  });

  it('wraps a comparison or a group under not', () => {
    expect(printCondition({ type: 'not', operand: gt('a', 1) })).toBe('not (a > 1)');
    expect(printCondition({ type: 'not', operand: { type: 'or', operands: [gt('a', 1), gt('b', 2)] } })).toBe('not (a > 1 or b > 2)');
    expect(printCondition({ type: 'not', operand: { type: 'answered', ref: { item: 'a' } } })).toBe('not answered(a)');
  });
});
