/**
 * Parses the keys pressed after a prompt into a session event.
 *
 * @module
 */

import type { AnswerValue, Frame, SessionEvent } from '@copekit/engine';
import { promptSpeech, questionSpeech } from '../render/render-voice.js';
import { speakCrisis } from '../speech/speak-crisis.js';
import { speakHelp, speakKeyTail } from '../speech/speak-keys.js';
import { say, type Speech } from '../speech/speech.js';
import { toSsml } from '../speech/to-ssml.js';
import { toText } from '../speech/to-text.js';
import { keyMap, type DigitEntry } from './key-map.js';
import { commandKeys } from './key-plan.js';

/** Why keys gave no event. */
export type VoiceRepromptReason =
  /** `*`: the prompt again. */
  | 'repeat'
  /** `*0`: every key that works now. */
  | 'help'
  /** The crisis numbers again. */
  | 'crisis'
  /** Nothing was pressed (the host timed out). */
  | 'no-input'
  /** Keys that mean nothing on this prompt. */
  | 'unclear'
  /** Digits without the closing `#`. */
  | 'unfinished'
  /** A number outside the range, or an option number that does not exist. */
  | 'out-of-range'
  /** A command key that does not apply now (back on the first step, go on before answering, skip on a required question). */
  | 'not-allowed';

/** Options of {@link parseKeys}. */
export interface ParseKeysOptions {
  /** `xml:lang` of the re-prompt SSML. Default `en-US`. */
  lang?: string;
}

/** The outcome of {@link parseKeys}: an event to send, or SSML to speak instead (and its plain text). */
export type KeysResult = { event: SessionEvent } | { reprompt: string; text: string; reason: VoiceRepromptReason };

const notAllowed: Record<string, string> = {
  [commandKeys.back]: 'You cannot go back from here.',
  [commandKeys.next]: 'Please answer the question first.',
  [commandKeys.skip]: 'This question cannot be skipped.',
};

/**
 * Parses `keys` (the whole sequence the host collected, e.g. `7#`, `2`,
 * `*7`) pressed after the prompt for `frame`. Exact bindings come first;
 * then digits ended by `#` are read as the answer the prompt asked for.
 * Anything else gets a spoken re-prompt that repeats the question and its
 * keys; nothing is guessed. `*` repeats the whole step, `*0` speaks every
 * key, and on a crisis step `1` speaks the crisis resources again.
 *
 * @example
 * ```ts
 * import { parseKeys } from '@copekit/voice';
 *
 * parseKeys(frame, '10#'); // => { event: { type: 'answer', item: 'pain-today', value: 10 } }
 * parseKeys(frame, '*7'); // => { event: { type: 'back' } }
 * parseKeys(frame, '11#'); // => { reprompt: '<speak …><p>Sorry, 11 is out of range.</p>…</speak>', text: 'Sorry, 11 is out of range.\n…', reason: 'out-of-range' }
 * ```
 */
export function parseKeys(frame: Frame, keys: string, options: ParseKeysOptions = {}): KeysResult {
  const map = keyMap(frame);
  const pressed = keys.replace(/\s+/g, '');
  const speak = (reason: VoiceRepromptReason, speech: Speech): KeysResult => ({ reprompt: toSsml(speech, options.lang ?? 'en-US'), text: toText(speech), reason });
  const again = (reason: VoiceRepromptReason, lead: string): KeysResult => speak(reason, [say(lead), ...questionSpeech(frame, map)]);
  if (pressed === '') return again('no-input', 'Sorry, I did not hear a key.');
  const binding = map.bindings.find((candidate) => candidate.keys === pressed);
  if (binding !== undefined) {
    if (binding.event !== null) return { event: binding.event };
    if (binding.action === 'help') return speak('help', speakHelp(map));
    if (binding.action === 'crisis') {
      const crisis = frame.blocks.find((block) => block.type === 'crisis');
      return speak('crisis', [...(crisis === undefined ? [] : speakCrisis(crisis)), speakKeyTail(map)]);
    }
    return speak('repeat', promptSpeech(frame, map, { fresh: true, title: false, shown: [] }));
  }
  if (pressed in notAllowed) return again('not-allowed', notAllowed[pressed]!);
  if (map.digits !== null) {
    if (/^\d+$/.test(pressed)) return again('unfinished', 'Please press pound after your answer.');
    if (/^\d+#$/.test(pressed)) {
      const reading = readDigits(map.digits, pressed.slice(0, -1));
      if ('problem' in reading) return again('out-of-range', reading.problem);
      return { event: { type: 'answer', item: map.digits.item, value: reading.value } };
    }
  }
  if (map.expects === 'choice' && /^\d$/.test(pressed)) return again('out-of-range', `Sorry, ${pressed} is not one of the choices.`);
  return again('unclear', 'Sorry, those keys do not work here.');
}

/** The answer digits stand for, or why they do not fit (as the re-prompt's first sentence). */
function readDigits(entry: DigitEntry, digits: string): { value: AnswerValue } | { problem: string } {
  switch (entry.kind) {
    case 'number': {
      const value = Number(digits);
      if ((entry.min !== null && value < entry.min) || (entry.max !== null && value > entry.max)) return { problem: `Sorry, ${value} is out of range.` };
      return { value };
    }
    case 'option': {
      const option = entry.options[Number(digits) - 1];
      return option === undefined ? { problem: `Sorry, ${Number(digits)} is not one of the choices.` } : { value: option.value };
    }
    case 'options': {
      const chosen = [...new Set(digits.split('').map(Number))].sort((a, b) => a - b);
      const missing = chosen.find((number) => entry.options[number - 1] === undefined);
      if (missing !== undefined) return { problem: `Sorry, ${missing} is not one of the choices.` };
      return { value: chosen.map((number) => entry.options[number - 1]!.value) };
    }
  }
}
