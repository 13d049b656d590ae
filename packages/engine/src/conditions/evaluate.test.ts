import type { AnswerValue, Condition, ItemRef } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { evaluateCondition } from './evaluate.js';

const answers: Record<string, AnswerValue> = { pain: 6, mood: 'low', overdo: ['chores', 'yard'], zero: 0, 'check-in.sleep': 3 };
const lookup = (ref: ItemRef) => answers[ref.lesson === undefined ? ref.item : `${ref.lesson}.${ref.item}`];
const ref = (item: string, lesson?: string) => ({ type: 'ref' as const, ref: lesson === undefined ? { item } : { lesson, item } });
const number = (value: number) => ({ type: 'number' as const, value });
const string = (value: string) => ({ type: 'string' as const, value });
const holds = (condition: Condition) => evaluateCondition(condition, lookup);

describe('evaluateCondition', () => {
  it('compares numbers with every operator', () => {
    const results = (['==', '!=', '<', '<=', '>', '>='] as const).map((op) => [op, holds({ type: 'compare', op, left: ref('pain'), right: number(6) })]);
    expect(results).toEqual([
      ['==', true],
      ['!=', false],
      ['<', false],
      ['<=', true],
      ['>', false],
      ['>=', true],
    ]);
    expect(holds({ type: 'compare', op: '<', left: number(5), right: ref('pain') })).toBe(true);
  });

  it('compares strings for equality only', () => {
    expect(holds({ type: 'compare', op: '==', left: ref('mood'), right: string('low') })).toBe(true);
    expect(holds({ type: 'compare', op: '!=', left: ref('mood'), right: string('high') })).toBe(true);
    expect(holds({ type: 'compare', op: '<', left: ref('mood'), right: string('z') })).toBe(false);
    expect(holds({ type: 'compare', op: '>=', left: ref('mood'), right: string('a') })).toBe(false);
  });

  it('treats a comparison with an unanswered side as false, whatever the operator', () => {
    for (const op of ['==', '!=', '<', '<=', '>', '>='] as const) {
      expect(holds({ type: 'compare', op, left: ref('missing'), right: number(0) })).toBe(false);
    }
    expect(holds({ type: 'not', operand: { type: 'compare', op: '>', left: ref('missing'), right: number(5) } })).toBe(true);
  });

  it('treats values of different types as unequal, and never orders them', () => {
    expect(holds({ type: 'compare', op: '==', left: ref('pain'), right: string('6') })).toBe(false);
    expect(holds({ type: 'compare', op: '!=', left: ref('pain'), right: string('6') })).toBe(true);
    expect(holds({ type: 'compare', op: '>', left: ref('mood'), right: number(1) })).toBe(false);
    expect(holds({ type: 'compare', op: '==', left: ref('overdo'), right: string('chores') })).toBe(false);
    expect(holds({ type: 'compare', op: '!=', left: ref('overdo'), right: string('chores') })).toBe(true);
  });

  it('reads zero as an answer', () => {
    expect(holds({ type: 'answered', ref: { item: 'zero' } })).toBe(true);
    expect(holds({ type: 'compare', op: '==', left: ref('zero'), right: number(0) })).toBe(true);
    expect(holds({ type: 'answered', ref: { item: 'missing' } })).toBe(false);
  });

  it('tests membership with includes, for multiple and single choices', () => {
    expect(holds({ type: 'includes', ref: { item: 'overdo' }, value: 'yard' })).toBe(true);
    expect(holds({ type: 'includes', ref: { item: 'overdo' }, value: 'work' })).toBe(false);
    expect(holds({ type: 'includes', ref: { item: 'mood' }, value: 'low' })).toBe(true);
    expect(holds({ type: 'includes', ref: { item: 'missing' }, value: 'low' })).toBe(false);
  });

  it('combines with and, or and not', () => {
    const high: Condition = { type: 'compare', op: '>=', left: ref('pain'), right: number(7) };
    const low: Condition = { type: 'compare', op: '==', left: ref('mood'), right: string('low') };
    expect(holds({ type: 'and', operands: [high, low] })).toBe(false);
    expect(holds({ type: 'or', operands: [high, low] })).toBe(true);
    expect(holds({ type: 'and', operands: [{ type: 'not', operand: high }, low, { type: 'answered', ref: { item: 'pain' } }] })).toBe(true);
  });

  it('reads references to other lessons through the lookup', () => {
    expect(holds({ type: 'compare', op: '<', left: ref('sleep', 'check-in'), right: number(4) })).toBe(true);
  });

  it('short-circuits, so later operands are not read', () => {
    const read: string[] = [];
    const spy = (item: ItemRef) => {
      read.push(item.item);
      return answers[item.item];
    };
    evaluateCondition({ type: 'or', operands: [{ type: 'answered', ref: { item: 'pain' } }, { type: 'answered', ref: { item: 'mood' } }] }, spy);
    expect(read).toEqual(['pain']);
  });
});
