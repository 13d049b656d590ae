/**
 * What a session is, besides its state: who, how, where and since when.
 *
 * @module
 */

import type { DeliveryMode } from '@copekit/schema';

/** The fixed facts of a session, saved in every snapshot. */
export interface SessionMeta {
  /** Session id, on every record. */
  session: string;
  participant: string;
  mode: DeliveryMode;
  /** Id of the crisis region the session shows. */
  region: string;
  /** Clock time the session started. */
  startedAt: number;
  /** Present when the session was created or restored with a content pin: it never moves to other content silently. */
  pinned?: true;
}
