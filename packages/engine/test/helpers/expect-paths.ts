/**
 * The path checks run on every lesson (fixtures and the shipped curriculum).
 */

import type { Bundle } from '@copekit/schema';
import { expect } from 'vitest';
import { exploreLesson, type LessonGraph } from './lesson-paths.js';
import { replayProblem } from './replay-path.js';

/** A summary of the paths through a lesson. */
export interface PathSummary {
  states: number;
  paths: number;
  /** Paths on which a risk answer started the safety flow. */
  throughSafety: number;
}

/**
 * Explores lesson `lessonId` and checks it: no dead end, no action a frame
 * offers that the machine refuses, every step that always has content shown on
 * some path, and every path, replayed through `createSession`, completing
 * without skipping the safety flow.
 */
export function expectEveryPathCompletes(bundle: Bundle, lessonId: string): PathSummary {
  const graph: LessonGraph = exploreLesson(bundle, lessonId);
  expect(graph.deadEnds).toEqual([]);
  expect(graph.refused).toEqual([]);
  expect(graph.paths.length).toBeGreaterThan(0);
  const lesson = bundle.lessons.find((candidate) => candidate.id === lessonId)!;
  const alwaysShown = lesson.steps.filter((step) => step.blocks.some((block) => block.type !== 'show' && block.type !== 'coach-note'));
  expect(alwaysShown.map((step) => step.id).filter((id) => !graph.visited.has(id))).toEqual([]);
  const problems = graph.paths.flatMap((path, index) => {
    const problem = replayProblem(bundle, lessonId, path);
    return problem === null ? [] : [`path ${index}: ${problem}`];
  });
  expect(problems.slice(0, 5)).toEqual([]);
  const safety = bundle.curriculum.safety.lesson;
  const throughSafety = graph.paths.filter((path) => path.some((event) => event.type === 'acknowledge')).length;
  const hasRiskItems = JSON.stringify(lesson.steps).includes('"risk":');
  if (hasRiskItems && lessonId !== safety) expect(throughSafety).toBeGreaterThan(0);
  return { states: graph.states, paths: graph.paths.length, throughSafety };
}
