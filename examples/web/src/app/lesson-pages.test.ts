// @vitest-environment happy-dom
import type { Frame } from '@copekit/engine';
import { describe, expect, it, vi } from 'vitest';
import { cannotRestorePage, completedPage, exitedPage, notFoundPage, restoreProblem } from './lesson-pages.js';

const frame = { lesson: { id: 'daily-check-in', title: 'Daily check-in', kind: 'check-in' } } as Frame;
const texts = (page: HTMLElement) => [...page.querySelectorAll('h1, p, button, a')].map((node) => node.textContent);

describe('lesson pages', () => {
  it('says the lesson is complete and offers to do it again', () => {
    const again = vi.fn();
    const { page, title } = completedPage(frame, './', again);
    expect(title).toBe('Lesson complete: Daily check-in');
    expect(texts(page)).toEqual(['Lesson complete', 'You finished “Daily check-in”. Your answers are saved.', 'Do this lesson again', 'All lessons']);
    page.querySelector('button')!.click();
    expect(again).toHaveBeenCalledOnce();
  });

  it('offers to resume a lesson the participant left', () => {
    const resume = vi.fn();
    const { page, title } = exitedPage(frame, './', resume);
    expect(title).toBe('Paused: Daily check-in');
    page.querySelector('button')!.click();
    expect(resume).toHaveBeenCalledOnce();
  });

  it('explains saved progress that cannot be opened, with details, and deletes it only on the button', () => {
    const startOver = vi.fn();
    const { page, title } = cannotRestorePage('The saved progress is damaged.', './', startOver, 'checksum-mismatch: …');
    expect(title).toBe('Saved progress cannot be opened');
    expect(page.className).toBe('status-page tone-alert');
    expect(texts(page)).toEqual([
      'We could not open your saved progress',
      'The saved progress is damaged.',
      'You can start this lesson again. This deletes the saved progress.',
      'checksum-mismatch: …',
      'Start again and delete saved progress',
      'All lessons',
    ]);
    expect(startOver).not.toHaveBeenCalled();
    page.querySelector('button')!.click();
    expect(startOver).toHaveBeenCalledOnce();
    expect(cannotRestorePage('x', './', startOver).page.querySelector('details')).toBeNull();
  });

  it('names an unknown lesson', () => {
    expect(texts(notFoundPage('sleep-101', './').page)).toEqual(['Lesson not found', 'There is no lesson “sleep-101”.', 'All lessons']);
  });
});

describe('restoreProblem', () => {
  it('words each snapshot error code for participants', () => {
    expect(restoreProblem({ code: 'lesson-mismatch' })).toBe('This lesson has changed since you saved your progress.');
    expect(restoreProblem({ code: 'curriculum-mismatch' })).toBe('This lesson has changed since you saved your progress.');
    expect(restoreProblem({ code: 'unsupported-version' })).toBe('This lesson has changed since you saved your progress.');
    expect(restoreProblem({ code: 'options-mismatch' })).toBe('The saved progress belongs to another lesson or person.');
    expect(restoreProblem({ code: 'checksum-mismatch' })).toBe('The saved progress is damaged.');
    expect(restoreProblem({ code: 'invalid-snapshot' })).toBe('The saved progress is damaged.');
  });
});
