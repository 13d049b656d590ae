// @vitest-environment happy-dom
import type { FrameInstrument } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { recordingContext } from '../../test/support/view-context.js';
import { createInstrumentView } from './instrument.js';

const points = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
];
const block: FrameInstrument = {
  type: 'instrument',
  id: 'phq-2',
  ref: 'phq-2',
  title: 'PHQ-2',
  instructions: 'Over the last 2 weeks, how often?',
  items: [
    { kind: 'scale', id: 'phq-2-q1', label: 'Little interest', optional: false, constraints: { points }, value: null, status: 'unanswered' },
    { kind: 'scale', id: 'phq-2-q2', label: 'Feeling down', optional: false, constraints: { points }, value: null, status: 'unanswered' },
  ],
  score: null,
};
const scored: FrameInstrument = {
  ...block,
  items: block.items.map((item) => ({ ...item, value: 1, status: 'answered' }) as FrameInstrument['items'][number]),
  score: { value: 2, band: { id: 'low', label: 'Negative screen' }, positive: false },
};

describe('the instrument view', () => {
  it('shows the title as a heading, the instructions and each item as a group of labelled points', () => {
    const view = createInstrumentView(block, recordingContext(), 'block-2');
    expect(view.element.getAttribute('aria-labelledby')).toBe('block-2-heading');
    expect(view.element.querySelector('h2')!.textContent).toBe('PHQ-2');
    expect(view.element.querySelector('.instructions')!.textContent).toBe('Over the last 2 weeks, how often?');
    expect(view.items.map((item) => item.id)).toEqual(['phq-2-q1', 'phq-2-q2']);
    expect([...view.element.querySelectorAll('#item-phq-2-q1 .option-label')].map((label) => label.textContent)).toEqual(['Not at all', 'Several days']);
  });

  it('shows answers from frames, and the score to coaches only', () => {
    const participant = createInstrumentView(block, recordingContext(), 'block-2');
    participant.update(scored);
    expect(participant.element.querySelector<HTMLInputElement>('#item-phq-2-q2__1')!.checked).toBe(true);
    expect(participant.element.querySelector('.instrument-score')).toBeNull();
    const coach = createInstrumentView(block, recordingContext({ audience: 'coach' }), 'block-2');
    expect(coach.element.querySelector<HTMLElement>('.instrument-score')!.hidden).toBe(true);
    coach.update(scored);
    expect(coach.element.querySelector<HTMLElement>('.instrument-score')!.hidden).toBe(false);
    expect(coach.element.querySelector('.instrument-score')!.textContent).toBe('Score 2 (Negative screen)');
    coach.update({ ...scored, score: { value: 4, band: null, positive: true } });
    expect(coach.element.querySelector('.instrument-score')!.textContent).toBe('Score 4, positive screen');
  });
});
