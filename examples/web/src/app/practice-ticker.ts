/**
 * The host tick pattern. The engine owns no timers: while a practice runs,
 * the host calls `session.tick()` a few times a second; the session re-reads
 * its clock and notifies subscribers when the shown second or cue changed.
 *
 * @module
 */

import type { Frame } from '@copekit/engine';

/** Starts and stops ticking from the frames it sees. */
export interface PracticeTicker {
  /** Ticks while `frame` has a running practice; stops otherwise. */
  sync(frame: Frame): void;
  stop(): void;
}

/** The timer functions the ticker uses (injectable for tests). */
export interface Timers {
  setInterval(callback: () => void, ms: number): ReturnType<typeof setInterval>;
  clearInterval(id: ReturnType<typeof setInterval>): void;
}

/**
 * A ticker calling `tick` every `interval` ms while a practice runs.
 *
 * @example
 * ```ts
 * const ticker = createPracticeTicker(() => session.tick());
 * session.subscribe((frame) => ticker.sync(frame));
 * ```
 */
export function createPracticeTicker(tick: () => void, interval = 250, timers: Timers = globalThis): PracticeTicker {
  let id: ReturnType<typeof setInterval> | undefined;
  const stop = (): void => {
    if (id !== undefined) timers.clearInterval(id);
    id = undefined;
  };
  return {
    sync(frame) {
      const running = frame.status === 'active' && frame.blocks.some((block) => block.type === 'practice' && block.status === 'running');
      if (!running) stop();
      else id ??= timers.setInterval(tick, interval);
    },
    stop,
  };
}
