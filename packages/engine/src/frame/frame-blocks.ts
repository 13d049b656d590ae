/**
 * Turns a step's blocks into frame blocks: `<Show>` resolved, items with
 * their answers, practices with their timing, instruments with their score,
 * crisis blocks with the region's resources.
 *
 * @module
 */

import type { Block, InstrumentBlock, PracticeBlock } from '@copekit/schema';
import type { AnswerScope } from '../conditions/answer-scope.js';
import type { SessionContext } from '../core/session-context.js';
import type { LessonIndex } from '../lesson/lesson-index.js';
import { cueIndex, elapsedMs, practiceActions, practiceStatus } from '../practice/practice-progress.js';
import { frameItem } from './frame-item.js';
import type { FrameBlock, FrameCrisis, FrameInstrument, FramePractice } from './frame-types.js';

/** What frame blocks are built from. */
export interface BlockSource {
  lesson: LessonIndex;
  context: SessionContext;
  scope: AnswerScope;
  /** Whether coach notes are included (coach frames of guided sessions). */
  coachNotes: boolean;
  /** The crisis block to show for `<Crisis />`. */
  crisis: FrameCrisis;
  /** Clock time the frame is built at, for practice timing. */
  now: number;
}

/** The frame blocks of `blocks`, in order. */
export function frameBlocks(blocks: readonly Block[], source: BlockSource): FrameBlock[] {
  const out: FrameBlock[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'show':
        if (source.scope.holds(block.when, source.lesson)) out.push(...frameBlocks(block.blocks, source));
        break;
      case 'coach-note':
        if (source.coachNotes) out.push({ type: 'coach-note', content: block.content, text: block.text });
        break;
      case 'prose':
        out.push({ type: 'prose', content: block.content, text: block.text });
        break;
      case 'item':
        out.push({ type: 'item', ...itemOf(block.id, source) });
        break;
      case 'instrument':
        out.push(instrumentBlock(block, source));
        break;
      case 'practice':
        out.push(practiceBlock(block, source));
        break;
      case 'homework': {
        const { id, skill, per, times, days, content, text } = block;
        out.push({ type: 'homework', id, skill, per, times, days, content, text });
        break;
      }
      case 'crisis':
        out.push(source.crisis);
        break;
    }
  }
  return out;
}

function itemOf(id: string, source: BlockSource) {
  const lesson = source.lesson.lesson.id;
  const entry = source.lesson.items.get(id)!;
  const skipped = source.context.skipped[lesson]?.includes(id) ?? false;
  return frameItem(entry.item, source.context.answers[lesson]?.[id], skipped);
}

function instrumentBlock(block: InstrumentBlock, source: BlockSource): FrameInstrument {
  const entry = source.lesson.instruments.get(block.id)!;
  const score = source.scope.score(entry, source.lesson);
  const frame: FrameInstrument = {
    type: 'instrument',
    id: block.id,
    ref: block.ref,
    title: entry.definition.title,
    items: block.items.map((item) => itemOf(item.id, source)),
    score: score === undefined ? null : { value: score.value, band: score.band && { id: score.band.id, label: score.band.label }, positive: score.positive },
  };
  if (block.instructions !== undefined) frame.instructions = block.instructions;
  return frame;
}

function practiceBlock(block: PracticeBlock, source: BlockSource): FramePractice {
  const state = source.context.practices[source.lesson.lesson.id]?.[block.id];
  const elapsed = elapsedMs(state, source.now);
  const status = practiceStatus(state);
  return {
    type: 'practice',
    id: block.id,
    title: block.title,
    minutes: block.minutes,
    cues: block.cues,
    status,
    elapsed: elapsed / 1000,
    cue: status === 'ready' ? -1 : cueIndex(block, elapsed),
    actions: practiceActions(status),
  };
}
