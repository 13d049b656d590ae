// @vitest-environment happy-dom
import type { Session } from '@copekit/engine';
import { act, cleanup, render, renderHook } from '@testing-library/react';
import { createElement, StrictMode, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { bundle } from '../test/fixtures/bundle.js';
import { useSession, type UseSessionOptions } from './use-session.js';

afterEach(cleanup);

const options: UseSessionOptions = { lesson: 'check-in', mode: 'self-directed', participant: 'p-1' };

describe('useSession', () => {
  it('returns the first frame, and a new frame after each accepted event', () => {
    const { result } = renderHook(() => useSession(bundle, options));
    expect(result.current.frame.step).toMatchObject({ id: 'pain', index: 0 });
    act(() => {
      expect(result.current.send({ type: 'answer', item: 'pain-now', value: 8 })).toEqual({ accepted: true });
    });
    act(() => void result.current.send({ type: 'next' }));
    expect(result.current.frame.step?.id).toBe('relax');
    act(() => void result.current.send({ type: 'next' }));
    expect(result.current.frame.blocks.map((block) => (block.type === 'prose' ? block.text : block.type))).toEqual(['A hard day.', 'Thank you.']);
  });

  it('returns rejections from send without changing the frame', () => {
    const { result } = renderHook(() => useSession(bundle, options));
    const before = result.current.frame;
    let outcome: unknown;
    act(() => {
      outcome = result.current.send({ type: 'next' });
    });
    expect(outcome).toMatchObject({ accepted: false, reason: 'required-unanswered' });
    expect(result.current.frame).toBe(before);
  });

  it('keeps the session, send and result stable across re-renders with new option objects', () => {
    const { result, rerender } = renderHook((props: UseSessionOptions) => useSession(bundle, props), { initialProps: { ...options } });
    const first = result.current;
    rerender({ ...options });
    expect(result.current).toBe(first);
    rerender({ ...options, mode: 'guided', region: 'us' });
    expect(result.current.session).toBe(first.session);
    expect(result.current.session.mode).toBe('self-directed');
  });

  it('creates a new session when the lesson, participant or bundle change', () => {
    const { result, rerender } = renderHook(({ source, props }) => useSession(source, props), { initialProps: { source: bundle, props: options } });
    const sessions: Session[] = [result.current.session];
    rerender({ source: bundle, props: { ...options, participant: 'p-2' } });
    sessions.push(result.current.session);
    rerender({ source: bundle, props: { ...options, participant: 'p-2', lesson: 'safety-check' } });
    sessions.push(result.current.session);
    rerender({ source: structuredClone(bundle), props: { ...options, participant: 'p-2', lesson: 'safety-check' } });
    sessions.push(result.current.session);
    expect(new Set(sessions).size).toBe(4);
    expect(sessions.map((session) => `${session.participant}/${session.lesson}`)).toEqual(['p-1/check-in', 'p-2/check-in', 'p-2/safety-check', 'p-2/safety-check']);
    expect(result.current.frame.lesson.id).toBe('safety-check');
  });

  it('re-renders for events sent to the session directly, and stops listening on unmount', () => {
    let renders = 0;
    let session: Session | undefined;
    function Probe(): ReactNode {
      const state = useSession(bundle, options);
      renders += 1;
      session = state.session;
      return createElement('h1', {}, state.frame.step?.title ?? 'Done');
    }
    const view = render(createElement(Probe));
    expect(view.getByRole('heading').textContent).toBe('Pain');
    act(() => {
      session!.send({ type: 'answer', item: 'pain-now', value: 3 });
      session!.send({ type: 'next' });
    });
    expect(view.getByRole('heading').textContent).toBe('Relax');
    view.unmount();
    const count = renders;
    session!.send({ type: 'back' });
    expect(renders).toBe(count);
  });

  it('gives coach frames to coaches, and restores from a snapshot', () => {
    const first = renderHook(() => useSession(bundle, { ...options, mode: 'guided' }));
    act(() => void first.result.current.send({ type: 'answer', item: 'pain-now', value: 3 }));
    act(() => void first.result.current.send({ type: 'next' }));
    const snapshot = JSON.parse(JSON.stringify(first.result.current.session.getSnapshot()));
    const coach = renderHook(() => useSession(bundle, { ...options, mode: 'guided', audience: 'coach', snapshot }));
    expect(coach.result.current.frame.step?.id).toBe('relax');
    expect(coach.result.current.frame.audience).toBe('coach');
    expect(coach.result.current.frame.blocks.map((block) => block.type)).toEqual(['practice', 'coach-note']);
  });

  it('runs the safety flow from a risk answer', () => {
    const { result } = renderHook(() => useSession(bundle, options));
    act(() => void result.current.send({ type: 'answer', item: 'pain-now', value: 10 }));
    expect(result.current.frame.flow).toBe('safety');
    expect(result.current.frame.blocks[0]).toMatchObject({ type: 'crisis', resources: [{ href: 'tel:988' }] });
    expect(result.current.session.getRecords().map((record) => record.type)).toContain('safety.alert');
  });

  it('works in StrictMode', () => {
    const wrapper = ({ children }: { children: ReactNode }) => createElement(StrictMode, {}, children);
    const { result } = renderHook(() => useSession(bundle, options), { wrapper });
    act(() => void result.current.send({ type: 'answer', item: 'pain-now', value: 1 }));
    act(() => void result.current.send({ type: 'next' }));
    expect(result.current.frame.step?.id).toBe('relax');
  });

  it('throws createSession errors during render', () => {
    expect(() => renderHook(() => useSession(bundle, { ...options, lesson: 'missing' }))).toThrow(/no lesson `missing`/);
  });
});
