/**
 * The practice screen: a visible timer, the current cue in large text, the
 * next cue's time, play/pause/finish buttons and the whole script. Time comes
 * from the frame (the engine reads the host's clock); the runner ticks the
 * session while a practice runs. The breathing circle only moves when the
 * participant has not asked for reduced motion (CSS).
 *
 * @module
 */

import type { FramePractice, PracticeEventType } from '@copekit/engine';
import { el, replaceChildren } from './dom.js';
import type { BlockView, ViewContext } from './view-types.js';

/**
 * Seconds as `m:ss`.
 *
 * @example
 * ```ts
 * clockTime(75.8); // '1:15'
 * ```
 */
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

const toggleLabels: Record<FramePractice['status'], { label: string; event: PracticeEventType }> = {
  ready: { label: 'Start practice', event: 'practice.start' },
  running: { label: 'Pause', event: 'practice.pause' },
  paused: { label: 'Resume', event: 'practice.resume' },
  completed: { label: 'Practise again', event: 'practice.start' },
};

const statusLabels: Record<FramePractice['status'], string> = {
  ready: 'Ready when you are',
  running: 'Playing',
  paused: 'Paused',
  completed: 'Finished',
};

/** The view; `key` makes its DOM ids unique in the page. */
export function createPracticeView(block: FramePractice, context: ViewContext, key: string): BlockView<FramePractice> {
  const headingId = `${key}-heading`;
  const timer = el('span', { class: 'timer', role: 'timer', 'aria-label': 'Time practised' }, '0:00');
  const status = el('p', { class: 'practice-status' });
  const bar = el('div', { class: 'practice-bar' });
  const cueText = el('p', { class: 'cue-text' });
  const cueLabel = el('p', { class: 'cue-label' });
  const nextCue = el('p', { class: 'next-cue' });
  const toggle = el('button', { type: 'button', class: 'button primary practice-toggle' });
  const finish = el('button', { type: 'button', class: 'button practice-finish' }, 'Finish practice');
  const stage = el(
    'div',
    { class: 'practice-stage' },
    el('div', { class: 'breath', 'aria-hidden': 'true' }),
    status,
    el('p', { class: 'practice-time' }, timer, ` of ${clockTime(block.minutes * 60)}`),
    el('div', { class: 'practice-progress', 'aria-hidden': 'true' }, bar),
    el('div', { class: 'cue' }, cueLabel, cueText),
    nextCue,
  );
  const script = el(
    'details',
    { class: 'practice-script' },
    el('summary', {}, 'Read the whole script'),
    el('ol', {}, ...block.cues.map((cue) => el('li', {}, el('span', { class: 'cue-time' }, clockTime(cue.at)), ' ', cue.text))),
  );
  const element = el(
    'section',
    { class: 'practice', 'aria-labelledby': headingId, 'data-status': block.status },
    el('h2', { id: headingId }, block.title),
    el('p', { class: 'practice-length' }, `About ${block.minutes} ${block.minutes === 1 ? 'minute' : 'minutes'}.`),
    stage,
    el('div', { class: 'practice-controls' }, toggle, finish),
    script,
  );

  let current = block;
  const send = (event: PracticeEventType): void => {
    const result = context.send({ type: event, practice: current.id });
    if (!result.accepted) context.announce('That did not work. Please try again.');
  };
  toggle.addEventListener('click', () => send(toggleLabels[current.status].event));
  finish.addEventListener('click', () => send('practice.complete'));

  const view: BlockView<FramePractice> = {
    element,
    items: [],
    update(next) {
      const previous = current;
      current = next;
      element.dataset.status = next.status;
      status.textContent = statusLabels[next.status];
      timer.textContent = clockTime(next.elapsed);
      bar.style.width = `${Math.min(100, (next.elapsed / (next.minutes * 60)) * 100)}%`;
      const cue = next.cues[Math.max(0, next.cue)];
      cueLabel.textContent = next.status === 'ready' ? 'First:' : 'Now:';
      replaceChildren(cueText, cue?.text ?? '');
      const upcoming = next.cues[next.cue + 1];
      nextCue.textContent = upcoming === undefined ? 'This is the last cue.' : `Next cue at ${clockTime(upcoming.at)}.`;
      toggle.textContent = toggleLabels[next.status].label;
      const canFinish = next.actions.includes('practice.complete');
      if (!canFinish && document.activeElement === finish) toggle.focus();
      finish.hidden = !canFinish;
      if (previous !== next) announceChange(previous, next, context);
    },
  };
  view.update(block);
  return view;
}

/** Says what changed: the status, or a new cue while playing. */
function announceChange(previous: FramePractice, next: FramePractice, context: ViewContext): void {
  const cue = next.cues[next.cue]?.text;
  if (previous.status !== next.status) {
    const messages: Record<FramePractice['status'], string> = {
      ready: '',
      running: previous.status === 'paused' ? `Playing. ${cue ?? ''}` : `Practice started. ${cue ?? ''}`,
      paused: `Paused at ${clockTime(next.elapsed)}.`,
      completed: `Practice finished after ${clockTime(next.elapsed)}.`,
    };
    if (messages[next.status] !== '') context.announce(messages[next.status].trim());
  } else if (next.status === 'running' && previous.cue !== next.cue && cue !== undefined) {
    context.announce(cue);
  }
}
