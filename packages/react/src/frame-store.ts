/**
 * A session's frames as an external store for `useSyncExternalStore`: the
 * snapshot is cached, so React sees the same object until the session
 * publishes a new frame.
 *
 * @module
 */

import type { Audience, Frame, Session } from '@copekit/engine';

/** The store: `subscribe` and `getFrame` in the shape `useSyncExternalStore` takes. */
export interface FrameStore {
  subscribe(onChange: () => void): () => void;
  getFrame(): Frame;
}

/**
 * Creates the store for `session`'s frames for `audience`.
 *
 * A frame sent before anyone subscribed is not lost: `subscribe` re-reads the
 * frame and reports a change when it differs from the cached one.
 *
 * @example
 * ```ts
 * const store = createFrameStore(session, 'participant');
 * const frame = useSyncExternalStore(store.subscribe, store.getFrame);
 * ```
 */
export function createFrameStore(session: Session, audience: Audience): FrameStore {
  let frame = session.getFrame({ audience });
  return {
    subscribe(onChange) {
      const subscription = session.subscribe(
        (next) => {
          frame = next;
          onChange();
        },
        { audience },
      );
      const latest = session.getFrame({ audience });
      if (JSON.stringify(latest) !== JSON.stringify(frame)) {
        frame = latest;
        onChange();
      }
      return () => subscription.unsubscribe();
    },
    getFrame: () => frame,
  };
}
