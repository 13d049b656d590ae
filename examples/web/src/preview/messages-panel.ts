/**
 * Compiler messages in the page: `file:line:column`, severity, message, fix
 * hint and rule id, as the CLI prints them.
 *
 * @module
 */

import type { SerializedMessage } from '@copekit/compiler';
import { el, replaceChildren } from '../render/dom.js';

/** The panel. */
export interface MessagesPanel {
  readonly element: HTMLElement;
  /** Shows the messages of a build; returns the one-line summary. */
  show(messages: readonly SerializedMessage[]): string;
}

/**
 * A summary such as `2 errors, 1 warning`.
 *
 * @example
 * ```ts
 * messageSummary([]); // 'No errors or warnings'
 * ```
 */
export function messageSummary(messages: readonly SerializedMessage[]): string {
  const errors = messages.filter((message) => message.severity === 'error').length;
  const warnings = messages.length - errors;
  if (messages.length === 0) return 'No errors or warnings';
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}`;
}

/** Where a message points: `file:line:column`. */
export function messagePlace(message: SerializedMessage): string {
  return message.line === undefined ? message.file : `${message.file}:${message.line}:${message.column ?? 1}`;
}

/** Creates the panel. */
export function createMessagesPanel(): MessagesPanel {
  const summary = el('p', { class: 'messages-summary' });
  const list = el('ul', { class: 'messages' });
  const element = el('section', { class: 'messages-panel', 'aria-labelledby': 'messages-title' }, el('h3', { id: 'messages-title' }, 'Compiler messages'), summary, list);
  return {
    element,
    show(messages) {
      const text = messageSummary(messages);
      summary.textContent = text;
      replaceChildren(
        list,
        ...messages.map((message) =>
          el(
            'li',
            { class: `message message-${message.severity}` },
            el('code', { class: 'message-place' }, messagePlace(message)),
            ' ',
            el('span', { class: 'message-severity' }, message.severity),
            ' ',
            el('span', { class: 'message-reason' }, message.reason),
            ' ',
            el('code', { class: 'message-rule' }, message.ruleId),
            message.fix === undefined ? null : el('p', { class: 'message-fix' }, `Fix: ${message.fix}`),
          ),
        ),
      );
      return text;
    },
  };
}
