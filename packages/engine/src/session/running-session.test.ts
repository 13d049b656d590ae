import type { SessionRecord } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { atCheck, checkToEnd, drive, sessionOptions, toCheck } from '../../test/fixtures/sessions.js';
import { manualClock } from '../../test/helpers/manual-clock.js';
import type { SessionEvent } from '../events/session-event.js';
import type { Frame } from '../frame/frame-types.js';
import { createSession } from './create-session.js';

describe('a running session', () => {
  it('accepts valid events and moves on', () => {
    const session = createSession(bundle, sessionOptions());
    expect(session.send({ type: 'answer', item: 'pain-now', value: 3 })).toEqual({ accepted: true });
    expect(session.send({ type: 'next' })).toEqual({ accepted: true });
    expect(session.getFrame().step?.id).toBe('overdo');
  });

  it('rejects an event with a reason, changes nothing, and logs the rejection', () => {
    const session = createSession(bundle, sessionOptions());
    const before = { frame: session.getFrame(), state: session.getSnapshot().state };
    expect(session.send({ type: 'next' })).toEqual({ accepted: false, reason: 'required-unanswered', message: 'Answer `pain-now` first (required on this step).' });
    expect(session.getFrame()).toEqual(before.frame);
    expect(session.getSnapshot().state).toEqual(before.state);
    expect(session.getRecords().at(-1)).toMatchObject({
      seq: 2,
      type: 'event.rejected',
      step: 'welcome',
      payload: { event: 'next', reason: 'required-unanswered', message: 'Answer `pain-now` first (required on this step).' },
    });
  });

  it('never throws on malformed input, and names what it can in the rejection record', () => {
    const session = createSession(bundle, sessionOptions());
    const junk: unknown[] = [undefined, 7, 'next', [], { type: 5 }, { type: 'answer', item: 'pain-now' }, { type: 'skip', item: 'pain-now', practice: 'pmr' }];
    const results = junk.map((event) => session.send(event as SessionEvent));
    expect(results.map((result) => (result.accepted ? 'accepted' : result.reason))).toEqual([
      'unknown-event',
      'unknown-event',
      'unknown-event',
      'unknown-event',
      'unknown-event',
      'invalid-event',
      'not-optional',
    ]);
    expect(session.getRecords().at(-1)?.payload).toEqual({
      event: 'skip',
      item: 'pain-now',
      practice: 'pmr',
      reason: 'not-optional',
      message: 'Item `pain-now` is required and cannot be skipped.',
    });
  });

  it('keeps answers when going back, and re-evaluates what follows when an earlier answer changes', () => {
    const session = atCheck();
    drive(session, [{ type: 'back' }]);
    expect(session.getFrame().blocks.find((block) => block.type === 'item')).toMatchObject({ id: 'overdo', value: ['yard'] });
    drive(session, [{ type: 'back' }, { type: 'answer', item: 'pain-now', value: 8 }, { type: 'next' }]);
    // pain-now ≥ 7 now shows the high-pain step that was passed over before.
    expect(session.getFrame().step?.id).toBe('high-pain');
    drive(session, [{ type: 'answer', item: 'flare-plan', value: 'Rest early' }, { type: 'back' }, { type: 'answer', item: 'pain-now', value: 2 }, { type: 'next' }]);
    expect(session.getFrame().step?.id).toBe('overdo');
    // The hidden answer is kept (and comes back if shown again), but the lesson outcome leaves it out.
    expect(session.getSnapshot().state.answers['pacing-basics']).toMatchObject({ 'flare-plan': 'Rest early' });
  });

  it('completes the lesson with an outcome record and then accepts nothing', () => {
    const session = drive(atCheck(), checkToEnd);
    expect(session.getFrame()).toMatchObject({ status: 'completed', step: null, progress: 1, actions: [] });
    const completed = session.getRecords().find((record) => record.type === 'lesson.completed');
    expect(completed).toMatchObject({ step: null, payload: { scores: { 'phq-9': 0 }, skipped: [] } });
    expect(session.send({ type: 'exit' })).toEqual({ accepted: false, reason: 'not-allowed-now', message: 'The lesson is complete; it accepts no more events.' });
    expect(session.getRecords().at(-1)).toMatchObject({ type: 'event.rejected', flow: 'lesson', step: null });
  });

  it('skips optional items and records the skip', () => {
    const session = drive(atCheck(), checkToEnd.slice(0, 13));
    expect(session.getFrame().step?.id).toBe('reframe');
    drive(session, [{ type: 'skip', item: 'thought' }]);
    expect(session.getFrame().blocks[0]).toMatchObject({ id: 'thought', status: 'skipped', value: null });
    expect(session.getRecords().at(-1)).toMatchObject({ type: 'item.skipped', payload: { item: 'thought', previous: null } });
  });

  it('exits and resumes at the same place', () => {
    const session = atCheck();
    drive(session, [{ type: 'exit' }]);
    expect(session.getFrame()).toMatchObject({ status: 'exited', step: { id: 'check' }, actions: ['resume'] });
    expect(session.send({ type: 'answer', item: 'distress', value: 1 })).toMatchObject({ accepted: false, reason: 'not-allowed-now' });
    drive(session, [{ type: 'resume' }]);
    expect(session.getFrame()).toMatchObject({ status: 'active', step: { id: 'check' } });
    expect(
      session
        .getRecords()
        .slice(-4)
        .map((record) => record.type),
    ).toEqual(['session.exited', 'event.rejected', 'session.resumed', 'step.entered']);
  });

  it('notifies subscribers after accepted events only, per audience', () => {
    const session = createSession(bundle, sessionOptions());
    const participant: Frame[] = [];
    const coach: Frame[] = [];
    const subscription = session.subscribe((frame) => participant.push(frame));
    session.subscribe((frame) => coach.push(frame), { audience: 'coach' });
    session.send({ type: 'next' });
    session.send({ type: 'answer', item: 'pain-now', value: 3 });
    expect(participant).toHaveLength(1);
    expect(participant[0]!.blocks.map((block) => block.type)).toEqual(['prose', 'item']);
    expect(coach[0]!.blocks.map((block) => block.type)).toEqual(['prose', 'coach-note', 'item']);
    subscription.unsubscribe();
    session.send({ type: 'next' });
    expect(participant).toHaveLength(1);
    expect(coach).toHaveLength(2);
  });

  it('streams records to listeners in order and keeps a copy of the log', () => {
    const session = createSession(bundle, sessionOptions());
    const seen: SessionRecord[] = [];
    const listening = session.onRecord((record) => seen.push(record));
    session.send({ type: 'answer', item: 'pain-now', value: 3 });
    session.send({ type: 'jump' } as unknown as SessionEvent);
    listening.unsubscribe();
    session.send({ type: 'next' });
    expect(seen.map((record) => record.type)).toEqual(['item.answered', 'event.rejected']);
    const log = session.getRecords();
    (log as SessionRecord[]).length = 0;
    expect(session.getRecords().map((record) => record.seq)).toEqual([0, 1, 2, 3, 4]);
  });

  it('stamps records with the clock time of the event', () => {
    const clock = manualClock(1_000, 0);
    const session = createSession(bundle, { ...sessionOptions(), clock });
    clock.advance(2_500);
    session.send({ type: 'answer', item: 'pain-now', value: 3 });
    expect(session.getRecords().map((record) => record.at)).toEqual([1_000, 1_000, 3_500]);
  });

  it('delivers every record before reporting a listener error, leaving the session consistent', () => {
    const session = drive(createSession(bundle, sessionOptions()), [{ type: 'answer', item: 'pain-now', value: 3 }]);
    const seen: string[] = [];
    session.onRecord(() => {
      throw new Error('storage offline');
    });
    session.onRecord((record) => seen.push(record.type));
    expect(() => session.send({ type: 'next' })).toThrow('storage offline');
    expect(seen).toEqual(['step.entered']);
    expect(session.getFrame().step?.id).toBe('overdo');
  });

  it('reports a subscriber error after every subscriber got the frame', () => {
    const session = createSession(bundle, sessionOptions());
    const seen: (string | undefined)[] = [];
    session.subscribe(() => {
      throw new Error('render failed');
    });
    session.subscribe((frame) => seen.push(frame.focus ?? undefined));
    expect(() => session.send({ type: 'answer', item: 'pain-now', value: 3 })).toThrow('render failed');
    expect(seen).toEqual([undefined]);
    expect(session.getSnapshot().state.answers).toEqual({ 'pacing-basics': { 'pain-now': 3 } });
  });

  it('reports practice timing on tick when a second or a cue passes', () => {
    const clock = manualClock(0, 0);
    const session = drive(atCheck({}), []);
    const timed = createSession(bundle, { ...sessionOptions(), clock, snapshot: JSON.parse(JSON.stringify(drive(session, checkToEnd.slice(0, 14)).getSnapshot())) });
    expect(timed.getFrame().step?.id).toBe('relax');
    const frames: Frame[] = [];
    timed.subscribe((frame) => frames.push(frame));
    timed.tick();
    expect(frames).toHaveLength(0);
    drive(timed, [{ type: 'practice.start', practice: 'pmr' }]);
    expect(frames).toHaveLength(1);
    clock.advance(400);
    timed.tick();
    clock.advance(700);
    timed.tick();
    timed.tick();
    clock.advance(30_000);
    timed.tick();
    const practice = frames.map((frame) => frame.blocks[0]).map((block) => (block?.type === 'practice' ? [block.elapsed, block.cue] : []));
    expect(practice).toEqual([
      [0, 0],
      [1.1, 0],
      [31.1, 1],
    ]);
  });

  it('pauses a running practice when the session leaves its step', () => {
    const clock = manualClock(0, 0);
    const session = drive(createSession(bundle, { ...sessionOptions(), clock }), [...toCheck, ...checkToEnd.slice(0, 14), { type: 'practice.start', practice: 'pmr' }]);
    clock.advance(45_000);
    drive(session, [{ type: 'next' }]);
    expect(session.getRecords().slice(-2)).toMatchObject([
      { type: 'practice.paused', step: 'relax', payload: { practice: 'pmr', elapsed: 45, cue: 1, reason: 'left-step' } },
      { type: 'step.entered', step: 'plan' },
    ]);
    drive(session, [{ type: 'back' }]);
    expect(session.getFrame().blocks[0]).toMatchObject({ type: 'practice', status: 'paused', elapsed: 45, actions: ['practice.resume', 'practice.complete'] });
  });
});
