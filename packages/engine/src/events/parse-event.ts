/**
 * Turns whatever a host sends into a well-formed machine event, or a rejection.
 * Extra fields are dropped and answer values copied, so later changes to the
 * host's objects cannot reach the session.
 *
 * @module
 */

import type { AnswerValue } from '@copekit/schema';
import { freezeAnswer } from '../answers/freeze-answer.js';
import type { Rejection } from '../core/rejection.js';
import type { MachineEvent, SessionEventType } from './session-event.js';

/** A parsed event, or why it could not be parsed. */
export type ParsedEvent = { event: MachineEvent } | { rejection: Rejection };

/** Every event type, with the id field it needs. */
const idFields: Record<SessionEventType, 'item' | 'practice' | null> = {
  answer: 'item',
  skip: 'item',
  next: null,
  back: null,
  acknowledge: null,
  exit: null,
  resume: null,
  'practice.start': 'practice',
  'practice.pause': 'practice',
  'practice.resume': 'practice',
  'practice.complete': 'practice',
};

/**
 * Parses `input` received at clock time `at`.
 *
 * @example
 * ```ts
 * parseEvent({ type: 'next', extra: 1 }, 5); // => { event: { type: 'next', at: 5 } }
 * parseEvent({ type: 'jump' }, 5); // => { rejection: { reason: 'unknown-event', message: … } }
 * ```
 */
export function parseEvent(input: unknown, at: number): ParsedEvent {
  const type = eventType(input);
  if (type === null || !Object.hasOwn(idFields, type)) {
    const known = Object.keys(idFields).join(', ');
    return { rejection: { reason: 'unknown-event', message: `Unknown event ${type === null ? 'without a string `type`' : `\`${type}\``}; send one of ${known}.` } };
  }
  const fields = input as Record<string, unknown>;
  const event: Record<string, unknown> = { type, at };
  const idField = idFields[type as SessionEventType];
  if (idField !== null) {
    if (typeof fields[idField] !== 'string') return invalid(type, `\`${idField}\` (an id as a string)`);
    event[idField] = fields[idField];
  }
  if (type === 'answer') {
    if (fields['value'] === undefined) return invalid(type, '`value`');
    event['value'] = freezeAnswer(fields['value']) as AnswerValue;
  }
  return { event: event as MachineEvent };
}

/** The `type` of an event-like input, or `null`. */
export function eventType(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const type = (input as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

function invalid(type: string, field: string): ParsedEvent {
  return { rejection: { reason: 'invalid-event', message: `The \`${type}\` event needs ${field}.` } };
}
