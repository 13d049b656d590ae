/**
 * Program record drafts: what the pure transitions write, before the facade
 * stamps them with sequence number, time, ids and versions.
 *
 * @module
 */

import type { ProgramRecord } from '@copekit/schema';

/**
 * A program record without its stamps: its `type` and `payload`.
 *
 * @example
 * ```ts
 * const draft: ProgramRecordDraft = { type: 'coach.contacted', payload: { coach: 'c-7' } };
 * ```
 */
export type ProgramRecordDraft = ProgramRecord extends infer R ? (R extends ProgramRecord ? Pick<R, 'type' | 'payload'> : never) : never;
