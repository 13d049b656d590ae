import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { bundleWith, lessonOf, rating } from '../../test/fixtures/build.js';
import { createEnv } from '../core/session-env.js';
import { flowStates, type TransitionSpec } from './flow-states.js';

const pacing = flowStates(createEnv(bundle, 'pacing-basics'), 'lesson');
const safety = flowStates(createEnv(bundle, 'pacing-basics'), 'safety');
const targets = (transitions: TransitionSpec | TransitionSpec[] | undefined) =>
  (Array.isArray(transitions) ? transitions : transitions === undefined ? [] : [transitions]).map((transition) => transition.target);

describe('flowStates', () => {
  it('tries a step that may be empty before the next one that never is', () => {
    const states = pacing.states!;
    expect(targets(states['welcome']!.on!['next'])).toEqual(['high-pain', 'overdo']);
    expect(targets(states['overdo']!.on!['next'])).toEqual(['check']);
    expect(targets(states['overdo']!.on!['back'])).toEqual(['high-pain', 'welcome']);
    expect(states['welcome']!.on!['back']).toBeUndefined();
  });

  it('completes the lesson from the last step, or from the step before one that may be empty', () => {
    const states = pacing.states!;
    expect(targets(states['plan']!.on!['next'])).toEqual(['low-pain', '#completed']);
    expect(targets(states['low-pain']!.on!['next'])).toEqual(['#completed']);
  });

  it('parameterises every guard and action with its step', () => {
    expect(pacing.states!['check']!.on!['answer']).toEqual([
      {
        target: '#safety',
        guard: { type: 'answerStartsSafety', params: { flow: 'lesson', step: 3 } },
        actions: [
          { type: 'record', params: { flow: 'lesson', step: 3 } },
          { type: 'apply', params: { flow: 'lesson', step: 3 } },
        ],
      },
      {
        guard: { type: 'answerAccepted', params: { flow: 'lesson', step: 3 } },
        actions: [
          { type: 'record', params: { flow: 'lesson', step: 3 } },
          { type: 'apply', params: { flow: 'lesson', step: 3 } },
        ],
      },
    ]);
    expect(pacing.states!['welcome']!.entry).toEqual({ type: 'enterStep', params: { flow: 'lesson', step: 0 } });
  });

  it('handles practices only on steps that have them, pausing them on the way out', () => {
    const states = pacing.states!;
    expect(Object.keys(states['relax']!.on!)).toContain('practice.complete');
    expect(states['relax']!.exit?.map((action) => action.type)).toEqual(['recordLeave', 'leave']);
    expect(Object.keys(states['check']!.on!)).not.toContain('practice.start');
    expect(states['check']!.exit).toBeUndefined();
  });

  it('offers acknowledge only where no later step of the safety flow always shows', () => {
    const states = safety.states!;
    expect(Object.entries(states).filter(([, state]) => state.on?.['acknowledge'] !== undefined).map(([key]) => key)).toEqual(['confirm']);
    expect(states['confirm']!.on!['next']).toBeUndefined();
    expect(targets(states['confirm']!.on!['acknowledge'])).toEqual(['#lesson-history']);
    expect(targets(states['crisis']!.on!['exit'])).toEqual(['#exited-safety']);
  });

  it('offers acknowledge before a last safety step that may be empty', () => {
    const fixtureSafety = bundle.lessons.find((lesson) => lesson.id === 'safety-check')!;
    const shorter = { ...fixtureSafety, steps: [fixtureSafety.steps[0]!, fixtureSafety.steps[2]!] };
    const states = flowStates(createEnv(bundleWith(shorter), 'pacing-basics'), 'safety').states!;
    expect(targets(states['crisis']!.on!['acknowledge'])).toEqual(['#lesson-history']);
    expect(targets(states['crisis']!.on!['next'])).toEqual(['extra-support']);
  });

  it('starts with a transient state when the first step may be empty', () => {
    const lesson = lessonOf('maybe', [
      { id: 'first', blocks: [{ type: 'show', when: { type: 'answered', ref: { lesson: 'check-in', item: 'sleep-quality' } }, source: '', blocks: [rating('a')] }] },
      { id: 'second', blocks: [rating('b')] },
    ]);
    const flow = flowStates(createEnv(bundleWith(lesson), 'maybe'), 'lesson');
    expect(flow.initial).toBe('@start');
    expect(flow.states!['@start']!.always).toEqual([{ target: 'first', guard: { type: 'hasContent', params: { flow: 'lesson', step: 0 } } }, { target: 'second' }]);
    expect(flow.states!['@history']).toEqual({ id: 'lesson-history', type: 'history', history: 'shallow', target: '@start' });
  });
});
