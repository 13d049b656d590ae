import { describe, expect, it } from 'vitest';
import type { LessonPair, MigrationProblem } from './carry-lesson.js';
import type { LessonOutline } from './lesson-outline.js';
import { safetyChanges } from './safety-changes.js';
import type { LessonMigration } from './types.js';

/** Steps as `id` or `id!` (a safety step) with their content. */
function outline(steps: Record<string, string>): LessonOutline {
  const ids = Object.keys(steps).map((key) => key.replace('!', ''));
  return {
    lesson: { id: 'lesson' },
    steps: ids,
    safetySteps: new Set(Object.keys(steps).filter((key) => key.endsWith('!')).map((key) => key.replace('!', ''))),
    fingerprints: new Map(Object.entries(steps).map(([key, content]) => [key.replace('!', ''), content])),
  } as unknown as LessonOutline;
}

function check(old: LessonOutline, now: LessonOutline, reached: string[], added: string[] = [], rules?: LessonMigration) {
  const problems: MigrationProblem[] = [];
  const pair: LessonPair = { old, now, rules, key: 'lesson', from: 'v1', to: 'v2' };
  const reviewed = safetyChanges(pair, { old: new Set(reached), added: new Set(added) }, problems);
  return { reviewed, problems: problems.map((problem) => problem.message.split(',')[0]) };
}

const v1 = outline({ intro: 'hello', 'risk!': 'rule > 3', end: 'bye' });

describe('safetyChanges', () => {
  it('ignores changed steps that are not safety steps, and safety steps not reached', () => {
    expect(check(v1, outline({ intro: 'hi', 'risk!': 'rule > 2', end: 'bye' }), ['intro']).problems).toEqual([]);
  });

  it('refuses a reached safety step that changed, was removed, or became one', () => {
    expect(check(v1, outline({ intro: 'hello', 'risk!': 'rule > 2', end: 'bye' }), ['intro', 'risk']).problems).toEqual(['v2 changes the safety step `risk` of lesson']);
    expect(check(v1, outline({ intro: 'hello', end: 'bye' }), ['intro', 'risk']).problems).toEqual(['v2 removes the safety step `risk` of lesson']);
    expect(check(v1, outline({ 'intro!': 'hello <Crisis />', 'risk!': 'rule > 3', end: 'bye' }), ['intro']).problems).toEqual(['v2 changes the safety step `intro` of lesson']);
  });

  it('refuses a safety step added before the session', () => {
    expect(check(v1, outline({ intro: 'hello', 'new!': 'rule', 'risk!': 'rule > 3', end: 'bye' }), ['intro', 'risk'], ['new']).problems).toEqual(['v2 adds the safety step `new` of lesson']);
  });

  it('carries the session over steps the map marks reviewed', () => {
    const result = check(v1, outline({ intro: 'hello', 'risk!': 'rule > 2', end: 'bye' }), ['intro', 'risk', 'end'], [], { steps: { risk: { reviewed: true } } });
    expect(result).toEqual({ reviewed: ['risk'], problems: [] });
  });
});
