/**
 * Renders a frame as a telephone prompt: SSML to speak, and the keys it
 * accepts.
 *
 * @module
 */

import type { Frame, FrameBlock, FrameCrisis } from '@copekit/engine';
import { currentTask, frameItems, instrumentOf, sameStep, type CurrentTask } from '@copekit/engine/frames';
import { keyMap, type KeyMap, type VoiceExpects } from '../keys/key-map.js';
import { speakCrisis } from '../speech/speak-crisis.js';
import { speakItem, spokenValue } from '../speech/speak-item.js';
import { speakKeyTail } from '../speech/speak-keys.js';
import { speakCues } from '../speech/speak-practice.js';
import { speakProse } from '../speech/speak-prose.js';
import { say, type Speech } from '../speech/speech.js';
import { toSsml } from '../speech/to-ssml.js';
import { toText } from '../speech/to-text.js';

/** A prompt to play, and the keys to collect after it. */
export interface VoicePrompt {
  /** An SSML 1.1 `<speak>` document. */
  ssml: string;
  /** The same words as plain text, for logs and captions. */
  text: string;
  /** What the prompt waits for. */
  expects: VoiceExpects;
  /** The keys it accepts. */
  keys: KeyMap;
  /** The item asked, if any (the item a `recording` answers). */
  item: string | null;
}

/** Options of {@link renderVoice}. */
export interface RenderVoiceOptions {
  /**
   * The frame prompted before this one. When both show the same step, its
   * title and the text already spoken are not repeated; crisis resources
   * always are. Without it the lesson title is said first.
   */
  previous?: Frame | null;
  /** `xml:lang` of the SSML; the curriculum's locale. Default `en-US`. */
  lang?: string;
}

/**
 * The prompt for `frame`: crisis resources first and in full, the step's
 * title and text, then one question (the frame's `focus`) with its keys, or
 * a practice (its cues separated by pauses timed from the cue times), and a
 * short tail naming the other keys. Coach notes are not spoken.
 *
 * @example
 * ```ts
 * import { renderVoice } from '@copekit/voice';
 *
 * const frame = session.getFrame();
 * const prompt = renderVoice(frame, { lang: bundle.curriculum.locale });
 * prompt.expects; // => 'digits'
 * telephony.play(prompt.ssml); // then collect keys until `keysComplete(prompt, keys)` and call `parseKeys(frame, keys)`
 * ```
 */
export function renderVoice(frame: Frame, options: RenderVoiceOptions = {}): VoicePrompt {
  const keys = keyMap(frame);
  const fresh = !sameStep(options.previous, frame);
  const speech = promptSpeech(frame, keys, { fresh, title: !options.previous, shown: fresh ? [] : (options.previous?.blocks ?? []) });
  const task = currentTask(frame);
  return {
    ssml: toSsml(speech, options.lang ?? 'en-US'),
    text: toText(speech),
    expects: keys.expects,
    keys,
    item: task.kind === 'item' ? task.item.id : null,
  };
}

/** What a prompt includes besides the crisis resources, the task and the key tail. */
export interface PromptParts {
  /** Say the step's title (a new step). */
  fresh: boolean;
  /** Say the lesson's title (the first prompt of a call). */
  title: boolean;
  /** Blocks already spoken, whose text is not said again. */
  shown: readonly FrameBlock[];
}

/**
 * Everything a prompt says: crisis resources, titles, the step's new text,
 * the task, and the key tail.
 *
 * @example
 * ```ts
 * toText(promptSpeech(frame, keyMap(frame), { fresh: true, title: false, shown: [] })); // => 'Pain.\nHow strong was your pain today…'
 * ```
 */
export function promptSpeech(frame: Frame, keys: KeyMap, parts: PromptParts): Speech {
  const crisis = frame.blocks.find((block): block is FrameCrisis => block.type === 'crisis');
  const speech: Speech = crisis === undefined ? [] : speakCrisis(crisis);
  if (parts.title) speech.push([{ type: 'emphasis', text: sentence(frame.lesson.title), level: 'moderate' }]);
  if (frame.step !== null && parts.fresh && frame.step.title !== undefined && frame.status === 'active') {
    speech.push([{ type: 'emphasis', text: sentence(frame.step.title), level: 'moderate' }]);
  }
  if (frame.status === 'active') speech.push(...newSpeech(frame.blocks, parts.shown));
  return [...speech, ...questionSpeech(frame, keys, parts.fresh)];
}

/**
 * The current task (question, practice, or nothing) and the key tail: what
 * a re-prompt says after its first sentence.
 */
export function questionSpeech(frame: Frame, keys: KeyMap, fresh = false): Speech {
  return [...taskSpeech(frame, currentTask(frame), keys, fresh), speakKeyTail(keys)];
}

/** A title said as a sentence: with a full stop unless it ends in punctuation. */
function sentence(title: string): string {
  return /[.!?]$/.test(title) ? title : `${title}.`;
}

/** Prose and homework not already in `shown`. */
function newSpeech(blocks: readonly FrameBlock[], shown: readonly FrameBlock[]): Speech {
  const before = new Set(shown.flatMap((block) => (block.type === 'prose' || block.type === 'homework' ? [block.text] : [])));
  return blocks.flatMap((block): Speech => {
    if ((block.type !== 'prose' && block.type !== 'homework') || before.has(block.text)) return [];
    if (block.type === 'prose') return speakProse(block.content);
    const times = `${block.times} ${block.times === 1 ? 'time' : 'times'} a ${block.per}, for ${block.days} days`;
    return [...speakProse(block.content), say(`Your plan: ${times}.`)];
  });
}

function taskSpeech(frame: Frame, task: CurrentTask, keys: KeyMap, fresh: boolean): Speech {
  switch (task.kind) {
    case 'item': {
      const instrument = instrumentOf(frame, task.item.id);
      const first = instrument?.instructions !== undefined && (fresh || instrument.items[0]?.id === task.item.id);
      return [...(first ? [say(instrument.instructions!)] : []), ...speakItem(task.item, keys)];
    }
    case 'practice': {
      const { practice } = task;
      if (practice.status === 'running') return [say(sentence(practice.title)), ...speakCues(practice)];
      if (practice.status === 'paused') return [say(`${practice.title} is paused.`)];
      return [say(`${sentence(practice.title)} It takes about ${practice.minutes} ${practice.minutes === 1 ? 'minute' : 'minutes'}.`)];
    }
    case 'exited':
      return [say('You stopped here last time.')];
    case 'completed':
      return [say(`You have finished ${frame.lesson.title}. Thank you. Goodbye.`)];
    case 'continue':
      return frameItems(frame).flatMap((item) => {
        const answer = spokenValue(item);
        return answer === null ? [] : [say(`${item.label} You answered ${answer}.`)];
      });
  }
}
