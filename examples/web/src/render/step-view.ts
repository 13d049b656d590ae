/**
 * One step as a page: lesson name, the step title as the `h1` (focused when
 * the step appears), progress, the blocks in a form, and the buttons. Enter
 * or the Continue button submits; errors appear under each question and in a
 * summary, are announced, and focus moves to the first question to fix.
 *
 * @module
 */

import type { Frame, FrameItem, FrameStep, SessionEvent } from '@copekit/engine';
import { createBlockList } from './block-list.js';
import { el } from './dom.js';
import { requiredMessage } from './messages.js';
import type { ItemView, ViewContext } from './view-types.js';

/** A frame that has a step (an active or exited session). */
export type StepFrame = Frame & { step: FrameStep };

/** A rendered step. */
export interface StepView {
  readonly element: HTMLElement;
  /** Shows a new frame of the same step. */
  update(frame: StepFrame): void;
  /** Moves focus to the step's heading (done by the page when the step appears). */
  focusHeading(): void;
  /** Sends answers held back (risk answers), e.g. when the page is being closed. */
  flush(): void;
  /** Marks the view as replaced: handlers stop after the event that replaced it. */
  dispose(): void;
}

/**
 * The key that tells one step from another: a new key means a new page.
 *
 * @example
 * ```ts
 * stepKey(frame); // 'lesson:daily-check-in:pain'
 * ```
 */
export function stepKey(frame: StepFrame): string {
  return `${frame.flow}:${frame.step.lesson}:${frame.step.id}`;
}

/** The heading of a step: its title, or a fallback. */
export function stepHeading(frame: StepFrame): string {
  return frame.step.title ?? (frame.flow === 'safety' ? 'Help is here' : `Step ${frame.step.index + 1}`);
}

/** Creates the view for `frame`'s step. */
export function createStepView(frame: StepFrame, context: ViewContext): StepView {
  const blocks = createBlockList(context);
  const heading = el('h1', { id: 'step-title', tabindex: -1, 'aria-describedby': 'step-progress' }, stepHeading(frame));
  const progressText = el('p', { id: 'step-progress', class: 'step-progress' });
  const bar = el('div', { class: 'progress-bar' });
  const summary = el('p', { id: 'form-error', class: 'form-error', hidden: true });
  const back = el('button', { type: 'button', class: 'button' }, 'Back');
  const proceed = el('button', { type: 'submit', class: 'button primary' });
  const exit = el('button', { type: 'button', class: 'button quiet' }, 'Save and exit');
  const form = el('form', { class: 'step-form', novalidate: true, 'aria-labelledby': 'step-title' }, blocks.element, summary, el('div', { class: 'step-actions' }, back, proceed, exit));
  const element = el(
    'div',
    { class: `step-view flow-${frame.flow}`, 'data-step': frame.step.id },
    el('p', { class: 'lesson-name' }, frame.flow === 'safety' ? 'Safety check' : frame.lesson.title),
    heading,
    progressText,
    el('div', { class: 'progress', 'aria-hidden': 'true' }, bar),
    form,
  );

  let current = frame;
  let disposed = false;

  const showSummary = (message: string | null): void => {
    summary.textContent = message ?? '';
    summary.hidden = message === null;
    if (message !== null) context.announce(message);
  };
  const byId = (id: string): ItemView | undefined => blocks.items().find((view) => view.id === id);
  /** Sends what is held or being edited; returns the views with problems. */
  const commitAll = (): ItemView[] => {
    const problems: ItemView[] = [];
    for (const view of blocks.items()) {
      if (view.commit() !== null) problems.push(view);
      if (disposed) break;
    }
    return problems;
  };
  const isAcknowledgement = (): boolean => current.flow === 'safety' && current.step.index === current.step.count - 1;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    showSummary(null);
    for (const view of blocks.items()) view.showError(null);
    const problems = commitAll();
    if (disposed) return;
    if (problems.length > 0) {
      showSummary(problems.length === 1 ? 'Please check your answer above.' : `Please check ${problems.length} answers above.`);
      problems[0]!.focus();
      return;
    }
    const result = context.send({ type: isAcknowledgement() ? 'acknowledge' : 'next' });
    if (result.accepted || disposed) return;
    const missing = current.missing.map(byId).filter((view) => view !== undefined);
    if (result.reason === 'required-unanswered' && missing.length > 0) {
      for (const view of missing) view.showError(requiredMessage(itemOf(current, view.id)));
      showSummary(missing.length === 1 ? `Please answer: ${missing[0]!.label}` : `Please answer the ${missing.length} questions marked above.`);
      missing[0]!.focus();
    } else {
      showSummary('That did not work. Please try again.');
    }
  });
  const sendAfterCommit = (event: SessionEvent): void => {
    commitAll();
    if (!disposed) context.send(event);
  };
  back.addEventListener('click', () => sendAfterCommit({ type: 'back' }));
  exit.addEventListener('click', () => sendAfterCommit({ type: 'exit' }));

  const view: StepView = {
    element,
    update(next) {
      current = next;
      const { index, count } = next.step;
      progressText.textContent = `Step ${index + 1} of ${count}`;
      bar.style.width = `${Math.round(((index + 1) / count) * 100)}%`;
      const added = blocks.update(next.blocks);
      if (added.length > 0 && blocks.items().length > added.length) {
        context.announce(added.length === 1 ? `New question: ${added[0]!.label}` : `${added.length} new questions below.`);
      }
      proceed.textContent = isAcknowledgement() ? 'I have the numbers. Go back' : next.flow === 'lesson' && index === count - 1 ? 'Finish' : 'Continue';
      back.hidden = !next.actions.includes('back');
      exit.hidden = !next.actions.includes('exit');
    },
    focusHeading: () => heading.focus(),
    flush: () => void commitAll(),
    dispose() {
      disposed = true;
    },
  };
  view.update(frame);
  return view;
}

/** The frame item with `id`, looking inside instruments. */
function itemOf(frame: Frame, id: string): FrameItem | undefined {
  for (const block of frame.blocks) {
    if (block.type === 'item' && block.id === id) return block;
    if (block.type === 'instrument') {
      const item = block.items.find((candidate) => candidate.id === id);
      if (item !== undefined) return item;
    }
  }
  return undefined;
}
