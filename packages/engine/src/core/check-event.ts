/**
 * Why an event is refused in a session state, or `null` when it is accepted.
 * The machine's guards use the same step checks, so this explains exactly the
 * events the machine ignores.
 *
 * @module
 */

import type { MachineEvent } from '../events/session-event.js';
import { checkAnswer, checkSkip } from './check-item.js';
import { backDestination, checkAcknowledge, nextDestination, type Destination } from './check-navigation.js';
import { checkPractice } from './check-practice.js';
import type { Position } from './position.js';
import type { Rejection } from './rejection.js';
import type { SessionContext } from './session-context.js';
import type { SessionEnv } from './session-env.js';

/**
 * Checks `event` at `position`.
 *
 * @example
 * ```ts
 * checkEvent(env, { status: 'completed', flow: 'lesson', step: 8, lessonStep: 8 }, context, { type: 'next', at: 0 });
 * // => { reason: 'not-allowed-now', message: 'The lesson is complete; it accepts no more events.' }
 * ```
 */
export function checkEvent(env: SessionEnv, position: Position, context: SessionContext, event: MachineEvent): Rejection | null {
  if (position.status === 'completed') return notNow('The lesson is complete; it accepts no more events.');
  if (position.status === 'exited') return event.type === 'resume' ? null : notNow('The session was exited: send `resume` to continue.');
  const at = { flow: position.flow, step: position.step };
  switch (event.type) {
    case 'resume':
      return notNow('`resume` continues an exited session; this one is active.');
    case 'exit':
      return null;
    case 'answer':
      return checkAnswer(env, at, context, event.item, event.value);
    case 'skip':
      return checkSkip(env, at, context, event.item);
    case 'next':
      return refusal(nextDestination(env, at, context));
    case 'back':
      return refusal(backDestination(env, at, context));
    case 'acknowledge':
      return checkAcknowledge(env, at, context);
    default:
      return checkPractice(env, at, context, event.type, event.practice);
  }
}

function refusal(destination: Destination | Rejection): Rejection | null {
  return typeof destination === 'object' ? destination : null;
}

function notNow(message: string): Rejection {
  return { reason: 'not-allowed-now', message };
}
