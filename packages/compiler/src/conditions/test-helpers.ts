/**
 * Helpers for the condition tests: a compact notation for trees, a marker
 * under the range of an error, and a scope of a sample lesson.
 *
 * @module
 */

import type { Condition, ItemRef, Operand } from '@copekit/schema';
import { parseCondition } from './parse.js';
import type { ConditionScope, ResolvedItem } from './scope.js';

/** A tree in prefix notation: `(and (>= pain-now 7) (not (answered mood)))`. */
export function sexpr(condition: Condition): string {
  switch (condition.type) {
    case 'and':
    case 'or':
      return `(${condition.type} ${condition.operands.map(sexpr).join(' ')})`;
    case 'not':
      return `(not ${sexpr(condition.operand)})`;
    case 'compare':
      return `(${condition.op} ${operand(condition.left)} ${operand(condition.right)})`;
    case 'answered':
      return `(answered ${ref(condition.ref)})`;
    case 'includes':
      return `(includes ${ref(condition.ref)} ${JSON.stringify(condition.value)})`;
  }
}

function operand(value: Operand): string {
  if (value.type === 'ref') return ref(value.ref);
  return JSON.stringify(value.value);
}

function ref(value: ItemRef): string {
  return value.lesson === undefined ? value.item : `${value.lesson}.${value.item}`;
}

/** Parses and returns the tree in prefix notation, or the error with its range marked. */
export function show(source: string): string {
  const result = parseCondition(source);
  if ('condition' in result) return sexpr(result.condition);
  const { message, fix, start, end } = result.error;
  return `${mark(source, start, end)}\n${message}\nfix: ${fix}`;
}

/** The source with `^` under the range `[start, end)` (one `^` for an empty range). */
export function mark(source: string, start: number, end: number): string {
  return `${source}\n${' '.repeat(start)}${'^'.repeat(Math.max(1, end - start))}`;
}

/** Items of a sample lesson, as known at the point of the condition. */
const items: Record<string, ResolvedItem> = {
  'pain-now': { type: 'number', asked: true },
  'phq-9': { type: 'number', asked: true },
  mood: { type: 'string', options: ['low', 'ok', 'good'], asked: true },
  overdo: { type: 'string[]', options: ['chores', 'yard', 'walking'], asked: true },
  note: { type: 'string', asked: true },
  record: { type: 'object', asked: true },
  'sleep-hours': { type: 'number', asked: false },
};

/** Items of another lesson, `pacing-basics`. */
const otherLessons: Record<string, Record<string, ResolvedItem>> = {
  'pacing-basics': { 'goal-minutes': { type: 'number', asked: true } },
};

/** A scope over the sample lesson and the lesson `pacing-basics`. */
export const sampleScope: ConditionScope = {
  resolve(itemRef) {
    if (itemRef.lesson === undefined) return items[itemRef.item];
    const lesson = otherLessons[itemRef.lesson];
    return lesson === undefined ? { unknownLesson: true } : lesson[itemRef.item];
  },
  candidates(itemRef) {
    if (itemRef.lesson === undefined) return Object.keys(items);
    const lesson = otherLessons[itemRef.lesson];
    return Object.keys(lesson ?? otherLessons);
  },
};
