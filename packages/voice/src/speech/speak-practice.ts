/**
 * A guided practice as speech: its cues with pauses between them, timed
 * from the cue times.
 *
 * @module
 */

import type { FramePractice } from '@copekit/engine';
import type { SpeechParagraph } from './speech.js';

/** Speaking rate used to estimate how long a cue takes to say: 150 words a minute. */
export const WORDS_PER_SECOND = 2.5;

/** The shortest pause left between two cues, in seconds. */
export const MIN_CUE_PAUSE = 1;

/**
 * Estimated seconds to say `text` at {@link WORDS_PER_SECOND}.
 *
 * @example
 * ```ts
 * speakingSeconds('Take a slow breath in.'); // => 2
 * ```
 */
export function speakingSeconds(text: string): number {
  const words = text.split(/\s+/).filter((word) => word !== '').length;
  return Math.round((words / WORDS_PER_SECOND) * 10) / 10;
}

/**
 * The cues of a running practice from the latest one reached (all of them at
 * the start), one paragraph each, each followed by a pause that lasts until
 * the next cue's time (the time to say the cue taken off, at least one
 * second). The last cue's pause runs to the end of the practice's minutes.
 *
 * @example
 * ```ts
 * speakCues(breathing)[0]; // => [{ type: 'text', text: 'Sit so you feel steady. Let your shoulders drop.' }, { type: 'pause', seconds: 16 }]
 * ```
 */
export function speakCues(practice: FramePractice): SpeechParagraph[] {
  const from = Math.max(0, practice.cue);
  const cues = practice.cues.slice(from);
  return cues.map((cue, index) => {
    const until = cues[index + 1]?.at ?? Math.max(practice.minutes * 60, cue.at);
    const seconds = Math.max(MIN_CUE_PAUSE, Math.round(until - cue.at - speakingSeconds(cue.text)));
    return [
      { type: 'text', text: cue.text },
      { type: 'pause', seconds },
    ];
  });
}
