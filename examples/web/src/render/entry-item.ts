/**
 * Text, numbers, and ratings with more than 11 points, as labelled text
 * fields. Numbers use `inputmode` rather than `type="number"` (which changes
 * the value on scroll and is poorly announced).
 *
 * @module
 */

import type { AnswerValue, FrameItem, SendResult } from '@copekit/engine';
import { el, itemDomId } from './dom.js';
import { createFieldError } from './field-error.js';
import { expectedAnswer, rejectionMessage, requiredMessage } from './messages.js';
import type { ItemView, ViewContext } from './view-types.js';

/** Items entered in a text field. */
export type EntryItem = Extract<FrameItem, { kind: 'text' | 'number' | 'rating' }>;

/** What was typed: nothing, an answer, or a problem to show. */
export type Parsed = { empty: true } | { value: AnswerValue } | { problem: string };

/**
 * Reads a field's text as an answer to `item`.
 *
 * @example
 * ```ts
 * parseEntry(minutesItem, ' 1,200 '); // { value: 1200 }
 * parseEntry(minutesItem, 'lots'); // { problem: 'Enter a whole number from 0 to 1440 (minutes), in digits.' }
 * ```
 */
export function parseEntry(item: EntryItem, raw: string): Parsed {
  const text = raw.trim();
  if (text === '') return { empty: true };
  if (item.kind === 'text') return { value: text };
  const number = Number(text.replace(/[,\s]/g, ''));
  return Number.isFinite(number) ? { value: number } : { problem: `Enter ${expectedAnswer(item)}, in digits.` };
}

/** The view. */
export function createEntryItemView(item: EntryItem, context: ViewContext): ItemView {
  const inputId = itemDomId(item.id);
  const hintId = itemDomId(item.id, 'hint');
  const multiline = item.kind === 'text' && (item.constraints.maxLength === undefined || item.constraints.maxLength > 80);
  const input = multiline
    ? el('textarea', { id: inputId, rows: 3, maxlength: item.kind === 'text' ? item.constraints.maxLength : undefined, 'aria-describedby': hintId })
    : el('input', {
        id: inputId,
        type: 'text',
        autocomplete: 'off',
        inputmode: item.kind === 'text' ? undefined : item.kind === 'number' && !item.constraints.integer ? 'decimal' : 'numeric',
        maxlength: item.kind === 'text' ? item.constraints.maxLength : undefined,
        'aria-describedby': hintId,
      });
  const error = createFieldError(itemDomId(item.id, 'error'), () => [input]);
  const unit = item.kind === 'number' ? item.constraints.unit : undefined;
  const element = el(
    'div',
    { class: `item item-${item.kind}`, 'data-item': item.id },
    el('label', { for: inputId }, item.label, item.optional ? el('span', { class: 'optional' }, ' (optional)') : null),
    el('p', { class: 'hint', id: hintId }, hint(item)),
    error.element,
    el('div', { class: 'entry' }, input, unit === undefined ? null : el('span', { class: 'unit', 'aria-hidden': 'true' }, unit)),
  );

  let current = item;
  let shown = '';
  let handled = '';
  let held: AnswerValue | undefined;

  const report = (result: SendResult): string | null => (result.accepted ? null : show(rejectionMessage(current, result)));
  const show = (message: string): string => {
    error.set(message);
    return message;
  };

  /** Acts on the field's text; returns a problem message or `null`. */
  const handle = (send: boolean): string | null => {
    handled = input.value;
    held = undefined;
    error.set(null);
    const parsed = parseEntry(current, input.value);
    if ('problem' in parsed) return show(parsed.problem);
    if ('empty' in parsed) {
      if (current.status !== 'answered') return null;
      return current.optional ? report(context.send({ type: 'skip', item: current.id })) : show(requiredMessage(current));
    }
    if (!send && context.isRisk(current.id)) {
      held = parsed.value;
      return null;
    }
    return report(context.send({ type: 'answer', item: current.id, value: parsed.value }));
  };

  input.addEventListener('change', () => {
    const message = handle(false);
    if (message !== null) context.announce(message);
  });

  const view: ItemView = {
    id: item.id,
    label: item.label,
    element,
    update(next) {
      current = next as EntryItem;
      const key = JSON.stringify(next.value);
      if (key === shown || held !== undefined || document.activeElement === input) return;
      shown = key;
      input.value = next.value === null ? '' : String(next.value);
      handled = input.value;
    },
    commit() {
      if (held !== undefined || input.value !== handled) return handle(true);
      const parsed = parseEntry(current, input.value);
      if ('problem' in parsed) return show(parsed.problem);
      return 'empty' in parsed && current.status === 'answered' && !current.optional ? show(requiredMessage(current)) : null;
    },
    showError: (message) => error.set(message),
    focus: () => input.focus(),
  };
  view.update(item);
  return view;
}

function hint(item: EntryItem): string {
  if (item.kind === 'text') return item.constraints.maxLength === undefined ? 'Write as much or as little as you like.' : `Up to ${item.constraints.maxLength} characters.`;
  if (item.kind === 'rating') {
    const { min, max, minLabel, maxLabel } = item.constraints;
    const ends = [minLabel === undefined ? '' : `${min} means ${minLabel}`, maxLabel === undefined ? '' : `${max} means ${maxLabel}`].filter(Boolean);
    return `Enter ${expectedAnswer(item)}.${ends.length === 0 ? '' : ` ${ends.join('; ')}.`}`;
  }
  return `Enter ${expectedAnswer(item)}.`;
}
