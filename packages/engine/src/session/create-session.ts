/**
 * `createSession`: starts or resumes a lesson for a host.
 *
 * @module
 */

import type { Bundle } from '@copekit/schema';
import { compiledSession } from '../machine/session-machine.js';
import { checkPin } from './check-pin.js';
import { RunningSession } from './running-session.js';
import type { Session } from './session.js';
import { checkOptions, type SessionOptions } from './session-options.js';

/**
 * Starts a lesson, or resumes one from a snapshot.
 *
 * Throws a `SessionError` for an unknown lesson, a bundle without a usable
 * safety lesson, bad options, or a bundle that does not match `options.pin`, and a `SnapshotError` for a snapshot it
 * cannot restore exactly.
 *
 * @example
 * ```ts
 * import { createSession } from '@copekit/engine';
 *
 * const session = createSession(bundle, { lesson: 'pacing-basics', mode: 'self-directed', participant: 'p-0042', region: 'us' });
 * session.subscribe(render);
 * session.onRecord((record) => log.append(record));
 * render(session.getFrame());
 *
 * const result = session.send({ type: 'answer', item: 'pain-now', value: 6 });
 * if (!result.accepted) showHint(result.message);
 * session.send({ type: 'next' });
 *
 * storage.save(JSON.stringify(session.getSnapshot()));
 * ```
 */
export function createSession(bundle: Bundle, options: SessionOptions): Session {
  checkOptions(options);
  if (options.pin !== undefined) checkPin(bundle, options.pin);
  return new RunningSession(compiledSession(bundle, options.lesson), options);
}
