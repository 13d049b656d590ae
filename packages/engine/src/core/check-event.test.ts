import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { contextWith } from '../../test/fixtures/context.js';
import type { MachineEvent } from '../events/session-event.js';
import { checkEvent } from './check-event.js';
import type { Position } from './position.js';
import { createEnv } from './session-env.js';

const env = createEnv(bundle, 'pacing-basics');
const at = (status: Position['status'], flow: Position['flow'] = 'lesson', step = 0): Position => ({ status, flow, step, lessonStep: 0 });
const events: MachineEvent[] = [
  { type: 'answer', item: 'pain-now', value: 3, at: 0 },
  { type: 'skip', item: 'pain-now', at: 0 },
  { type: 'next', at: 0 },
  { type: 'back', at: 0 },
  { type: 'acknowledge', at: 0 },
  { type: 'exit', at: 0 },
  { type: 'resume', at: 0 },
  { type: 'practice.start', practice: 'pmr', at: 0 },
];
const verdicts = (position: Position) => Object.fromEntries(events.map((event) => [event.type, checkEvent(env, position, contextWith(), event)?.reason ?? 'accepted']));

describe('checkEvent', () => {
  it('checks each event of an active session against its step', () => {
    expect(verdicts(at('active'))).toEqual({
      answer: 'accepted',
      skip: 'not-optional',
      next: 'required-unanswered',
      back: 'not-allowed-now',
      acknowledge: 'not-allowed-now',
      exit: 'accepted',
      resume: 'not-allowed-now',
      'practice.start': 'not-on-step',
    });
  });

  it('accepts only resume once exited, and nothing once completed', () => {
    expect(Object.values(verdicts(at('exited'))).filter((verdict) => verdict === 'accepted')).toHaveLength(1);
    expect(verdicts(at('exited')).resume).toBe('accepted');
    expect(checkEvent(env, at('exited'), contextWith(), { type: 'next', at: 0 })?.message).toBe('The session was exited: send `resume` to continue.');
    expect(new Set(Object.values(verdicts(at('completed'))))).toEqual(new Set(['not-allowed-now']));
  });

  it('checks the safety flow against the safety lesson', () => {
    expect(verdicts(at('active', 'safety', 3))).toMatchObject({ acknowledge: 'accepted', next: 'not-allowed-now', back: 'accepted', answer: 'unknown-item' });
  });
});
