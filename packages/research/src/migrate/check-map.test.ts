import { describe, expect, it } from 'vitest';
import type { LessonPair, MigrationProblem } from './carry-lesson.js';
import { checkMap } from './check-map.js';
import type { LessonOutline } from './lesson-outline.js';
import type { LessonMigration } from './types.js';

const outline = (steps: string[], items: string[]) => ({ lesson: { id: 'lesson' }, steps, items: new Map(items.map((id) => [id, {}])) }) as unknown as LessonOutline;
const problemsOf = (rules: LessonMigration): string[] => {
  const problems: MigrationProblem[] = [];
  const pair: LessonPair = { old: outline(['a', 'b'], ['x', 'y']), now: outline(['a', 'c'], ['x', 'z']), rules, key: 'safety', from: 'v1', to: 'v2' };
  checkMap(pair, problems);
  expect(problems.every((problem) => problem.code === 'invalid-map')).toBe(true);
  return problems.map((problem) => problem.message);
};

describe('checkMap', () => {
  it('accepts old items sent to new items, and steps of either version', () => {
    expect(problemsOf({ items: { y: { to: 'z' }, x: {} }, steps: { b: { to: 'a' }, c: { reviewed: true } } })).toEqual([]);
  });

  it('names every item or step that does not exist, with its map key', () => {
    expect(problemsOf({ items: { q: {}, y: { to: 'y' } }, steps: { d: {}, b: { to: 'b' } } })).toEqual([
      "`safety.items['q']`: lesson has no item `q` in v1.",
      "`safety.items['y'].to`: lesson has no item `y` in v2.",
      "`safety.steps['d']`: lesson has no step `d` in v1 or v2.",
      "`safety.steps['b'].to`: lesson has no step `b` in v2.",
    ]);
  });
});
