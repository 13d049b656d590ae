import type { Frame, FramePractice } from '@copekit/engine';
import { describe, expect, it, vi } from 'vitest';
import { createPracticeTicker, type Timers } from './practice-ticker.js';

const practice = (status: FramePractice['status']): FramePractice => ({ type: 'practice', id: 'pmr', title: 'PMR', minutes: 1, cues: [], status, elapsed: 0, cue: -1, actions: [] });
const frame = (status: FramePractice['status'] | null, sessionStatus: Frame['status'] = 'active') => ({ status: sessionStatus, blocks: status === null ? [] : [practice(status)] }) as unknown as Frame;

function fakeTimers(): Timers & { running: Map<number, () => void> } {
  const running = new Map<number, () => void>();
  let next = 0;
  return {
    running,
    setInterval: (callback) => {
      next += 1;
      running.set(next, callback);
      return next as unknown as ReturnType<typeof setInterval>;
    },
    clearInterval: (id) => void running.delete(id as unknown as number),
  };
}

describe('the practice ticker', () => {
  it('ticks only while a practice runs, with one interval at a time', () => {
    const timers = fakeTimers();
    const tick = vi.fn();
    const ticker = createPracticeTicker(tick, 250, timers);
    ticker.sync(frame('ready'));
    expect(timers.running.size).toBe(0);
    ticker.sync(frame('running'));
    ticker.sync(frame('running'));
    expect(timers.running.size).toBe(1);
    [...timers.running.values()][0]!();
    expect(tick).toHaveBeenCalledOnce();
    ticker.sync(frame('paused'));
    expect(timers.running.size).toBe(0);
  });

  it('stops when the step has no practice, the session is not active, or on stop()', () => {
    const timers = fakeTimers();
    const ticker = createPracticeTicker(() => {}, 250, timers);
    ticker.sync(frame('running'));
    ticker.sync(frame(null));
    expect(timers.running.size).toBe(0);
    ticker.sync(frame('running', 'exited'));
    expect(timers.running.size).toBe(0);
    ticker.sync(frame('running'));
    ticker.stop();
    expect(timers.running.size).toBe(0);
  });
});
