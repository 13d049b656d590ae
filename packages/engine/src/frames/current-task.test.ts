import { describe, expect, it } from 'vitest';
import { choice, frameOf, practice, prose, rating } from './testing/frames.js';
import { currentTask } from './current-task.js';
import { frameItems, instrumentOf, openPractice, sameStep, targetItem } from './frame-items.js';

describe('currentTask', () => {
  it('asks the focused item before anything else', () => {
    const frame = frameOf([practice(), rating({ value: 2, status: 'answered' }), choice(['Yes', 'No'])]);
    expect(currentTask(frame)).toMatchObject({ kind: 'item', item: { id: 'pick' } });
  });

  it('offers an open practice once no question is open', () => {
    const frame = frameOf([practice(), rating({ value: 2, status: 'answered' }), choice(['Yes'], { value: 'yes', status: 'answered' })]);
    expect(currentTask(frame)).toMatchObject({ kind: 'practice', practice: { id: 'breathing' } });
    const done = frameOf([practice({ status: 'completed', actions: ['practice.start'] })]);
    expect(currentTask(done)).toEqual({ kind: 'continue', action: 'next' });
  });

  it('keeps a single answered item as the task so its answer can change', () => {
    const frame = frameOf([rating({ value: 2, status: 'answered' })], { focus: null });
    expect(currentTask(frame)).toMatchObject({ kind: 'item', item: { id: 'pain', value: 2 } });
  });

  it('goes on, or confirms at the end of the safety flow', () => {
    expect(currentTask(frameOf([prose('Hello.')]))).toEqual({ kind: 'continue', action: 'next' });
    expect(currentTask(frameOf([prose('Numbers.')], { flow: 'safety', actions: ['back', 'acknowledge', 'exit'] }))).toEqual({ kind: 'continue', action: 'acknowledge' });
    expect(currentTask(frameOf([prose('Stuck.')], { actions: ['exit'] }))).toEqual({ kind: 'continue', action: null });
  });

  it('reports exited and completed sessions', () => {
    expect(currentTask(frameOf([rating()], { status: 'exited', actions: ['resume'] }))).toEqual({ kind: 'exited' });
    expect(currentTask(frameOf([], { status: 'completed', step: null }))).toEqual({ kind: 'completed' });
  });
});

describe('frame helpers', () => {
  const instrument = frameOf([
    {
      type: 'instrument',
      id: 'phq-2',
      ref: 'phq-2',
      title: 'PHQ-2',
      items: [
        { kind: 'scale', id: 'phq-2-q1', label: 'Q1', optional: false, constraints: { points: [{ value: 0, label: 'No' }] }, value: null, status: 'unanswered' },
      ],
      score: null,
    },
    rating(),
  ]);

  it('lists instrument items in place, and finds their instrument', () => {
    expect(frameItems(instrument).map((item) => item.id)).toEqual(['phq-2-q1', 'pain']);
    expect(instrumentOf(instrument, 'phq-2-q1')?.id).toBe('phq-2');
    expect(instrumentOf(instrument, 'pain')).toBeNull();
    expect(targetItem(instrument)?.id).toBe('phq-2-q1');
  });

  it('has no target when several items are answered, and no open practice once all are done', () => {
    const answered = frameOf([rating({ value: 1, status: 'answered' }), choice(['A'], { value: 'a', status: 'answered' })]);
    expect(targetItem(answered)).toBeNull();
    expect(openPractice(frameOf([practice({ status: 'completed' })]))).toBeNull();
  });

  it('compares steps by flow, lesson and id', () => {
    const a = frameOf([]);
    expect(sameStep(a, frameOf([rating()]))).toBe(true);
    expect(sameStep(null, a)).toBe(false);
    expect(sameStep(a, frameOf([], { flow: 'safety' }))).toBe(false);
    expect(sameStep(a, frameOf([], { step: { id: 'other', index: 2, count: 4, lesson: 'test-lesson' } }))).toBe(false);
    expect(sameStep(a, frameOf([], { status: 'exited' }))).toBe(false);
  });
});
