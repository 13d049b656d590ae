/**
 * The pages of a lesson around its steps: complete, left, saved progress
 * that cannot be opened, and an unknown lesson. Each returns the page and
 * its document title.
 *
 * @module
 */

import type { Frame, SnapshotError } from '@copekit/engine';
import { statusPage } from '../render/status-views.js';

/** A page and the document title to give it. */
export interface LessonPage {
  page: HTMLElement;
  title: string;
}

/** The lesson is complete; `again` starts it over. */
export function completedPage(frame: Frame, menuHref: string, again: () => void): LessonPage {
  return {
    page: statusPage({
      title: 'Lesson complete',
      body: [`You finished “${frame.lesson.title}”. Your answers are saved.`],
      actions: [{ label: 'Do this lesson again', run: again }],
      menuHref,
    }),
    title: `Lesson complete: ${frame.lesson.title}`,
  };
}

/** The participant left the lesson (`exit`); `resume` comes back. */
export function exitedPage(frame: Frame, menuHref: string, resume: () => void): LessonPage {
  return {
    page: statusPage({ title: 'You left this lesson', body: ['Your answers are saved. Come back to it at any time.'], actions: [{ label: 'Resume the lesson', run: resume }], menuHref }),
    title: `Paused: ${frame.lesson.title}`,
  };
}

/**
 * Saved progress that cannot be opened: says why, and deletes it only when
 * the participant presses the button (`startOver`).
 *
 * @example
 * ```ts
 * const { page } = cannotRestorePage('The saved progress is damaged.', './', startOver);
 * ```
 */
export function cannotRestorePage(problem: string, menuHref: string, startOver: () => void, details?: string): LessonPage {
  return {
    page: statusPage({
      title: 'We could not open your saved progress',
      body: [problem, 'You can start this lesson again. This deletes the saved progress.'],
      actions: [{ label: 'Start again and delete saved progress', run: startOver }],
      menuHref,
      tone: 'alert',
      ...(details === undefined ? {} : { details }),
    }),
    title: 'Saved progress cannot be opened',
  };
}

/** The bundle has no such lesson. */
export function notFoundPage(lesson: string, menuHref: string): LessonPage {
  return { page: statusPage({ title: 'Lesson not found', body: [`There is no lesson “${lesson}”.`], menuHref }), title: 'Lesson not found' };
}

/**
 * A participant-facing reason for a snapshot the engine refused.
 *
 * @example
 * ```ts
 * restoreProblem(new SnapshotError('lesson-mismatch', '…')); // 'This lesson has changed since you saved your progress.'
 * ```
 */
export function restoreProblem(error: Pick<SnapshotError, 'code'>): string {
  switch (error.code) {
    case 'curriculum-mismatch':
    case 'lesson-mismatch':
    case 'unsupported-version':
      return 'This lesson has changed since you saved your progress.';
    case 'options-mismatch':
      return 'The saved progress belongs to another lesson or person.';
    default:
      return 'The saved progress is damaged.';
  }
}
