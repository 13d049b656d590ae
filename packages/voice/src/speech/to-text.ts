/**
 * Speech as plain text, for logs, captions and simulated calls.
 *
 * @module
 */

import type { Speech } from './speech.js';

/**
 * The words of `speech`, one line per paragraph; pauses are shown as
 * `[pause 20 s]`.
 *
 * @example
 * ```ts
 * toText([[{ type: 'text', text: 'Breathe in.' }, { type: 'pause', seconds: 20 }]]); // => 'Breathe in. [pause 20 s]'
 * ```
 */
export function toText(speech: Speech): string {
  return speech
    .map((paragraph) =>
      paragraph
        .map((part) => (part.type === 'pause' ? ` [pause ${Math.round(part.seconds)} s]` : part.text))
        .join('')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}
