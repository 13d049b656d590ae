/**
 * A one-line summary of the keys a prompt accepts, for the simulated call's
 * printout.
 *
 * @module
 */

import type { VoicePrompt } from '@copekit/voice';

/**
 * What the prompt waits for and each key, e.g.
 * `digits: 0-10 then #; * repeat, *0 help, *7 back`.
 *
 * @example
 * ```ts
 * describeKeys(prompt); // => 'choice: 1 Yes, 2 No; * repeat, *0 help, *7 back'
 * ```
 */
export function describeKeys(prompt: VoicePrompt): string {
  const { digits, bindings } = prompt.keys;
  const entry =
    digits === null
      ? []
      : digits.kind === 'number'
        ? [`${digits.min ?? 0}-${digits.max ?? '…'} then #`]
        : [`${digits.kind === 'options' ? 'option numbers' : 'an option number'} then #`];
  const keys = bindings.map((binding) => `${binding.keys} ${binding.action === 'answer' ? binding.label : binding.action}`);
  return `${prompt.expects}: ${[...entry, ...keys].join(', ')}`;
}
