/**
 * Creates the homework plans of a completed session: one per `<Homework>`
 * block that was shown (its `<Show>` conditions hold over the answers).
 *
 * @module
 */

import type { AnswersByLesson, HomeworkPlan, Lesson } from '@copekit/schema';
import { homeworkBlocks } from '../plan/lesson-blocks.js';
import { addDays } from '../time/calendar.js';
import { conditionHolds } from './condition-holds.js';

/**
 * The plans of `lesson`, completed on the local date `completedOn` at clock
 * time `at`. Each starts the next day and runs its `days`.
 *
 * @example
 * ```ts
 * assignHomework(lesson, answers, '2026-01-05', at);
 * // => [{ id: 'pain-and-relaxation/pmr-daily', skill: 'pmr', per: 'day', times: 1, days: 7, start: '2026-01-06', end: '2026-01-12', … }]
 * ```
 */
export function assignHomework(lesson: Lesson, answers: AnswersByLesson, completedOn: string, at: number): HomeworkPlan[] {
  const start = addDays(completedOn, 1);
  return homeworkBlocks(lesson)
    .filter(({ when }) => when.every((condition) => conditionHolds(condition, lesson.id, answers)))
    .map(({ block }) => ({
      id: `${lesson.id}/${block.id}`,
      lesson: lesson.id,
      homework: block.id,
      skill: block.skill,
      per: block.per,
      times: block.times,
      days: block.days,
      start,
      end: addDays(start, block.days - 1),
      assignedAt: at,
      reviewedAt: null,
      reviewedBy: null,
    }));
}
