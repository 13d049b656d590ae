import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { checkPrior, pickPrior } from './prior-answers.js';
import { createEnv } from './session-env.js';

const env = createEnv(bundle, 'pacing-basics');

describe('prior answers', () => {
  it('keeps only the answers the lesson refers to', () => {
    expect(pickPrior(env, { 'check-in': { 'sleep-quality': 3, 'steps-walked': 900 }, other: { x: 1 } })).toEqual({ 'check-in': { 'sleep-quality': 3 } });
    expect(pickPrior(env, {})).toEqual({});
  });

  it('checks each kept answer against its item', () => {
    expect(pickPrior(env, { 'check-in': { 'sleep-quality': 11 } })).toBe(
      'prior answer `check-in.sleep-quality`: `sleep-quality` takes a whole number from 0 to 10; got 11',
    );
  });

  it('ignores inherited properties', () => {
    expect(pickPrior(env, Object.create({ 'check-in': { 'sleep-quality': 3 } }))).toEqual({});
  });

  it('checks saved prior answers are referred to and valid', () => {
    expect(checkPrior(env, { 'check-in': { 'sleep-quality': 3 } })).toBeNull();
    expect(checkPrior(env, { 'check-in': { 'steps-walked': 3 } })).toBe('the prior answer `check-in.steps-walked` is not referred to by the lesson');
    expect(checkPrior(env, { 'check-in': { 'sleep-quality': 'bad' } })).toMatch(/^prior answer `check-in.sleep-quality`: /);
  });

  it('accepts an instrument score as a prior answer when a condition reads it', () => {
    const scoring = createEnv(
      {
        ...bundle,
        lessons: bundle.lessons.map((lesson) =>
          lesson.id !== 'pacing-basics'
            ? lesson
            : {
                ...lesson,
                steps: [
                  ...lesson.steps,
                  {
                    id: 'daily-score',
                    blocks: [{ type: 'show', when: { type: 'compare', op: '>', left: { type: 'ref', ref: { lesson: 'check-in', item: 'daily' } }, right: { type: 'number', value: 5 } }, source: '', blocks: [] }],
                  },
                ],
              },
        ),
      },
      'pacing-basics',
    );
    expect(pickPrior(scoring, { 'check-in': { daily: 6.5 } })).toEqual({ 'check-in': { daily: 6.5 } });
    expect(pickPrior(scoring, { 'check-in': { daily: 'high' } })).toBe('prior answer `check-in.daily` is an instrument score and takes a number');
  });
});
