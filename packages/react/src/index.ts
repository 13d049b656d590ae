/**
 * `@copekit/react`: React bindings for the Copekit session engine. A thin
 * layer: `@copekit/engine` and `react` are peer dependencies.
 *
 * @example
 * ```tsx
 * import { useSession } from '@copekit/react';
 *
 * function Lesson({ bundle }) {
 *   const { frame, send } = useSession(bundle, { lesson: 'daily-check-in', mode: 'self-directed', participant: 'p-0042' });
 *   return <button onClick={() => send({ type: 'next' })}>{frame.step?.title ?? 'Done'}</button>;
 * }
 * ```
 *
 * @module
 */

export { useSession } from './use-session.js';
export type { Bundle, UseSessionOptions, UseSessionResult } from './use-session.js';
export { useSessionFrame } from './use-session-frame.js';
export type { UseSessionFrameOptions } from './use-session-frame.js';
export { createFrameStore } from './frame-store.js';
export type { FrameStore } from './frame-store.js';
