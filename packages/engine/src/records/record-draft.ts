/**
 * Records as the machine emits them: type, place and payload. The session
 * stamps each with its sequence number, clock time and versions.
 *
 * @module
 */

import type { Flow, SessionRecord } from '@copekit/schema';

type Draft<R> = R extends SessionRecord ? { type: R['type']; flow: Flow; step: string | null; payload: R['payload'] } : never;

/**
 * A record before stamping.
 *
 * @example
 * ```ts
 * const draft: RecordDraft = { type: 'session.exited', flow: 'lesson', step: 'plan', payload: {} };
 * ```
 */
export type RecordDraft = Draft<SessionRecord>;

/**
 * The event the machine emits with the records of each action (`actor.on('records', …)`).
 *
 * @example
 * ```ts
 * actor.on('records', ({ records }) => drafts.push(...records));
 * ```
 */
export interface RecordsEmitted {
  type: 'records';
  records: RecordDraft[];
}
