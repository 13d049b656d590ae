/**
 * `@copekit/engine/frames`: helpers for channels. For those that take one
 * thing at a time (text, voice): the items of a frame, the task it asks for
 * now, when to move on by itself, and an answer in words; for any channel,
 * the items whose answer may start the safety flow. Kept out of the main
 * entry so that its size stays within budget.
 *
 * @example
 * ```ts
 * import { currentTask, shouldAdvance } from '@copekit/engine/frames';
 *
 * const task = currentTask(session.getFrame()); // => { kind: 'item', item: { id: 'pain-today', … } }
 * if (shouldAdvance(event, before, session.getFrame())) session.send({ type: 'next' });
 * ```
 *
 * @module
 */

export { answerLabel } from './answer-label.js';
export { currentTask } from './current-task.js';
export type { CurrentTask } from './current-task.js';
export { framePractices, frameItems, instrumentOf, openPractice, sameStep, targetItem } from './frame-items.js';
export { riskItems } from './risk-items.js';
export { shouldAdvance } from './should-advance.js';
