/**
 * A clock tests move by hand, so every run sees the same times.
 */

import type { Clock } from '@copekit/engine';

/** A clock that only moves when told to. */
export interface ManualClock extends Clock {
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void;
  /** Sets the clock to `time`. */
  set(time: number): void;
}

/** Milliseconds in a minute, an hour and a day. */
export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

/** A clock at `start` (default Monday 2026-01-05, 14:00 UTC). */
export function manualClock(start = Date.UTC(2026, 0, 5, 14)): ManualClock {
  let time = start;
  return {
    now: () => time,
    advance(ms) {
      time += ms;
    },
    set(next) {
      time = next;
    },
  };
}
