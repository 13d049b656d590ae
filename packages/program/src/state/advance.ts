/**
 * Moves a program forward in time: unlocks the sessions the rules have made
 * due and chooses the feedback of the weeks that have ended.
 *
 * @module
 */

import { feedbackDue } from '../feedback/choose-feedback.js';
import { unlockDue } from '../unlock/unlock-due.js';
import type { ProgramModel, Transition } from './program-model.js';

/** A pure step of a program. */
export type Step = (model: ProgramModel, now: number) => Transition;

/**
 * Runs `steps` in order, each on the state the previous one left, and joins
 * their records.
 *
 * @example
 * ```ts
 * const { state, drafts } = chain(model, now, unlockDue, feedbackDue);
 * ```
 */
export function chain(model: ProgramModel, now: number, ...steps: Step[]): Transition {
  let state = model.state;
  const drafts: Transition['drafts'] = [];
  for (const step of steps) {
    const result = step({ ...model, state }, now);
    state = result.state;
    drafts.push(...result.drafts);
  }
  return { state, drafts };
}

/**
 * Everything time alone changes at `now`. Pure: the facade runs it before
 * every action and on `tick()`, and writes its records.
 *
 * @example
 * ```ts
 * advance(model, now).drafts; // => [{ type: 'session.unlocked', … }, { type: 'feedback.chosen', … }]
 * ```
 */
export function advance(model: ProgramModel, now: number): Transition {
  return chain(model, now, unlockDue, feedbackDue);
}
