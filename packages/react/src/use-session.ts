/**
 * `useSession`: a Copekit session inside a React component.
 *
 * @module
 */

import { createSession, type Frame, type SendResult, type Session, type SessionEvent, type SessionOptions } from '@copekit/engine';
import { useCallback, useMemo, useState } from 'react';
import { useSessionFrame, type UseSessionFrameOptions } from './use-session-frame.js';

/** A compiled bundle, as `createSession` takes it. */
export type Bundle = Parameters<typeof createSession>[0];

/** Options of {@link useSession}: the engine's session options, plus the audience of the frames. */
export type UseSessionOptions = SessionOptions & UseSessionFrameOptions;

/** What {@link useSession} returns. */
export interface UseSessionResult {
  /** The frame to render now. */
  frame: Frame;
  /** Sends an event (stable while the session is the same). */
  send: (event: SessionEvent) => SendResult;
  /** The session, for snapshots, records and ticks. */
  session: Session;
}

interface Created {
  bundle: Bundle;
  lesson: string;
  participant: string;
  session: Session;
}

/**
 * Creates a session for `bundle` and returns its current frame and `send`.
 *
 * The session is created on the first render and again only when `bundle`,
 * `options.lesson` or `options.participant` change; the other options (mode,
 * region, clock, snapshot, prior answers) are read when it is created. The
 * component re-renders on every new frame and stops listening when it
 * unmounts. `createSession`'s errors (unknown lesson, a snapshot it cannot
 * restore) are thrown during render, for an error boundary to show.
 *
 * @example
 * ```tsx
 * function CheckIn({ bundle }: { bundle: Bundle }) {
 *   const { frame, send, session } = useSession(bundle, { lesson: 'daily-check-in', mode: 'self-directed', participant: 'p-0042' });
 *   useEffect(() => session.subscribe(() => save(session.getSnapshot())).unsubscribe, [session]);
 *   return <button onClick={() => send({ type: 'next' })}>{frame.step?.title}</button>;
 * }
 * ```
 */
export function useSession(bundle: Bundle, options: UseSessionOptions): UseSessionResult {
  const [created, setCreated] = useState<Created>(() => create(bundle, options));
  let current = created;
  if (created.bundle !== bundle || created.lesson !== options.lesson || created.participant !== options.participant) {
    current = create(bundle, options);
    setCreated(current);
  }
  const { session } = current;
  const frame = useSessionFrame(session, { audience: options.audience });
  const send = useCallback((event: SessionEvent) => session.send(event), [session]);
  return useMemo(() => ({ frame, send, session }), [frame, send, session]);
}

function create(bundle: Bundle, options: UseSessionOptions): Created {
  const { audience: _audience, ...sessionOptions } = options;
  return { bundle, lesson: options.lesson, participant: options.participant, session: createSession(bundle, sessionOptions) };
}
