/**
 * What conditions see: the answers of visible items, instrument scores, and
 * answers from earlier lessons. Visibility is decided in document order, so
 * a hidden item's answer is kept (it comes back if the item is shown again)
 * but reads as unanswered while hidden.
 *
 * @module
 */

import type { AnswerValue, AnswersByLesson, Condition, ItemRef } from '@copekit/schema';
import type { InstrumentEntry, LessonIndex } from '../lesson/lesson-index.js';
import { scoreInstrument, type Score } from '../answers/score-instrument.js';
import { evaluateCondition, type Lookup } from './evaluate.js';

/** The answers a scope reads. */
export interface ScopeData {
  readonly answers: AnswersByLesson;
  readonly prior: AnswersByLesson;
}

/** Something that may sit inside `<Show>` blocks. */
export interface Guarded {
  readonly when: readonly Condition[];
}

/**
 * Evaluates conditions for one session state. Create one per state: results are
 * memoised, and a reference cycle (which the compiler forbids) reads as hidden.
 */
export class AnswerScope {
  readonly #lessons: readonly LessonIndex[];
  readonly #data: ScopeData;
  #visible: Map<Guarded, boolean> | undefined;
  #lookups: Map<LessonIndex, Lookup> | undefined;

  /** `lessons`: the session's lessons (the lesson and the safety lesson), whose answers are live. */
  constructor(lessons: readonly LessonIndex[], data: ScopeData) {
    this.#lessons = lessons;
    this.#data = data;
  }

  /** Whether every `<Show>` condition around `entry` (in `lesson`) holds. */
  visible(entry: Guarded, lesson: LessonIndex): boolean {
    if (entry.when.length === 0) return true;
    const memo = (this.#visible ??= new Map());
    const known = memo.get(entry);
    if (known !== undefined) return known;
    memo.set(entry, false);
    const visible = entry.when.every((condition) => this.holds(condition, lesson));
    memo.set(entry, visible);
    return visible;
  }

  /** Whether `condition`, written in `lesson`, holds. */
  holds(condition: Condition, lesson: LessonIndex): boolean {
    return evaluateCondition(condition, this.lookup(lesson));
  }

  /** The score of a visible, fully answered instrument block. */
  score(entry: InstrumentEntry, lesson: LessonIndex): Score | undefined {
    if (!this.visible(entry, lesson)) return undefined;
    return scoreInstrument(entry, this.#data.answers[lesson.lesson.id]);
  }

  /** The value a reference written in `lesson` reads. */
  lookup(lesson: LessonIndex): Lookup {
    const lookups = (this.#lookups ??= new Map());
    let lookup = lookups.get(lesson);
    if (lookup === undefined) {
      lookup = (ref: ItemRef) => this.#read(ref, lesson);
      lookups.set(lesson, lookup);
    }
    return lookup;
  }

  #read(ref: ItemRef, from: LessonIndex): AnswerValue | undefined {
    const id = ref.lesson ?? from.lesson.id;
    const lesson = id === from.lesson.id ? from : this.#lessons.find((candidate) => candidate.lesson.id === id);
    if (lesson === undefined) return this.#data.prior[id]?.[ref.item];
    const item = lesson.items.get(ref.item);
    if (item !== undefined) {
      return this.visible(item, lesson) ? this.#data.answers[id]?.[ref.item] : undefined;
    }
    const instrument = lesson.instruments.get(ref.item);
    return instrument === undefined ? undefined : this.score(instrument, lesson)?.value;
  }
}
