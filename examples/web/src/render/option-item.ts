/**
 * Ratings (up to 11 points), scales and choices as radio buttons or
 * checkboxes.
 *
 * @module
 */

import type { AnswerValue, FrameItem, SendResult } from '@copekit/engine';
import { el, itemDomId } from './dom.js';
import { createFieldError } from './field-error.js';
import { rejectionMessage, requiredMessage } from './messages.js';
import { createOptionGroup, type GroupOption } from './option-group.js';
import type { ItemView, ViewContext } from './view-types.js';

/** Items shown as a group of options. */
export type OptionItem = Extract<FrameItem, { kind: 'rating' | 'scale' | 'choice' }>;

/** The most points a rating shows as radio buttons; longer ranges use a number field. */
export const maxRatingOptions = 11;

/**
 * The view. Answers are sent as soon as an option is chosen, except for items
 * that may start the safety flow: those are sent by {@link ItemView.commit}
 * (when the participant presses a button).
 */
export function createOptionItemView(item: OptionItem, context: ViewContext): ItemView {
  const multiple = item.kind === 'choice' && item.constraints.multiple;
  const group = createOptionGroup({
    id: item.id,
    legend: item.label,
    options: groupOptions(item),
    multiple,
    layout: item.kind === 'rating' ? 'row' : 'column',
    after: item.kind === 'rating' ? ratingEnds(item) : null,
  });
  const error = createFieldError(itemDomId(item.id, 'error'), () => [group.fieldset]);
  group.fieldset.insertBefore(error.element, group.fieldset.querySelector('.option-list'));
  const element = el('div', { class: `item item-${item.kind}`, 'data-item': item.id }, group.fieldset);

  let current = item;
  let shown = '';
  let held: AnswerValue | undefined;

  const report = (result: SendResult): string | null => {
    if (result.accepted) return null;
    const message = rejectionMessage(current, result);
    error.set(message);
    return message;
  };

  group.fieldset.addEventListener('change', () => {
    error.set(null);
    const values = group.checked();
    held = undefined;
    if (values.length === 0) {
      if (current.optional && current.status === 'answered') report(context.send({ type: 'skip', item: current.id }));
      return;
    }
    const value = answerOf(current, values);
    if (context.isRisk(current.id)) held = value;
    else {
      const message = report(context.send({ type: 'answer', item: current.id, value }));
      if (message !== null) context.announce(message);
    }
  });

  const view: ItemView = {
    id: item.id,
    label: item.label,
    element,
    update(next) {
      current = next as OptionItem;
      const key = JSON.stringify(next.value);
      if (key === shown || held !== undefined) return;
      shown = key;
      group.setChecked(valuesOf(next.value));
    },
    commit() {
      if (held !== undefined) {
        const value = held;
        held = undefined;
        return report(context.send({ type: 'answer', item: current.id, value }));
      }
      if (multiple && group.checked().length === 0 && !current.optional && current.status === 'answered') {
        const message = requiredMessage(current);
        error.set(message);
        return message;
      }
      return null;
    },
    showError: (message) => error.set(message),
    focus() {
      (group.inputs.find((input) => input.checked) ?? group.inputs[0])?.focus();
    },
  };
  view.update(item);
  return view;
}

function groupOptions(item: OptionItem): GroupOption[] {
  switch (item.kind) {
    case 'rating': {
      const { min, max, minLabel, maxLabel } = item.constraints;
      return Array.from({ length: max - min + 1 }, (_, index) => {
        const value = min + index;
        const spoken = value === min ? minLabel : value === max ? maxLabel : undefined;
        return { value: String(value), label: String(value), ...(spoken === undefined ? {} : { spoken }) };
      });
    }
    case 'scale':
      return item.constraints.points.map((point) => ({ value: String(point.value), label: point.label }));
    case 'choice':
      return item.constraints.options.map((option) => ({ value: option.value, label: option.label }));
  }
}

function ratingEnds(item: Extract<FrameItem, { kind: 'rating' }>): HTMLElement | null {
  const { min, max, minLabel, maxLabel } = item.constraints;
  if (minLabel === undefined && maxLabel === undefined) return null;
  return el(
    'div',
    { class: 'rating-ends', 'aria-hidden': 'true' },
    el('span', {}, minLabel === undefined ? '' : `${min} = ${minLabel}`),
    el('span', {}, maxLabel === undefined ? '' : `${max} = ${maxLabel}`),
  );
}

function answerOf(item: OptionItem, values: string[]): AnswerValue {
  if (item.kind !== 'choice') return Number(values[0]);
  return item.constraints.multiple ? values : values[0]!;
}

function valuesOf(value: FrameItem['value']): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  return typeof value === 'object' ? [] : [String(value)];
}
