/**
 * The program a bundle describes, prepared once per bundle object: its
 * session lessons, check-in, unlock rules, measures and feedback rules.
 *
 * @module
 */

import type { Bundle, Lesson, UnlockRules } from '@copekit/schema';
import { ProgramError } from '../program/program-error.js';
import { readFeedback, type ParsedFeedbackRule } from './read-feedback.js';
import { readMeasures, type MeasureSource } from './read-measures.js';

/** A bundle's program, ready to run. */
export interface ProgramPlan {
  bundle: Bundle;
  /** Session lessons in program order. */
  sessions: readonly Lesson[];
  /** The daily check-in lesson, if the program has one. */
  checkIn: Lesson | undefined;
  unlock: UnlockRules;
  measures: readonly MeasureSource[];
  /** Feedback rules in the order they are tried. */
  feedback: readonly ParsedFeedbackRule[];
}

const cache = new WeakMap<Bundle, ProgramPlan>();

/**
 * The program of `bundle` (prepared once per bundle object). Throws a
 * `ProgramError` (`invalid-bundle`) when it cannot run.
 *
 * @example
 * ```ts
 * programPlan(bundle).sessions.map((lesson) => lesson.id); // => ['pain-and-relaxation', 'mini-practices', …]
 * ```
 */
export function programPlan(bundle: Bundle): ProgramPlan {
  const cached = cache.get(bundle);
  if (cached !== undefined) return cached;
  const { program } = bundle.curriculum;
  const lessons = new Map(bundle.lessons.map((lesson) => [lesson.id, lesson]));
  const lesson = (id: string, role: string): Lesson => {
    const found = lessons.get(id);
    if (found === undefined) invalid(`${role} \`${id}\` is not a lesson of the bundle`);
    return found;
  };
  const sessions = program.sessions.map((id, index) => lesson(id, `Session ${index + 1}`));
  const checkIn = program.checkIn === undefined ? undefined : lesson(program.checkIn, 'The check-in lesson');
  const measures = readMeasures(program.measures, checkIn);
  if (typeof measures === 'string') invalid(measures);
  const feedback = readFeedback(program.feedback, program.measures);
  if (typeof feedback === 'string') invalid(feedback);
  const plan: ProgramPlan = { bundle, sessions, checkIn, unlock: program.unlock, measures, feedback };
  cache.set(bundle, plan);
  return plan;
}

function invalid(problem: string): never {
  throw new ProgramError('invalid-bundle', `The bundle's program cannot run: ${problem}. Fix curriculum.yaml and rebuild the bundle.`);
}
