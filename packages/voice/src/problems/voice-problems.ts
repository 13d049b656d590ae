/**
 * Checks that a lesson can be completed on a telephone keypad.
 *
 * @module
 */

import type { Block, Bundle, Item } from '@copekit/schema';
import { bundleItemShape, voiceEntry, type VoiceProblemCode } from '../keys/voice-entry.js';

/** An item that a voice line cannot handle well. */
export interface VoiceProblem {
  lesson: string;
  step: string;
  item: string;
  code: VoiceProblemCode;
  /** What is wrong and how to fix it. */
  message: string;
}

const messages: Record<VoiceProblemCode, string> = {
  'required-text': 'is required free text: on a voice line it can only be answered by an audio recording. Make it `optional`, or make sure the host records audio.',
  'required-unsupported':
    'is required but cannot be answered on a keypad (thought records, and multiple choices with more than 9 options). Make it `optional`, or keep the lesson off voice lines.',
  'negative-range': 'accepts numbers below 0, which a keypad cannot enter. Start the range at 0 or above.',
};

/**
 * The items of a lesson that keep it from being completed on a telephone
 * keypad, or degrade it; an empty list means the lesson is voice-ready.
 * Items inside `<Show>` and instrument items are checked too.
 * Throws for an unknown lesson id.
 *
 * @example
 * ```ts
 * import { voiceProblems } from '@copekit/voice';
 *
 * voiceProblems(bundle, 'daily-check-in'); // => []
 * voiceProblems(bundle, 'balanced-thoughts');
 * // => [{ lesson: 'balanced-thoughts', step: 'thought-record', item: 'thought-record', code: 'required-unsupported', message: '`thought-record` is required but …' }]
 * ```
 */
export function voiceProblems(bundle: Bundle, lessonId: string): VoiceProblem[] {
  const lesson = bundle.lessons.find((candidate) => candidate.id === lessonId);
  if (lesson === undefined) {
    throw new Error(`voiceProblems: no lesson \`${lessonId}\` in the bundle; it has ${bundle.lessons.map((one) => `\`${one.id}\``).join(', ')}.`);
  }
  return lesson.steps.flatMap((step) =>
    stepItems(step.blocks).flatMap((item): VoiceProblem[] => {
      const { problem } = voiceEntry(bundleItemShape(item));
      return problem === null ? [] : [{ lesson: lesson.id, step: step.id, item: item.id, code: problem, message: `\`${item.id}\` ${messages[problem]}` }];
    }),
  );
}

function stepItems(blocks: readonly Block[]): Item[] {
  return blocks.flatMap((block): Item[] => {
    if (block.type === 'item') return [block];
    if (block.type === 'instrument') return block.items;
    if (block.type === 'show') return stepItems(block.blocks);
    return [];
  });
}
