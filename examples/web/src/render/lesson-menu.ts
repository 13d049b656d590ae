/**
 * The list of lessons, grouped the way participants meet them, with the
 * crisis resources always one screen away.
 *
 * @module
 */

import type { Bundle, Lesson, LessonKind } from '@copekit/schema';
import { createCrisisView } from './crisis.js';
import { el } from './dom.js';

/** Options of {@link lessonMenu}. */
export interface LessonMenuOptions {
  /** The link of a lesson. */
  hrefFor(lesson: string): string;
  /** Whether the participant has a saved, unfinished session of a lesson. */
  inProgress(lesson: string): boolean;
  /** The link of the program page, shown first when given. */
  programHref?: string;
}

const groups: readonly { kind: LessonKind; title: string }[] = [
  { kind: 'check-in', title: 'Daily check-in' },
  { kind: 'session', title: 'Sessions' },
  { kind: 'measure', title: 'Questionnaires' },
  { kind: 'practice', title: 'Practice and planning' },
];

/**
 * The lessons of `bundle` by kind (sessions in program order; the safety
 * lesson is reached through the crisis resources, not listed).
 *
 * @example
 * ```ts
 * main.append(lessonMenu(bundle, { hrefFor: (id) => `?lesson=${id}`, inProgress: () => false }));
 * ```
 */
export function lessonMenu(bundle: Bundle, options: LessonMenuOptions): HTMLElement {
  const sections = groups
    .map(({ kind, title }) => ({ title, lessons: ordered(bundle, kind) }))
    .filter((group) => group.lessons.length > 0)
    .map((group, index) =>
      el(
        'section',
        { class: 'menu-group', 'aria-labelledby': `menu-group-${index}` },
        el('h2', { id: `menu-group-${index}` }, group.title),
        el('ul', { class: 'lesson-list' }, ...group.lessons.map((lesson) => entry(lesson, options))),
      ),
    );
  const { crisis, safety } = bundle.curriculum;
  const region = crisis.regions.find((candidate) => candidate.id === crisis.defaultRegion) ?? crisis.regions[0];
  return el(
    'div',
    { class: 'lesson-menu' },
    el('h1', { tabindex: -1 }, bundle.curriculum.title),
    options.programHref === undefined ? null : el('p', { class: 'program-link' }, el('a', { class: 'button primary', href: options.programHref }, 'Your program')),
    ...sections,
    region === undefined
      ? null
      : createCrisisView({ type: 'crisis', region: { id: region.id, name: region.name }, statement: safety.statement, resources: region.resources }, 'menu-crisis').element,
  );
}

function ordered(bundle: Bundle, kind: LessonKind): Lesson[] {
  const lessons = bundle.lessons.filter((lesson) => lesson.kind === kind);
  if (kind !== 'session') return lessons;
  const order = bundle.curriculum.program.sessions;
  return lessons.sort((a, b) => rank(order, a.id) - rank(order, b.id));
}

function rank(order: readonly string[], id: string): number {
  const index = order.indexOf(id);
  return index === -1 ? order.length : index;
}

function entry(lesson: Lesson, options: LessonMenuOptions): HTMLElement {
  const title = lesson.kind === 'session' && lesson.session !== undefined ? `Session ${lesson.session}: ${lesson.title}` : lesson.title;
  return el(
    'li',
    { class: 'lesson-entry' },
    el('a', { href: options.hrefFor(lesson.id) }, title),
    el('span', { class: 'lesson-meta' }, ` · about ${lesson.minutes} min`, options.inProgress(lesson.id) ? ' · in progress' : ''),
    lesson.summary === undefined ? null : el('p', { class: 'lesson-summary' }, lesson.summary),
  );
}
