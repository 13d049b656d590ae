/**
 * An error message under a question, tied to its controls with
 * `aria-describedby` (and `aria-invalid` where the role supports it).
 *
 * @module
 */

import { addDescription, el, removeDescription } from './dom.js';

/** An error slot. */
export interface FieldError {
  readonly element: HTMLElement;
  /** Shows `message`, or hides the slot with `null`. */
  set(message: string | null): void;
}

/**
 * Creates the slot. `targets` are the elements the error describes: text
 * inputs, or the radio group's fieldset.
 *
 * @example
 * ```ts
 * const error = createFieldError('item-steps-error', () => [input]);
 * error.set('Enter a whole number, for example 20.');
 * ```
 */
export function createFieldError(id: string, targets: () => readonly Element[]): FieldError {
  const element = el('p', { id, class: 'field-error', hidden: true });
  return {
    element,
    set(message) {
      element.textContent = message ?? '';
      element.hidden = message === null;
      for (const target of targets()) {
        if (message === null) removeDescription(target, id);
        else addDescription(target, id);
        if (supportsInvalid(target)) target.setAttribute('aria-invalid', String(message !== null));
      }
    },
  };
}

function supportsInvalid(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'radiogroup') return true;
  return element.tagName === 'TEXTAREA' || (element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'text');
}
