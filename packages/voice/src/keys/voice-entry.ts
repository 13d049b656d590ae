/**
 * How an item can be answered on a telephone keypad, and when it cannot.
 *
 * @module
 */

import type { FrameItem } from '@copekit/engine';
import type { Item } from '@copekit/schema';
import { MAX_SINGLE_KEY_OPTIONS } from './key-plan.js';

/**
 * How an item is answered by phone:
 * `choice` one key per option; `digits` digits then `#`; `recording` the host
 * records the answer as audio; `unsupported` it cannot be answered by phone
 * (thought records, multiple choices with more than 9 options).
 */
export type VoiceEntry = 'choice' | 'digits' | 'recording' | 'unsupported';

/** Why an item is a problem on a voice line. */
export type VoiceProblemCode =
  /** A required free-text item: a host without audio recording cannot complete the lesson. */
  | 'required-text'
  /** A required item the keypad cannot answer (a thought record, a multiple choice with more than 9 options). */
  | 'required-unsupported'
  /** A rating or number whose range goes below 0: the keypad has no minus sign. */
  | 'negative-range';

/** What decides an item's entry: its kind, whether it is optional, its options and its lowest value. */
export interface ItemShape {
  kind: Item['kind'];
  optional: boolean;
  multiple: boolean;
  options: number;
  min?: number;
}

/**
 * The entry an item takes by phone, and the problem it raises, if any.
 *
 * @example
 * ```ts
 * voiceEntry({ kind: 'text', optional: false, multiple: false, options: 0 }); // => { entry: 'recording', problem: 'required-text' }
 * ```
 */
export function voiceEntry(shape: ItemShape): { entry: VoiceEntry; problem: VoiceProblemCode | null } {
  switch (shape.kind) {
    case 'rating':
    case 'number':
      return { entry: 'digits', problem: shape.min !== undefined && shape.min < 0 ? 'negative-range' : null };
    case 'scale':
    case 'choice': {
      if (shape.multiple) {
        if (shape.options <= MAX_SINGLE_KEY_OPTIONS) return { entry: 'digits', problem: null };
        return { entry: 'unsupported', problem: shape.optional ? null : 'required-unsupported' };
      }
      return { entry: shape.options <= MAX_SINGLE_KEY_OPTIONS ? 'choice' : 'digits', problem: null };
    }
    case 'text':
      return { entry: 'recording', problem: shape.optional ? null : 'required-text' };
    case 'thought-record':
      return { entry: 'unsupported', problem: shape.optional ? null : 'required-unsupported' };
  }
}

/**
 * The shape of a frame item.
 *
 * @example
 * ```ts
 * frameItemShape(painItem); // => { kind: 'rating', optional: false, multiple: false, options: 0, min: 0 }
 * ```
 */
export function frameItemShape(item: FrameItem): ItemShape {
  const base = { kind: item.kind, optional: item.optional, multiple: false, options: 0 };
  switch (item.kind) {
    case 'rating':
      return { ...base, min: item.constraints.min };
    case 'number':
      return item.constraints.min === undefined ? base : { ...base, min: item.constraints.min };
    case 'choice':
      return { ...base, multiple: item.constraints.multiple, options: item.constraints.options.length };
    case 'scale':
      return { ...base, options: item.constraints.points.length };
    default:
      return base;
  }
}

/** The shape of a bundle item. */
export function bundleItemShape(item: Item): ItemShape {
  const base = { kind: item.kind, optional: item.optional, multiple: false, options: 0 };
  switch (item.kind) {
    case 'rating':
      return { ...base, min: item.min };
    case 'number':
      return item.min === undefined ? base : { ...base, min: item.min };
    case 'choice':
      return { ...base, multiple: item.multiple, options: item.options.length };
    case 'scale':
      return { ...base, options: item.points.length };
    default:
      return base;
  }
}
