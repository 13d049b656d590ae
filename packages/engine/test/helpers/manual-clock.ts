/**
 * A clock tests move by hand, so every run sees the same times.
 */

import type { Clock } from '../../src/session/session-options.js';

/** A clock at `start` ms that advances `step` ms on every reading, plus `advance(ms)`. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  /** The current time, without advancing. */
  peek(): number;
}

/** A deterministic clock (default start 2026-01-05T09:00:00Z, one second per reading). */
export function manualClock(start = Date.UTC(2026, 0, 5, 9), step = 1000): ManualClock {
  let time = start;
  return {
    now() {
      const current = time;
      time += step;
      return current;
    },
    advance(ms) {
      time += ms;
    },
    peek() {
      return time;
    },
  };
}
