import { describe, expect, it } from 'vitest';
import type { LessonPair } from './carry-lesson.js';
import { carryStep } from './carry-step.js';
import type { LessonOutline } from './lesson-outline.js';
import type { LessonMigration } from './types.js';

const outline = (steps: string[]) => ({ lesson: { id: 'lesson' }, steps }) as unknown as LessonOutline;
const pair = (old: string[], now: string[], rules?: LessonMigration): LessonPair => ({ old: outline(old), now: outline(now), rules, key: 'lesson', from: 'v1', to: 'v2' });

describe('carryStep', () => {
  it('keeps a step that still exists, wherever it moved', () => {
    expect(carryStep(pair(['a', 'b', 'c'], ['c', 'b', 'a']), 'b')).toBe('b');
  });

  it('moves a session at a removed step to the nearest earlier step that still exists', () => {
    expect(carryStep(pair(['a', 'b', 'c', 'd'], ['a', 'd']), 'c')).toBe('a');
    expect(carryStep(pair(['a', 'b', 'c'], ['b', 'x']), 'c')).toBe('b');
  });

  it('falls back to the first step when no earlier step survives', () => {
    expect(carryStep(pair(['a', 'b'], ['x', 'y']), 'b')).toBe('x');
  });

  it('follows the map', () => {
    expect(carryStep(pair(['a', 'b'], ['a', 'b', 'z']), 'b')).toBe('b');
    expect(carryStep(pair(['a', 'b'], ['a', 'z'], { steps: { b: { to: 'z' } } }), 'b')).toBe('z');
  });
});
