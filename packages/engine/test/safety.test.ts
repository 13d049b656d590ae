/**
 * The safety flow through the public API: a risk answer (a risk rating, a
 * risk choice option, PHQ-9 item 9) moves the session at once to the crisis
 * step with the region's resources, records an alert, asks the follow-up
 * questions and needs an acknowledgement before the lesson continues; the
 * same in both modes and after a restore.
 */

import type { DeliveryMode, SessionRecord } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { createSession, type Session, type SessionEvent } from '../src/index.js';
import { bundle } from './fixtures/bundle.js';
import { atCheck, drive, sessionOptions } from './fixtures/sessions.js';

const phq9 = (value: number, item9: number): SessionEvent[] => [
  ...Array.from({ length: 8 }, (_, index): SessionEvent => ({ type: 'answer', item: `phq-9-q${index + 1}`, value })),
  { type: 'answer', item: 'phq-9-q9', value: item9 },
];
const safeCheck: SessionEvent[] = [
  { type: 'answer', item: 'distress', value: 2 },
  { type: 'answer', item: 'safe-now', value: 'yes' },
  { type: 'next' },
];
const throughSafety: SessionEvent[] = [{ type: 'next' }, { type: 'answer', item: 'plan', value: 'no' }, { type: 'next' }, { type: 'acknowledge' }];

const written = (session: Session, from: number): SessionRecord[] => session.getRecords().slice(from);

describe.each<DeliveryMode>(['guided', 'self-directed'])('the safety flow (%s)', (mode) => {
  const risks: [string, SessionEvent[], SessionEvent][] = [
    ['a risk rating', [], { type: 'answer', item: 'distress', value: 9 }],
    ['a risk choice option', [], { type: 'answer', item: 'safe-now', value: 'no' }],
    ['PHQ-9 item 9', [...safeCheck, ...phq9(0, 0).slice(0, 8)], { type: 'answer', item: 'phq-9-q9', value: 1 }],
  ];

  it.each(risks)('starts at once after %s, with the crisis resources and an alert', (_name, before, risk) => {
    const session = drive(atCheck({ mode, region: 'uk' }), before);
    const from = session.getRecords().length;
    expect(session.send(risk)).toEqual({ accepted: true });
    const frame = session.getFrame();
    expect(frame).toMatchObject({ flow: 'safety', step: { id: 'crisis', lesson: 'safety-check', index: 0 }, actions: ['next', 'exit'] });
    expect(frame.blocks.find((block) => block.type === 'crisis')).toEqual({
      type: 'crisis',
      region: { id: 'uk', name: 'United Kingdom' },
      statement: 'Copekit is not a crisis service. Coaches read messages on weekdays.',
      resources: bundle.curriculum.crisis.regions[1]!.resources,
    });
    const types = written(session, from).map((record) => record.type);
    expect(types.slice(types.indexOf('safety.alert'))).toEqual(['safety.alert', 'step.entered']);
    expect(written(session, from).find((record) => record.type === 'safety.alert')).toMatchObject({
      flow: 'lesson',
      payload: { item: (risk as { item: string }).item, started: true },
    });
  });

  it('asks the follow-up questions, records them with the safety lesson, and returns after the acknowledgement', () => {
    const session = drive(atCheck({ mode }), [{ type: 'answer', item: 'distress', value: 10 }, { type: 'next' }]);
    expect(session.getFrame().focus).toBe('plan');
    drive(session, [{ type: 'answer', item: 'plan', value: 'no' }]);
    expect(session.getRecords().at(-1)).toMatchObject({ type: 'item.answered', flow: 'safety', step: 'follow-up', payload: { lesson: 'safety-check', item: 'plan' } });
    drive(session, [{ type: 'next' }]);
    expect(session.getFrame()).toMatchObject({ step: { id: 'confirm' }, actions: ['back', 'acknowledge', 'exit'] });
    expect(session.send({ type: 'next' })).toMatchObject({ accepted: false, reason: 'not-allowed-now' });
    drive(session, [{ type: 'acknowledge' }]);
    expect(session.getFrame()).toMatchObject({ flow: 'lesson', step: { id: 'check' } });
    // The lesson goes on with its answers kept; the risk answer stays recorded.
    expect(session.getFrame().blocks.find((block) => block.type === 'item' && block.id === 'distress')).toMatchObject({ value: 10 });
    drive(session, [{ type: 'answer', item: 'safe-now', value: 'yes' }, { type: 'next' }]);
    expect(session.getFrame().step?.id).toBe('mood');
  });

  it('does not let the lesson continue before the acknowledgement', () => {
    const session = drive(atCheck({ mode }), [{ type: 'answer', item: 'distress', value: 9 }]);
    for (const event of [{ type: 'answer', item: 'safe-now', value: 'yes' }, { type: 'acknowledge' }, { type: 'back' }] as SessionEvent[]) {
      expect(session.send(event).accepted).toBe(false);
    }
    drive(session, [{ type: 'next' }]);
    expect(session.send({ type: 'acknowledge' })).toMatchObject({ accepted: false, reason: 'required-unanswered' });
    expect(session.getFrame().flow).toBe('safety');
  });

  it('records another alert for a risk answer inside the flow, without entering it again', () => {
    const session = drive(atCheck({ mode }), [{ type: 'answer', item: 'safe-now', value: 'no' }, { type: 'next' }]);
    const from = session.getRecords().length;
    drive(session, [{ type: 'answer', item: 'plan', value: 'yes' }, { type: 'next' }]);
    expect(written(session, from).map((record) => record.type)).toEqual(['item.answered', 'safety.alert', 'step.entered']);
    expect(written(session, from)[1]).toMatchObject({ flow: 'safety', payload: { lesson: 'safety-check', started: false } });
    // plan == 'yes' shows the extra-support step, with the resources again.
    expect(session.getFrame()).toMatchObject({ flow: 'safety', step: { id: 'extra-support' } });
    expect(session.getFrame().blocks.some((block) => block.type === 'crisis')).toBe(true);
  });

  it('starts again when a later answer is a risk answer again', () => {
    const session = drive(atCheck({ mode }), [{ type: 'answer', item: 'distress', value: 9 }, ...throughSafety]);
    expect(session.getFrame().flow).toBe('lesson');
    drive(session, [{ type: 'answer', item: 'distress', value: 10 }]);
    expect(session.getFrame()).toMatchObject({ flow: 'safety', step: { id: 'crisis' } });
    expect(session.getRecords().filter((record) => record.type === 'safety.alert')).toHaveLength(2);
  });

  it('resumes inside the flow after an exit', () => {
    const session = drive(atCheck({ mode }), [{ type: 'answer', item: 'distress', value: 9 }, { type: 'next' }, { type: 'exit' }]);
    expect(session.getFrame()).toMatchObject({ status: 'exited', flow: 'safety', step: { id: 'follow-up' }, actions: ['resume'] });
    drive(session, [{ type: 'resume' }]);
    expect(session.getFrame()).toMatchObject({ status: 'active', flow: 'safety', step: { id: 'follow-up' } });
  });

  it('is the same after a restore at any point of the flow', () => {
    const events: SessionEvent[] = [{ type: 'answer', item: 'distress', value: 9 }, { type: 'next' }, { type: 'exit' }, { type: 'resume' }, { type: 'answer', item: 'plan', value: 'no' }, { type: 'next' }, { type: 'acknowledge' }];
    const straight = drive(atCheck({ mode }), events);
    for (let cut = 0; cut <= events.length; cut += 1) {
      const first = drive(atCheck({ mode }), events.slice(0, cut));
      const restored = createSession(bundle, { ...sessionOptions({ mode }), snapshot: JSON.parse(JSON.stringify(first.getSnapshot())) });
      drive(restored, events.slice(cut));
      expect(restored.getSnapshot().state).toEqual(straight.getSnapshot().state);
      expect(restored.getRecords().map((record) => record.type)).toEqual(straight.getRecords().slice(first.getRecords().length).map((record) => record.type));
    }
  });
});

