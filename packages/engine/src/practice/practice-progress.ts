/**
 * Practice timing from the clock. The engine owns no timers: elapsed time is
 * computed from clock readings at events and when a frame is read.
 *
 * @module
 */

import type { PracticeBlock, PracticeState } from '@copekit/schema';

/**
 * Practice lifecycle events.
 *
 * @example
 * ```ts
 * const event: PracticeEventType = 'practice.pause';
 * ```
 */
export type PracticeEventType = 'practice.start' | 'practice.pause' | 'practice.resume' | 'practice.complete';

/**
 * Where a practice stands, with `ready` for one not started.
 *
 * @example
 * ```ts
 * if (block.type === 'practice' && block.status === 'running') showTimer(block.elapsed);
 * ```
 */
export type PracticeStatus = 'ready' | PracticeState['status'];

/**
 * Milliseconds practised at clock time `at` (never negative, even if the clock goes back).
 *
 * @example
 * ```ts
 * elapsedMs({ status: 'running', elapsed: 5_000, since: 1_000 }, 3_000); // => 7000
 * ```
 */
export function elapsedMs(state: PracticeState | undefined, at: number): number {
  if (state === undefined) return 0;
  return state.since === null ? state.elapsed : state.elapsed + Math.max(0, at - state.since);
}

/** Index of the latest cue reached after `elapsed` milliseconds, or -1 before the first. */
export function cueIndex(block: PracticeBlock, elapsed: number): number {
  let index = -1;
  for (const cue of block.cues) {
    if (cue.at * 1000 > elapsed) break;
    index += 1;
  }
  return index;
}

/** The status of a practice, `ready` when it has no state yet. */
export function practiceStatus(state: PracticeState | undefined): PracticeStatus {
  return state?.status ?? 'ready';
}

/** Which statuses each practice event is allowed from. */
const allowedFrom: Record<PracticeEventType, readonly PracticeStatus[]> = {
  'practice.start': ['ready', 'completed'],
  'practice.pause': ['running'],
  'practice.resume': ['paused'],
  'practice.complete': ['running', 'paused'],
};

/** Whether `event` may be applied to a practice in `status`. */
export function practiceAllows(status: PracticeStatus, event: PracticeEventType): boolean {
  return allowedFrom[event].includes(status);
}

/** Every practice event, in lifecycle order. */
export const practiceEvents = Object.keys(allowedFrom) as readonly PracticeEventType[];

/** The practice events allowed in `status`, in lifecycle order. */
export function practiceActions(status: PracticeStatus): PracticeEventType[] {
  return practiceEvents.filter((event) => practiceAllows(status, event));
}

/**
 * The state after `event` at clock time `at`. Starting again after completion
 * begins a new run from zero.
 *
 * @example
 * ```ts
 * const running = advancePractice(undefined, 'practice.start', 1_000); // { status: 'running', elapsed: 0, since: 1000 }
 * advancePractice(running, 'practice.pause', 4_000); // { status: 'paused', elapsed: 3000, since: null }
 * ```
 */
export function advancePractice(state: PracticeState | undefined, event: PracticeEventType, at: number): PracticeState {
  switch (event) {
    case 'practice.start':
      return { status: 'running', elapsed: 0, since: at };
    case 'practice.resume':
      return { status: 'running', elapsed: elapsedMs(state, at), since: at };
    case 'practice.pause':
      return { status: 'paused', elapsed: elapsedMs(state, at), since: null };
    case 'practice.complete':
      return { status: 'completed', elapsed: elapsedMs(state, at), since: null };
  }
}
