/**
 * A lesson prepared for running: every item, practice and instrument block
 * found once, with its step and the `<Show when>` conditions around it.
 *
 * @module
 */

import type {
  Block,
  Condition,
  InstrumentBlock,
  InstrumentDefinition,
  Item,
  ItemRef,
  Lesson,
  PracticeBlock,
  Step,
} from '@copekit/schema';
import { SessionError } from '../session/session-error.js';
import { conditionRefs } from '../conditions/condition-refs.js';

/** An answerable item and where it sits. */
export interface ItemEntry {
  item: Item;
  /** Index of its step. */
  step: number;
  /** The conditions of the `<Show>` blocks around it, outermost first. */
  when: readonly Condition[];
  /** The instrument block it belongs to. */
  instrument: InstrumentEntry | undefined;
}

/** A practice and where it sits. */
export interface PracticeEntry {
  block: PracticeBlock;
  step: number;
  when: readonly Condition[];
}

/** An instrument block, its definition and its items. */
export interface InstrumentEntry {
  block: InstrumentBlock;
  definition: InstrumentDefinition;
  step: number;
  when: readonly Condition[];
  items: ItemEntry[];
}

/** A step and what it holds. */
export interface StepEntry {
  step: Step;
  index: number;
  /** Items in document order (instrument items included). */
  items: ItemEntry[];
  practices: PracticeEntry[];
  /** True when all its content sits in `<Show>` blocks, so it may have nothing to show. */
  conditional: boolean;
}

/** A lesson prepared for running. */
export interface LessonIndex {
  lesson: Lesson;
  steps: StepEntry[];
  stepIndex: ReadonlyMap<string, number>;
  items: ReadonlyMap<string, ItemEntry>;
  practices: ReadonlyMap<string, PracticeEntry>;
  instruments: ReadonlyMap<string, InstrumentEntry>;
  /** References to other lessons' items (`lesson-id.item-id`) made by its conditions. */
  externalRefs: ItemRef[];
}

/**
 * Indexes a lesson. Throws a `SessionError` (`invalid-bundle`) when the lesson
 * repeats an id or names an instrument the bundle does not define.
 */
export function indexLesson(lesson: Lesson, instruments: ReadonlyMap<string, InstrumentDefinition>): LessonIndex {
  const index: LessonIndex = {
    lesson,
    steps: [],
    stepIndex: new Map(),
    items: new Map(),
    practices: new Map(),
    instruments: new Map(),
    externalRefs: [],
  };
  const conditions: Condition[] = [];
  lesson.steps.forEach((step, position) => {
    if (index.stepIndex.has(step.id)) invalid(lesson, `repeats the step id \`${step.id}\``);
    (index.stepIndex as Map<string, number>).set(step.id, position);
    const entry: StepEntry = {
      step,
      index: position,
      items: [],
      practices: [],
      conditional: !step.blocks.some((block) => block.type !== 'show' && block.type !== 'coach-note'),
    };
    index.steps.push(entry);
    walk(step.blocks, [], { index, entry, instruments, conditions });
  });
  const seen = new Set<string>();
  for (const condition of conditions) {
    for (const ref of conditionRefs(condition)) {
      if (ref.lesson === undefined || ref.lesson === lesson.id) continue;
      const key = `${ref.lesson}.${ref.item}`;
      if (!seen.has(key)) index.externalRefs.push(ref);
      seen.add(key);
    }
  }
  return index;
}

interface WalkState {
  index: LessonIndex;
  entry: StepEntry;
  instruments: ReadonlyMap<string, InstrumentDefinition>;
  conditions: Condition[];
}

function walk(blocks: readonly Block[], when: readonly Condition[], state: WalkState): void {
  for (const block of blocks) {
    if (block.type === 'show') {
      state.conditions.push(block.when);
      walk(block.blocks, [...when, block.when], state);
    } else if (block.type === 'item') {
      addItem(block, when, undefined, state);
    } else if (block.type === 'practice') {
      const { index, entry } = state;
      claim(index, block.id);
      const practice: PracticeEntry = { block, step: entry.index, when };
      (index.practices as Map<string, PracticeEntry>).set(block.id, practice);
      entry.practices.push(practice);
    } else if (block.type === 'instrument') {
      addInstrument(block, when, state);
    }
  }
}

function addInstrument(block: InstrumentBlock, when: readonly Condition[], state: WalkState): void {
  const { index, entry } = state;
  const definition = state.instruments.get(block.ref);
  if (definition === undefined) invalid(index.lesson, `uses the instrument \`${block.ref}\`, which the bundle does not define`);
  claim(index, block.id);
  const instrument: InstrumentEntry = { block, definition, step: entry.index, when, items: [] };
  (index.instruments as Map<string, InstrumentEntry>).set(block.id, instrument);
  for (const item of block.items) {
    const defined = definition.items.find((candidate) => candidate.id === item.instrument?.item);
    if (defined?.risk !== undefined && item.risk === undefined) {
      invalid(index.lesson, `asks \`${item.id}\` without the risk rule \`${defined.risk}\` of ${definition.id}; rebuild the bundle`);
    }
    instrument.items.push(addItem(item, when, instrument, state));
  }
}

function addItem(item: Item, when: readonly Condition[], instrument: InstrumentEntry | undefined, state: WalkState): ItemEntry {
  const { index, entry } = state;
  claim(index, item.id);
  const itemEntry: ItemEntry = { item, step: entry.index, when, instrument };
  (index.items as Map<string, ItemEntry>).set(item.id, itemEntry);
  entry.items.push(itemEntry);
  if (item.risk !== undefined) state.conditions.push(item.risk);
  return itemEntry;
}

function claim(index: LessonIndex, id: string): void {
  if (index.items.has(id) || index.practices.has(id) || index.instruments.has(id)) {
    invalid(index.lesson, `repeats the id \`${id}\``);
  }
}

function invalid(lesson: Lesson, problem: string): never {
  throw new SessionError('invalid-bundle', `Lesson \`${lesson.id}\` ${problem}. Compile the curriculum with @copekit/compiler.`);
}
