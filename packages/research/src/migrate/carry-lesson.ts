/**
 * Carries the answers, skipped items and practice progress a session holds for
 * one lesson from its old version to its new one, by stable ids.
 *
 * @module
 */

import type { AnswerValue, PracticeState, SessionMigratedPayload, SessionState } from '@copekit/schema';
import { validateAnswer } from '@copekit/engine/snapshot';
import { sameJson } from '../json/canonical-json.js';
import type { LessonOutline } from './lesson-outline.js';
import type { MigrationErrorCode } from './migration-error.js';
import type { LessonMigration } from './types.js';

/** A reason the migration is refused. */
export interface MigrationProblem {
  code: MigrationErrorCode;
  message: string;
}

/** One lesson in both versions, with the map's rules for it and where the rules live in the map. */
export interface LessonPair {
  old: LessonOutline;
  now: LessonOutline;
  rules: LessonMigration | undefined;
  /** `lesson` or `safety`: the map key of `rules`. */
  key: 'lesson' | 'safety';
  /** Versions, for messages. */
  from: string;
  to: string;
}

/** The lesson's part of the new state and what changed. */
export interface CarriedLesson {
  answers: { [item: string]: AnswerValue };
  skipped: string[];
  practices: { [practice: string]: PracticeState };
  changes: Pick<SessionMigratedPayload, 'answers' | 'skipped' | 'practices'>;
}

/**
 * The new-version state of `pair`'s lesson from the old `state`. Problems
 * (answers the new items do not accept without a rule) are added to `problems`.
 *
 * @example
 * ```ts
 * const carried = carryLesson(pair, snapshot.state, problems);
 * carried.changes.answers; // [{ lesson: 'daily-check-in', item: 'steps', to: null, previous: 4000, value: null }]
 * ```
 */
export function carryLesson(pair: LessonPair, state: SessionState, problems: MigrationProblem[]): CarriedLesson {
  const { old, now, rules } = pair;
  const lesson = old.lesson.id;
  const carried: CarriedLesson = { answers: {}, skipped: [], practices: {}, changes: { answers: [], skipped: [], practices: [] } };
  const rule = (item: string) => rules?.items?.[item];
  for (const [item, previous] of Object.entries(state.answers[lesson] ?? {})) {
    const target = rule(item)?.to ?? item;
    const next = now.items.get(target);
    const convert = rule(item)?.value;
    const value = next === undefined ? null : convert === undefined ? previous : convert(previous);
    if (next === undefined || value === null) {
      carried.changes.answers.push({ lesson, item, to: null, previous, value: null });
      continue;
    }
    const where = `\`${pair.key}.items['${item}']\``;
    const kind = old.items.get(item)?.item.kind;
    if (convert === undefined && kind !== next.item.kind) {
      problems.push({
        code: 'item-type-changed',
        message: `\`${item}\` (${lesson}) was a ${kind ?? 'unknown'} item in ${pair.from} and is a ${next.item.kind} item in ${pair.to}; add ${where}.value to convert its answer ${JSON.stringify(previous)}, or return null to drop it.`,
      });
      continue;
    }
    const problem = validateAnswer(next.item, value);
    if (problem !== null) {
      const fix = convert === undefined ? `add ${where}.value to convert it, or return null to drop it` : `fix ${where}.value`;
      problems.push({ code: 'answer-invalid', message: `In ${pair.to}, ${problem.message.slice(0, -1)} (${lesson}, answer ${JSON.stringify(previous)}): ${fix}.` });
      continue;
    }
    if (carried.answers[target] !== undefined) {
      problems.push({ code: 'invalid-map', message: `Two answers of ${lesson} would go to \`${target}\`: map each item to its own item.` });
      continue;
    }
    carried.answers[target] = value;
    if (target !== item || !sameJson(value, previous)) carried.changes.answers.push({ lesson, item, to: target, previous, value });
  }
  for (const item of state.skipped[lesson] ?? []) {
    const target = rule(item)?.to ?? item;
    const keep = now.items.get(target)?.item.optional === true && carried.answers[target] === undefined && !carried.skipped.includes(target);
    if (keep) carried.skipped.push(target);
    if (!keep || target !== item) carried.changes.skipped.push({ lesson, item, to: keep ? target : null });
  }
  for (const [practice, progress] of Object.entries(state.practices[lesson] ?? {})) {
    if (now.practices.has(practice)) carried.practices[practice] = progress;
    else carried.changes.practices.push({ lesson, practice });
  }
  return carried;
}
