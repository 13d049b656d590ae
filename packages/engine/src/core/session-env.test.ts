import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { createEnv, flowLesson } from './session-env.js';

describe('createEnv', () => {
  it('prepares the lesson with the safety lesson beside it', () => {
    const env = createEnv(bundle, 'pacing-basics');
    expect(env.lessons.map((lesson) => lesson.lesson.id)).toEqual(['pacing-basics', 'safety-check']);
    expect(env.hasSafetyFlow).toBe(true);
    expect(flowLesson(env, 'safety')).toBe(env.safety);
    expect(flowLesson(env, 'lesson')).toBe(env.lesson);
    expect(env.priorRefs).toEqual([{ lesson: 'check-in', item: 'sleep-quality' }]);
  });

  it('runs the safety lesson itself without a separate safety flow', () => {
    const env = createEnv(bundle, 'safety-check');
    expect(env.lesson).toBe(env.safety);
    expect(env.lessons).toHaveLength(1);
    expect(env.hasSafetyFlow).toBe(false);
  });

  it('names the lessons it knows when the lesson is unknown', () => {
    expect(() => createEnv(bundle, 'pacing')).toThrowErrorMatchingInlineSnapshot(`[SessionError: The bundle has no lesson \`pacing\`. Its lessons: \`check-in\`, \`pacing-basics\`, \`safety-check\`.]`);
  });
});
