/**
 * The keys a prompt accepts: which key sequence does what, and what an
 * entry of digits means.
 *
 * @module
 */

import type { Frame, FrameItem, PracticeEventType, SessionEvent } from '@copekit/engine';
import { currentTask } from '@copekit/engine/frames';
import { CRISIS_AGAIN_KEY, commandKeys, practiceKeys, RESUME_KEY } from './key-plan.js';
import { frameItemShape, voiceEntry } from './voice-entry.js';

/** What a prompt waits for: one key per option, digits then `#`, an audio recording by the host, practice keys, or only commands. */
export type VoiceExpects = 'choice' | 'digits' | 'recording' | 'practice' | 'none';

/** What a key binding does. */
export type KeyAction = 'answer' | 'repeat' | 'help' | 'skip' | 'back' | 'next' | 'acknowledge' | 'crisis' | 'resume' | PracticeEventType;

/** One exact key sequence and what it does. */
export interface KeyBinding {
  /** The keys, e.g. `1`, `*7`. */
  keys: string;
  action: KeyAction;
  /** What it does, in words the prompt speaks: an option's label, or `go back`. */
  label: string;
  /** The event it sends, or `null` for keys that only speak (repeat, help, crisis). */
  event: SessionEvent | null;
}

/** What digits ended by `#` mean on this prompt. */
export type DigitEntry =
  /** The digits are the answer (ratings, numbers), within `min`–`max` when set. */
  | { kind: 'number'; item: string; min: number | null; max: number | null }
  /** The digits are one option's number, from 1 (single choices with more than 9 options). */
  | { kind: 'option'; item: string; options: { value: string | number; label: string }[] }
  /** Each digit is one chosen option's number, from 1 (multiple choices). */
  | { kind: 'options'; item: string; options: { value: string; label: string }[] };

/** The keys of a prompt. */
export interface KeyMap {
  expects: VoiceExpects;
  /** Exact key sequences, none a prefix of another except the lone `*`. */
  bindings: KeyBinding[];
  /** The meaning of digits then `#`, or `null` when no entry of digits is expected. */
  digits: DigitEntry | null;
}

const practiceLabels: Record<PracticeEventType, string> = {
  'practice.start': 'start the practice',
  'practice.resume': 'carry on with the practice',
  'practice.pause': 'pause',
  'practice.complete': 'finish the practice',
};

const practiceKey: Record<PracticeEventType, string> = {
  'practice.start': practiceKeys.start,
  'practice.resume': practiceKeys.start,
  'practice.pause': practiceKeys.pause,
  'practice.complete': practiceKeys.finish,
};

/**
 * The keys that work on `frame` now, following the key plan (see `key-plan.ts`).
 *
 * @example
 * ```ts
 * keyMap(frame).bindings.map((binding) => binding.keys); // => ['*', '*0', '1', '2', '*7'] for a yes/no question on a second step
 * ```
 */
export function keyMap(frame: Frame): KeyMap {
  const task = currentTask(frame);
  const bindings: KeyBinding[] = [{ keys: commandKeys.repeat, action: 'repeat', label: 'hear this again', event: null }];
  if (task.kind === 'completed') return { expects: 'none', bindings, digits: null };
  bindings.push({ keys: commandKeys.help, action: 'help', label: 'hear all the keys', event: null });
  if (task.kind === 'exited') {
    bindings.push({ keys: RESUME_KEY, action: 'resume', label: 'carry on where you left off', event: { type: 'resume' } });
    return { expects: 'none', bindings, digits: null };
  }
  let expects: VoiceExpects = 'none';
  let digits: DigitEntry | null = null;
  if (task.kind === 'item') {
    ({ expects, digits } = itemKeys(task.item, bindings));
    if (task.item.optional && task.item.status !== 'skipped') {
      bindings.push({ keys: commandKeys.skip, action: 'skip', label: 'skip this question', event: { type: 'skip', item: task.item.id } });
    }
  } else if (task.kind === 'practice') {
    expects = 'practice';
    for (const type of task.practice.actions) {
      bindings.push({ keys: practiceKey[type], action: type, label: practiceLabels[type], event: { type, practice: task.practice.id } });
    }
  } else if (frame.blocks.some((block) => block.type === 'crisis')) {
    bindings.push({ keys: CRISIS_AGAIN_KEY, action: 'crisis', label: 'hear these numbers again', event: null });
  }
  if (frame.actions.includes('back')) bindings.push({ keys: commandKeys.back, action: 'back', label: 'go back', event: { type: 'back' } });
  if (frame.actions.includes('acknowledge')) {
    bindings.push({ keys: commandKeys.next, action: 'acknowledge', label: 'confirm you have the numbers and go back to your lesson', event: { type: 'acknowledge' } });
  } else if (frame.actions.includes('next')) {
    const label = task.kind === 'item' && task.item.value !== null ? 'keep this answer and go on' : 'go on';
    bindings.push({ keys: commandKeys.next, action: 'next', label, event: { type: 'next' } });
  }
  return { expects, bindings, digits };
}

/** Adds the answer keys of `item` and says what the prompt expects. */
function itemKeys(item: FrameItem, bindings: KeyBinding[]): { expects: VoiceExpects; digits: DigitEntry | null } {
  const { entry } = voiceEntry(frameItemShape(item));
  switch (entry) {
    case 'choice': {
      const options = item.kind === 'choice' ? item.constraints.options : item.kind === 'scale' ? item.constraints.points : [];
      options.forEach((option, index) => {
        bindings.push({ keys: String(index + 1), action: 'answer', label: option.label, event: { type: 'answer', item: item.id, value: option.value } });
      });
      return { expects: 'choice', digits: null };
    }
    case 'digits':
      return { expects: 'digits', digits: digitEntry(item) };
    case 'recording':
      return { expects: 'recording', digits: null };
    case 'unsupported':
      return { expects: 'none', digits: null };
  }
}

function digitEntry(item: FrameItem): DigitEntry | null {
  switch (item.kind) {
    case 'rating':
      return { kind: 'number', item: item.id, min: item.constraints.min, max: item.constraints.max };
    case 'number':
      return { kind: 'number', item: item.id, min: item.constraints.min ?? null, max: item.constraints.max ?? null };
    case 'scale':
      return { kind: 'option', item: item.id, options: item.constraints.points };
    case 'choice':
      return { kind: item.constraints.multiple ? 'options' : 'option', item: item.id, options: item.constraints.options };
    default:
      return null;
  }
}
