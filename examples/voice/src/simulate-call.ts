/**
 * A simulated telephone call: plays a scripted caller against a session
 * through the voice channel, on a simulated clock.
 *
 * @module
 */

import { createSession, type Session, type SessionStatus } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { createVoiceCall, type VoicePrompt, type VoiceRepromptReason } from '@copekit/voice';
import type { ScriptedCall } from './call-script.js';

/** Seconds the simulated caller takes to listen and press keys. */
export const SECONDS_PER_TURN = 5;

/** A clock the simulation moves forward. */
export interface SimulatedClock {
  now(): number;
  advance(seconds: number): void;
}

/**
 * A clock starting at `start` (ms since the epoch) that only moves when told.
 *
 * @example
 * ```ts
 * const clock = simulatedClock(0);
 * clock.advance(2);
 * clock.now(); // => 2000
 * ```
 */
export function simulatedClock(start: number): SimulatedClock {
  let now = start;
  return {
    now: () => now,
    advance(seconds) {
      now += seconds * 1000;
    },
  };
}

/** One prompt of a call and what led to it. */
export interface CallTurn {
  /** What the caller did: keys, `record <ref>`, or `null` for the greeting. */
  input: string | null;
  /** The prompt played in return. */
  prompt: VoicePrompt;
  /** Why the keys were re-prompted, or `null`. */
  reprompt: VoiceRepromptReason | null;
}

/** A finished call. */
export interface SimulatedCall {
  session: Session;
  turns: CallTurn[];
  /** `completed`, or `exited` when the caller hung up first. */
  status: SessionStatus;
}

/**
 * Plays `call`: answers, then runs its steps (keys, waits, recordings, a
 * hang-up). A call whose script runs out before the lesson ends is hung up.
 * Throws when a step comes after the lesson ended.
 *
 * @example
 * ```ts
 * const result = simulateCall(bundle, { lesson: 'daily-check-in', steps: [{ keys: '6#' }] }, { participant: 'p-1', session: 'call-1', clock: simulatedClock(0) });
 * result.status; // => 'exited'
 * ```
 */
export function simulateCall(
  bundle: Bundle,
  call: ScriptedCall,
  options: { participant: string; session: string; clock: SimulatedClock; onTurn?: (turn: CallTurn) => void },
): SimulatedCall {
  const session = createSession(bundle, { lesson: call.lesson, mode: 'self-directed', participant: options.participant, session: options.session, clock: options.clock });
  const voice = createVoiceCall(session, { lang: bundle.curriculum.locale });
  const turns: CallTurn[] = [];
  const add = (turn: CallTurn) => {
    turns.push(turn);
    options.onTurn?.(turn);
  };
  add({ input: null, prompt: voice.answer(), reprompt: null });
  for (const [index, step] of call.steps.entries()) {
    if (session.getFrame().status !== 'active') throw new Error(`Call for \`${call.lesson}\`: step ${index + 1} comes after the lesson ended.`);
    if ('wait' in step) {
      options.clock.advance(step.wait);
      continue;
    }
    if ('hangUp' in step) break;
    options.clock.advance(SECONDS_PER_TURN);
    const turn = 'keys' in step ? voice.press(step.keys) : voice.record(step.record);
    add({ input: 'keys' in step ? step.keys : `record ${step.record}`, prompt: turn.prompt, reprompt: turn.reprompt });
  }
  voice.hangUp();
  return { session, turns, status: session.getFrame().status };
}
