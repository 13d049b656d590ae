import { describe, expect, it } from 'vitest';
import type { Condition } from '../types/condition.js';
import { printCondition, printConditionNumber, printConditionString } from './print-condition.js';

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

  it('escapes quotes and backslashes in text', () => {
    expect(printConditionString('say "hi"')).toBe(`'say "hi"'`);
    expect(printConditionString("a\\b'c")).toBe("'a\\\\b\\'c'");
  });

  it('prints numbers in plain decimal notation', () => {
    expect(printConditionNumber(7)).toBe('7');
    expect(printConditionNumber(-0.25)).toBe('-0.25');
    expect(printConditionNumber(-0)).toBe('0');
    expect(printConditionNumber(1e21)).toBe('1000000000000000000000');
    expect(printConditionNumber(-1.5e22)).toBe('-15000000000000000000000');
    expect(printConditionNumber(1e-7)).toBe('0.0000001');
    expect(printConditionNumber(-2.5e-8)).toBe('-0.000000025');
    expect(Number(printConditionNumber(5e-324))).toBe(5e-324);
    expect(() => printConditionNumber(Number.NaN)).toThrow(RangeError);
    expect(() => printConditionNumber(Number.POSITIVE_INFINITY)).toThrow('cannot hold the number Infinity');
    expect(printCondition(gt('tiny', 1e-7))).toBe('tiny > 0.0000001');
  });
});
