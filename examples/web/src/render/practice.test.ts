// @vitest-environment happy-dom
import type { FramePractice } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { recordingContext } from '../../test/support/view-context.js';
import { clockTime, createPracticeView } from './practice.js';

const ready: FramePractice = {
  type: 'practice',
  id: 'pmr',
  title: 'Muscle relaxation',
  minutes: 2,
  cues: [
    { at: 0, text: 'Sit comfortably.' },
    { at: 30, text: 'Make a fist.' },
    { at: 60, text: 'Let go.' },
  ],
  status: 'ready',
  elapsed: 0,
  cue: 0,
  actions: ['practice.start'],
};
const at = (status: FramePractice['status'], elapsed: number, cue: number, actions: FramePractice['actions']): FramePractice => ({ ...ready, status, elapsed, cue, actions });
const text = (view: { element: HTMLElement }, selector: string) => view.element.querySelector(selector)!.textContent;

describe('clockTime', () => {
  it('formats seconds as m:ss, rounding down', () => {
    expect(clockTime(0)).toBe('0:00');
    expect(clockTime(75.8)).toBe('1:15');
    expect(clockTime(900)).toBe('15:00');
    expect(clockTime(-3)).toBe('0:00');
  });
});

describe('the practice view', () => {
  it('shows the timer, the first cue, the next cue time, the script and a start button', () => {
    const view = createPracticeView(ready, recordingContext(), 'block-1');
    expect(text(view, 'h2')).toBe('Muscle relaxation');
    expect(text(view, '.practice-time')).toBe('0:00 of 2:00');
    expect(view.element.querySelector('.timer')!.getAttribute('role')).toBe('timer');
    expect(text(view, '.cue')).toBe('First:Sit comfortably.');
    expect(text(view, '.next-cue')).toBe('Next cue at 0:30.');
    expect(text(view, '.practice-toggle')).toBe('Start practice');
    expect(view.element.querySelector<HTMLButtonElement>('.practice-finish')!.hidden).toBe(true);
    expect([...view.element.querySelectorAll('.practice-script li')].map((item) => item.textContent)).toEqual(['0:00 Sit comfortably.', '0:30 Make a fist.', '1:00 Let go.']);
  });

  it('sends the practice event of its buttons', () => {
    const context = recordingContext();
    const view = createPracticeView(ready, context, 'block-1');
    view.element.querySelector<HTMLButtonElement>('.practice-toggle')!.click();
    view.update(at('running', 1, 0, ['practice.pause', 'practice.complete']));
    view.element.querySelector<HTMLButtonElement>('.practice-toggle')!.click();
    view.element.querySelector<HTMLButtonElement>('.practice-finish')!.click();
    expect(context.sent).toEqual([
      { type: 'practice.start', practice: 'pmr' },
      { type: 'practice.pause', practice: 'pmr' },
      { type: 'practice.complete', practice: 'pmr' },
    ]);
  });

  it('updates the timer, cue and buttons from each frame and announces changes', () => {
    const context = recordingContext();
    const view = createPracticeView(ready, context, 'block-1');
    view.update(at('running', 0, 0, ['practice.pause', 'practice.complete']));
    view.update(at('running', 31.4, 1, ['practice.pause', 'practice.complete']));
    expect(text(view, '.timer')).toBe('0:31');
    expect(text(view, '.cue')).toBe('Now:Make a fist.');
    expect(view.element.querySelector<HTMLElement>('.practice-bar')!.style.width).toBe(`${(31.4 / 120) * 100}%`);
    view.update(at('running', 32, 1, ['practice.pause', 'practice.complete']));
    view.update(at('paused', 40, 1, ['practice.resume', 'practice.complete']));
    expect(text(view, '.practice-toggle')).toBe('Resume');
    view.update(at('running', 40, 1, ['practice.pause', 'practice.complete']));
    view.update(at('running', 61, 2, ['practice.pause', 'practice.complete']));
    expect(text(view, '.next-cue')).toBe('This is the last cue.');
    view.update(at('completed', 65, 2, ['practice.start']));
    expect(text(view, '.practice-toggle')).toBe('Practise again');
    expect(view.element.dataset.status).toBe('completed');
    expect(context.announced).toEqual(['Practice started. Sit comfortably.', 'Make a fist.', 'Paused at 0:40.', 'Playing. Make a fist.', 'Let go.', 'Practice finished after 1:05.']);
  });

  it('moves focus to the play button when the focused finish button goes away', () => {
    const view = createPracticeView(at('running', 5, 0, ['practice.pause', 'practice.complete']), recordingContext(), 'block-1');
    document.body.append(view.element);
    view.element.querySelector<HTMLButtonElement>('.practice-finish')!.focus();
    view.update(at('completed', 5, 0, ['practice.start']));
    expect(document.activeElement).toBe(view.element.querySelector('.practice-toggle'));
    view.element.remove();
  });

  it('says so when the session refuses an event', () => {
    const context = recordingContext({ respond: () => ({ accepted: false, reason: 'not-allowed-now', message: 'no' }) });
    createPracticeView(ready, context, 'block-1').element.querySelector<HTMLButtonElement>('.practice-toggle')!.click();
    expect(context.announced).toEqual(['That did not work. Please try again.']);
  });
});
