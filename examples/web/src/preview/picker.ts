/**
 * Lets an author jump to any lesson and step, as a participant or a coach.
 *
 * @module
 */

import type { Audience } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { el, replaceChildren } from '../render/dom.js';

/** What the author picked. */
export interface Pick {
  lesson: string;
  step: string;
  audience: Audience;
}

/** The picker. */
export interface Picker {
  readonly element: HTMLElement;
  /** Fills the lists from `bundle`, selecting `current`. */
  refresh(bundle: Bundle | null, current: Partial<Pick>): void;
}

/**
 * Creates the picker; `onOpen` runs when the author presses Open.
 *
 * @example
 * ```ts
 * const picker = createPicker((pick) => app.open(pick.lesson, pick));
 * picker.refresh(bundle, { lesson: 'daily-check-in' });
 * ```
 */
export function createPicker(onOpen: (pick: Pick) => void): Picker {
  const lesson = el('select', { id: 'pick-lesson', name: 'lesson' });
  const step = el('select', { id: 'pick-step', name: 'step' });
  const audience = el(
    'select',
    { id: 'pick-audience', name: 'audience' },
    el('option', { value: 'participant' }, 'Participant'),
    el('option', { value: 'coach' }, 'Coach (guided, with coach notes)'),
  );
  const form = el(
    'form',
    { class: 'picker', 'aria-labelledby': 'picker-title' },
    el('h3', { id: 'picker-title' }, 'Jump to a step'),
    el('label', { for: 'pick-lesson' }, 'Lesson'),
    lesson,
    el('label', { for: 'pick-step' }, 'Step'),
    step,
    el('label', { for: 'pick-audience' }, 'View as'),
    audience,
    el('button', { type: 'submit', class: 'button primary' }, 'Open'),
  );
  let bundle: Bundle | null = null;

  const fillSteps = (selected?: string): void => {
    const steps = bundle?.lessons.find((candidate) => candidate.id === lesson.value)?.steps ?? [];
    replaceChildren(step, ...steps.map((candidate, index) => el('option', { value: candidate.id }, `${index + 1}. ${candidate.title ?? candidate.id} (${candidate.id})`)));
    if (selected !== undefined && steps.some((candidate) => candidate.id === selected)) step.value = selected;
  };
  lesson.addEventListener('change', () => fillSteps());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (lesson.value === '' || step.value === '') return;
    onOpen({ lesson: lesson.value, step: step.value, audience: audience.value === 'coach' ? 'coach' : 'participant' });
  });

  return {
    element: form,
    refresh(next, current) {
      bundle = next;
      const modules = next?.curriculum.modules ?? [];
      replaceChildren(
        lesson,
        ...modules.map((module) =>
          el(
            'optgroup',
            { label: module.title },
            ...(next?.lessons ?? []).filter((candidate) => candidate.module === module.id).map((candidate) => el('option', { value: candidate.id }, candidate.title)),
          ),
        ),
      );
      if (current.lesson !== undefined && next?.lessons.some((candidate) => candidate.id === current.lesson)) lesson.value = current.lesson;
      if (current.audience !== undefined) audience.value = current.audience;
      fillSteps(current.step);
    },
  };
}
