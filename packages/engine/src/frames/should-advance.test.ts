import { describe, expect, it } from 'vitest';
import { frameOf, practice, prose, rating } from './testing/frames.js';
import { shouldAdvance } from './should-advance.js';

const answer = { type: 'answer', item: 'pain', value: 3 } as const;
const before = frameOf([rating()]);
const answered = frameOf([rating({ value: 3, status: 'answered' })]);

describe('shouldAdvance', () => {
  it('moves on after the last answer, skip or finished practice of a step', () => {
    expect(shouldAdvance(answer, before, answered)).toBe(true);
    expect(shouldAdvance({ type: 'skip', item: 'pain' }, before, answered)).toBe(true);
    const done = frameOf([practice({ status: 'completed' })]);
    expect(shouldAdvance({ type: 'practice.complete', practice: 'breathing' }, frameOf([practice()]), done)).toBe(true);
  });

  it('stays while a question or practice is open, or after navigation', () => {
    expect(shouldAdvance(answer, before, frameOf([rating({ value: 3, status: 'answered' }), rating({ id: 'sleep' })]))).toBe(false);
    expect(shouldAdvance(answer, before, frameOf([rating({ value: 3, status: 'answered' }), practice()]))).toBe(false);
    expect(shouldAdvance({ type: 'back' }, before, answered)).toBe(false);
    expect(shouldAdvance({ type: 'practice.start', practice: 'breathing' }, before, answered)).toBe(false);
  });

  it('never moves on once the step changed (a risk answer opens the safety flow) or only acknowledge is allowed', () => {
    expect(shouldAdvance(answer, before, frameOf([prose('Help.')], { flow: 'safety', step: { id: 'get-help', index: 0, count: 3, lesson: 'crisis' } }))).toBe(false);
    expect(shouldAdvance(answer, before, frameOf([rating({ value: 3, status: 'answered' })], { actions: ['acknowledge', 'exit'] }))).toBe(false);
    expect(shouldAdvance(answer, before, frameOf([rating({ value: 3, status: 'answered' })], { status: 'exited' }))).toBe(false);
  });
});
