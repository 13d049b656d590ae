import { describe, expect, it } from 'vitest';
import { currentTask } from '@copekit/engine/frames';
import { choice, frameOf, practice, prose, rating, thoughtRecord } from '@copekit/engine/frames/testing';
import { replyHint } from './reply-hint.js';

const hint = (frame: ReturnType<typeof frameOf>, draft?: Parameters<typeof replyHint>[2]) => replyHint(frame, currentTask(frame), draft);

describe('replyHint', () => {
  it('says what answers a question, with the other words in brackets', () => {
    expect(hint(frameOf([rating()]))).toBe('Reply with a number from 0 to 10 (or back, help).');
    expect(hint(frameOf([rating({ optional: true })], { actions: ['exit'] }))).toBe('Reply with a number from 0 to 10 (or skip, help).');
    expect(hint(frameOf([choice(['Yes', 'No'], { value: 'no', status: 'answered' })], { focus: null }))).toBe('Reply with a number from 1 to 2 (or ok, back, help).');
  });

  it('does not offer skip for an optional question already skipped', () => {
    const skipped = frameOf([rating({ optional: true, status: 'skipped' })], { focus: null });
    expect(hint(skipped)).toBe('Reply with a number from 0 to 10 (or back, help).');
  });

  it('offers back inside a thought record even on the first step', () => {
    const frame = frameOf([thoughtRecord()], { actions: ['exit'] });
    expect(hint(frame)).toBe('Reply with your answer in your own words (or help).');
    expect(hint(frame, { situation: 'Shop' })).toBe('Reply with a number from 0 to 100 (or back, help).');
  });

  it('gives the practice command for each status', () => {
    expect(hint(frameOf([practice()]))).toBe('Reply start to begin (or next, back, help).');
    expect(hint(frameOf([practice({ status: 'running', actions: ['practice.pause', 'practice.complete'] })]))).toBe('Reply done when you finish (or pause, next, back, help).');
    expect(hint(frameOf([practice({ status: 'paused', actions: ['practice.resume', 'practice.complete'] })], { actions: ['exit'] }))).toBe(
      'Reply resume to carry on (or done, help).',
    );
  });

  it('says how to go on, confirm, resume, or that the lesson is finished', () => {
    expect(hint(frameOf([prose('Hi.')]))).toBe('Reply ok to go on (or back, help).');
    expect(hint(frameOf([prose('Numbers.')], { actions: ['acknowledge', 'exit'] }))).toBe('Reply ok to confirm and go back to your lesson (or help).');
    expect(hint(frameOf([prose('Stuck.')], { actions: ['exit'] }))).toBe('Reply help.');
    expect(hint(frameOf([rating()], { status: 'exited', actions: ['resume'] }))).toBe('Reply resume to carry on where you left off.');
    expect(hint(frameOf([], { status: 'completed', step: null }))).toBe('You have finished Test lesson. Thank you.');
  });
});
