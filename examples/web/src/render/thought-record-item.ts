/**
 * The thought record: one labelled field per part (text, or an intensity
 * from 0 to 100). The answer is sent once every part is filled in.
 *
 * @module
 */

import type { FrameItem, SendResult, ThoughtRecordAnswer } from '@copekit/engine';
import { el, itemDomId } from './dom.js';
import { createFieldError } from './field-error.js';
import { rejectionMessage, requiredMessage } from './messages.js';
import type { ItemView, ViewContext } from './view-types.js';

type ThoughtRecordItem = Extract<FrameItem, { kind: 'thought-record' }>;

/** What the fields hold: a complete answer, nothing, or some parts missing or not numbers. */
export type ThoughtRecordDraft = { complete: ThoughtRecordAnswer } | { empty: true } | { incomplete: string[] };

/**
 * Reads the fields' texts (by field id) as an answer.
 *
 * @example
 * ```ts
 * readThoughtRecord(item.constraints.fields, { situation: 'Stairs', intensity: '70', ... }); // { complete: { situation: 'Stairs', intensity: 70, ... } }
 * ```
 */
export function readThoughtRecord(fields: ThoughtRecordItem['constraints']['fields'], texts: Record<string, string>): ThoughtRecordDraft {
  const answer: ThoughtRecordAnswer = {};
  const missing: string[] = [];
  for (const field of fields) {
    const text = (texts[field.id] ?? '').trim();
    const value = field.kind === 'rating' ? Number(text) : text;
    if (text === '' || (typeof value === 'number' && !Number.isFinite(value))) missing.push(field.id);
    else answer[field.id] = value;
  }
  if (missing.length === fields.length) return { empty: true };
  return missing.length === 0 ? { complete: answer } : { incomplete: missing };
}

/** The view. */
export function createThoughtRecordItemView(item: ThoughtRecordItem, context: ViewContext): ItemView {
  const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  const groupId = itemDomId(item.id);
  const fields = item.constraints.fields.map((field) => {
    const id = itemDomId(item.id, field.id);
    const hintId = itemDomId(item.id, `${field.id}-hint`);
    const input =
      field.kind === 'rating'
        ? el('input', { id, type: 'text', inputmode: 'numeric', autocomplete: 'off', 'aria-describedby': hintId })
        : el('textarea', { id, rows: 2 });
    inputs.set(field.id, input);
    return el(
      'div',
      { class: 'thought-field' },
      el('label', { for: id }, field.label),
      field.kind === 'rating' ? el('p', { class: 'hint', id: hintId }, `A number from ${field.min ?? 0} to ${field.max ?? 100}.`) : null,
      input,
    );
  });
  const fieldset = el('fieldset', { class: 'thought-record', id: groupId }, el('legend', {}, item.label === '' ? 'Thought record' : item.label));
  const error = createFieldError(itemDomId(item.id, 'error'), () => [fieldset]);
  fieldset.append(error.element, ...fields);
  const element = el('div', { class: 'item item-thought-record', 'data-item': item.id }, fieldset);

  let current = item;
  let shown = '';
  const texts = (): Record<string, string> => Object.fromEntries([...inputs].map(([id, input]) => [id, input.value]));
  const report = (result: SendResult): string | null => {
    if (result.accepted) return null;
    const message = rejectionMessage(current, result);
    error.set(message);
    return message;
  };
  const draftKey = (draft: ThoughtRecordDraft): string => ('complete' in draft ? JSON.stringify(draft.complete) : '');

  fieldset.addEventListener('change', () => {
    error.set(null);
    const draft = readThoughtRecord(current.constraints.fields, texts());
    if ('complete' in draft && draftKey(draft) !== JSON.stringify(current.value)) report(context.send({ type: 'answer', item: current.id, value: draft.complete }));
  });

  const view: ItemView = {
    id: item.id,
    label: item.label === '' ? 'Thought record' : item.label,
    element,
    update(next) {
      current = next as ThoughtRecordItem;
      const key = JSON.stringify(next.value);
      if (key === shown || fieldset.contains(document.activeElement)) return;
      shown = key;
      const value = (next.value ?? {}) as ThoughtRecordAnswer;
      for (const [id, input] of inputs) input.value = value[id] === undefined ? '' : String(value[id]);
    },
    commit() {
      const draft = readThoughtRecord(current.constraints.fields, texts());
      if ('incomplete' in draft) {
        const message = 'Fill in every part of the thought record.';
        error.set(message);
        return message;
      }
      if ('empty' in draft) {
        if (current.status !== 'answered') return null;
        if (current.optional) return report(context.send({ type: 'skip', item: current.id }));
        const message = requiredMessage(current);
        error.set(message);
        return message;
      }
      return draftKey(draft) === JSON.stringify(current.value) ? null : report(context.send({ type: 'answer', item: current.id, value: draft.complete }));
    },
    showError: (message) => error.set(message),
    focus: () => inputs.values().next().value?.focus(),
  };
  view.update(item);
  return view;
}
