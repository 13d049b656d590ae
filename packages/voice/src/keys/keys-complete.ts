/**
 * For hosts that receive keys one at a time: when the keys pressed so far
 * form a whole entry.
 *
 * @module
 */

import type { VoicePrompt } from '../render/render-voice.js';
import { END_KEY } from './key-plan.js';

/**
 * Whether `keys` is a complete entry for `prompt`, so the host can stop
 * collecting and call `parseKeys`:
 * anything ending in `#`; a star followed by one digit (`*7`); a single
 * digit when the prompt expects no entry of digits (choices, practice,
 * crisis and resume keys). A lone `*` is not complete: the host waits a
 * short time (2–3 seconds) for a second key, and if none comes, sends `*`
 * (repeat). Digits for a number wait for `#`.
 *
 * @example
 * ```ts
 * keysComplete(choicePrompt, '2'); // => true
 * keysComplete(ratingPrompt, '1'); // => false (could be 1#, 10#)
 * keysComplete(ratingPrompt, '10#'); // => true
 * keysComplete(anyPrompt, '*'); // => false until the host's timeout
 * ```
 */
export function keysComplete(prompt: VoicePrompt, keys: string): boolean {
  if (keys.endsWith(END_KEY)) return true;
  if (keys.startsWith('*')) return keys.length >= 2;
  return keys.length === 1 && prompt.keys.digits === null;
}
