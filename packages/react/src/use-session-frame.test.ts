// @vitest-environment happy-dom
import { createSession } from '@copekit/engine';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bundle } from '../test/fixtures/bundle.js';
import { useSessionFrame } from './use-session-frame.js';

afterEach(cleanup);

describe('useSessionFrame', () => {
  it('follows a practice from the host clock as the host ticks the session', () => {
    let now = 1_000;
    const session = createSession(bundle, { lesson: 'check-in', mode: 'self-directed', participant: 'p-1', clock: { now: () => now } });
    session.send({ type: 'answer', item: 'pain-now', value: 2 });
    session.send({ type: 'next' });
    const { result } = renderHook(() => useSessionFrame(session));
    act(() => void session.send({ type: 'practice.start', practice: 'breathe' }));
    expect(result.current.blocks[0]).toMatchObject({ status: 'running', elapsed: 0, cue: 0 });
    now += 6_000;
    act(() => session.tick());
    expect(result.current.blocks[0]).toMatchObject({ elapsed: 6, cue: 1 });
  });

  it('switches audience', () => {
    const session = createSession(bundle, { lesson: 'check-in', mode: 'guided', participant: 'p-1' });
    const { result, rerender } = renderHook(({ audience }) => useSessionFrame(session, { audience }), { initialProps: { audience: 'participant' as 'participant' | 'coach' } });
    expect(result.current.audience).toBe('participant');
    rerender({ audience: 'coach' });
    expect(result.current.audience).toBe('coach');
  });
});