describe('the safety flow and the coach', () => {
  it('shows its coach notes only to the coach of a guided session', () => {
    const guided = drive(atCheck({ mode: 'guided' }), [{ type: 'answer', item: 'distress', value: 9 }]);
    expect(guided.getFrame({ audience: 'coach' }).blocks.map((block) => block.type)).toEqual(['prose', 'crisis', 'coach-note']);
    expect(guided.getFrame().blocks.map((block) => block.type)).toEqual(['prose', 'crisis']);
    const alone = drive(atCheck({ mode: 'self-directed' }), [{ type: 'answer', item: 'distress', value: 9 }]);
    expect(alone.getFrame({ audience: 'coach' }).blocks.map((block) => block.type)).toEqual(['prose', 'crisis']);
  });
});

describe('the safety lesson run on its own', () => {
  it('records alerts for risk answers and completes with next', () => {
    const session = createSession(bundle, sessionOptions({ lesson: 'safety-check' }));
    drive(session, [{ type: 'next' }, { type: 'answer', item: 'plan', value: 'yes' }, { type: 'next' }, { type: 'next' }]);
    expect(session.getFrame().actions).toEqual(['next', 'back', 'exit']);
    drive(session, [{ type: 'next' }]);
    expect(session.getFrame().status).toBe('completed');
    expect(session.getRecords().find((record) => record.type === 'safety.alert')).toMatchObject({ flow: 'lesson', payload: { started: false } });
  });
});

describe('a lesson without risk items', () => {
  it('never starts the safety flow, whatever the answers', () => {
    const session = createSession(bundle, sessionOptions({ lesson: 'check-in' }));
    drive(session, [{ type: 'answer', item: 'sleep-quality', value: 0 }, { type: 'answer', item: 'daily-pain', value: 10 }, { type: 'answer', item: 'daily-sleep', value: 10 }, { type: 'next' }]);
    expect(session.getRecords().some((record) => record.type === 'safety.alert')).toBe(false);
  });
});
