/**
 * Pages without a step: lesson complete, lesson left, a saved session that
 * cannot be opened, and plain messages. Each has an `h1` that the page
 * focuses when it appears.
 *
 * @module
 */

import { el, type Child } from './dom.js';

/** A button's label and what it does. */
export interface PageAction {
  label: string;
  run(): void;
}

/** Content of a status page. */
export interface StatusPage {
  title: string;
  /** Paragraphs, in order. */
  body: readonly Child[];
  /** Buttons, the first one primary. */
  actions?: readonly PageAction[];
  /** Link back to the lesson list, when given. */
  menuHref?: string;
  /** Technical details, folded away. */
  details?: string;
  /** `alert` styles the page as a problem. */
  tone?: 'normal' | 'alert';
}

/**
 * Builds a status page.
 *
 * @example
 * ```ts
 * main.append(statusPage({ title: 'Lesson complete', body: ['Thank you.'], menuHref: './' }));
 * ```
 */
export function statusPage(page: StatusPage): HTMLElement {
  const buttons = (page.actions ?? []).map((action, index) => {
    const button = el('button', { type: 'button', class: index === 0 ? 'button primary' : 'button' }, action.label);
    button.addEventListener('click', () => action.run());
    return button;
  });
  return el(
    'div',
    { class: `status-page tone-${page.tone ?? 'normal'}` },
    el('h1', { tabindex: -1 }, page.title),
    ...page.body.map((paragraph) => (typeof paragraph === 'string' ? el('p', {}, paragraph) : paragraph)),
    page.details === undefined ? null : el('details', { class: 'details' }, el('summary', {}, 'Technical details'), el('p', {}, page.details)),
    buttons.length === 0 && page.menuHref === undefined
      ? null
      : el('div', { class: 'step-actions' }, ...buttons, page.menuHref === undefined ? null : el('a', { class: 'button quiet', href: page.menuHref }, 'All lessons')),
  );
}
