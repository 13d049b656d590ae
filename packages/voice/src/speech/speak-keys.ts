/**
 * Spoken key instructions: the short tail of every prompt, and help.
 *
 * @module
 */

import type { KeyBinding, KeyMap } from '../keys/key-map.js';
import { say, spokenKeys, type SpeechParagraph } from './speech.js';

/** Keys the prompt tail leaves to help: answers are spoken with the question, back only in help. */
const quiet: ReadonlySet<KeyBinding['action']> = new Set(['answer', 'repeat', 'help', 'back']);

/** "To go back, press star 7." */
function instruction(binding: KeyBinding): string {
  return `To ${binding.label}, press ${spokenKeys(binding.keys)}.`;
}

/**
 * The tail of a prompt: the command keys that work now (skip, go on,
 * practice and crisis keys), then how to repeat and get help.
 *
 * @example
 * ```ts
 * speakKeyTail(keys); // => [{ type: 'text', text: 'To skip this question, press star 3. To hear this again, press star. For all the keys, press star 0.' }]
 * ```
 */
export function speakKeyTail(keys: KeyMap): SpeechParagraph {
  const lines = keys.bindings.filter((binding) => !quiet.has(binding.action)).map(instruction);
  const help = keys.bindings.some((binding) => binding.action === 'help');
  lines.push(help ? 'To hear this again, press star. For all the keys, press star 0.' : 'To hear this again, press star.');
  return say(lines.join(' '));
}

/**
 * Help: every key that works now, answers first.
 *
 * @example
 * ```ts
 * speakHelp(keys); // => [[{ type: 'text', text: 'Here are the keys you can use.' }], [{ type: 'text', text: 'For Yes, press 1. …' }], …]
 * ```
 */
export function speakHelp(keys: KeyMap): SpeechParagraph[] {
  const answers = keys.bindings.filter((binding) => binding.action === 'answer').map((binding) => `For ${binding.label}, press ${binding.keys}.`);
  if (keys.digits !== null) answers.push('To answer, enter your answer on the keypad, then press pound.');
  const commands = keys.bindings.filter((binding) => binding.action !== 'answer').map(instruction);
  const paragraphs = [say('Here are the keys you can use.')];
  if (answers.length > 0) paragraphs.push(say(answers.join(' ')));
  paragraphs.push(say(commands.join(' ')));
  return paragraphs;
}
