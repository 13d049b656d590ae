import { createSession } from '@copekit/engine';
import { describe, expect, it, vi } from 'vitest';
import { bundle } from '../test/fixtures/bundle.js';
import { createFrameStore } from './frame-store.js';

const start = () => createSession(bundle, { lesson: 'check-in', mode: 'guided', participant: 'p-1', clock: { now: () => 1_000 } });

describe('createFrameStore', () => {
  it('returns the same frame object until the session publishes a new one', () => {
    const session = start();
    const store = createFrameStore(session, 'participant');
    const first = store.getFrame();
    expect(store.getFrame()).toBe(first);
    const onChange = vi.fn();
    const unsubscribe = store.subscribe(onChange);
    expect(onChange).not.toHaveBeenCalled();
    session.send({ type: 'answer', item: 'pain-now', value: 4 });
    expect(onChange).toHaveBeenCalledOnce();
    expect(store.getFrame()).not.toBe(first);
    expect(store.getFrame().blocks[0]).toMatchObject({ id: 'pain-now', value: 4 });
    unsubscribe();
    session.send({ type: 'next' });
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('catches up on subscribe with a frame published before anyone listened', () => {
    const session = start();
    const store = createFrameStore(session, 'participant');
    session.send({ type: 'answer', item: 'pain-now', value: 2 });
    const onChange = vi.fn();
    store.subscribe(onChange);
    expect(onChange).toHaveBeenCalledOnce();
    expect(store.getFrame().blocks[0]).toMatchObject({ value: 2 });
  });

  it('gives frames for its audience', () => {
    const session = start();
    session.send({ type: 'answer', item: 'pain-now', value: 2 });
    session.send({ type: 'next' });
    expect(createFrameStore(session, 'coach').getFrame().blocks.map((block) => block.type)).toEqual(['practice', 'coach-note']);
    expect(createFrameStore(session, 'participant').getFrame().blocks.map((block) => block.type)).toEqual(['practice']);
  });
});
