import { describe, expect, it } from 'vitest';
import type { FrameItem } from '../frame/frame-types.js';
import { answerLabel } from './answer-label.js';
import { choice, minutes, rating, textEntry, thoughtRecord } from './testing/frames.js';

const item = (block: ReturnType<typeof rating>): FrameItem => block as FrameItem;

describe('answerLabel', () => {
  it('has no words for an unanswered item', () => {
    expect(answerLabel(item(rating()))).toBeNull();
  });

  it('words numbers with their unit, and points and options by label', () => {
    expect(answerLabel(item(rating({ value: 0 })))).toBe('0');
    expect(answerLabel(item(minutes({ value: 25 })))).toBe('25 minutes');
    expect(answerLabel(item(choice(['Yes', 'No'], { value: 'no' })))).toBe('No');
    expect(answerLabel(item(choice(['Stress', 'Poor sleep'], { value: ['stress', 'poor-sleep'] })))).toBe('Stress, Poor sleep');
    const scale: FrameItem = { kind: 'scale', id: 'q1', label: 'Q1', optional: false, constraints: { points: [{ value: 0, label: 'Not at all' }] }, value: 0, status: 'answered' };
    expect(answerLabel(scale)).toBe('Not at all');
    expect(answerLabel({ ...scale, value: 3 })).toBe('3');
  });

  it('gives text as written, and names a thought record', () => {
    expect(answerLabel(item(textEntry({ value: 'Walk daily' })))).toBe('Walk daily');
    expect(answerLabel({ ...(thoughtRecord() as FrameItem & { kind: 'thought-record' }), value: { situation: 'x' } })).toBe('your thought record');
  });
});
