/**
 * `useSessionFrame`: the current frame of a session the host owns.
 *
 * @module
 */

import type { Audience, Frame, Session } from '@copekit/engine';
import { useMemo, useSyncExternalStore } from 'react';
import { createFrameStore } from './frame-store.js';

/** Options of {@link useSessionFrame}. */
export interface UseSessionFrameOptions {
  /** `participant` (default) or `coach` (coach notes in guided sessions). */
  audience?: Audience;
}

/**
 * The frame to render for `session`; the component re-renders on every new
 * frame (after accepted events, and on `session.tick()` while a practice
 * runs). Use it when the host creates the session; {@link useSession}
 * creates one for you.
 *
 * @example
 * ```tsx
 * function Lesson({ session }: { session: Session }) {
 *   const frame = useSessionFrame(session);
 *   return <h1>{frame.step?.title}</h1>;
 * }
 * ```
 */
export function useSessionFrame(session: Session, options: UseSessionFrameOptions = {}): Frame {
  const audience = options.audience ?? 'participant';
  const store = useMemo(() => createFrameStore(session, audience), [session, audience]);
  return useSyncExternalStore(store.subscribe, store.getFrame, store.getFrame);
}
