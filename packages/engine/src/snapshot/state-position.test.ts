import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { createEnv } from '../core/session-env.js';
import { placeOf, positionOf } from './state-position.js';

const env = createEnv(bundle, 'pacing-basics');

describe('state places', () => {
  it('writes step ids and reads them back as indexes', () => {
    const inSafety = { status: 'active' as const, flow: 'safety' as const, step: 2, lessonStep: 3 };
    expect(placeOf(env, inSafety)).toEqual({ status: 'active', step: 'check', safetyStep: 'extra-support' });
    expect(positionOf(env, placeOf(env, inSafety))).toEqual(inSafety);
    expect(positionOf(env, { status: 'exited', step: 'relax', safetyStep: null })).toEqual({ status: 'exited', flow: 'lesson', step: 6, lessonStep: 6 });
  });

  it('describes places that do not fit the lesson', () => {
    expect(positionOf(env, { status: 'active', step: 'crisis', safetyStep: null })).toBe('lesson `pacing-basics` has no step `crisis`');
    expect(positionOf(createEnv(bundle, 'safety-check'), { status: 'active', step: 'crisis', safetyStep: 'crisis' })).toBe('the state cannot be active inside the safety flow');
  });
});
