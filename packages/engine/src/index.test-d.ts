import type { AnswerValue, SessionRecord, SessionSnapshot } from '@copekit/schema';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createSession,
  createSessionMachine,
  SessionError,
  SnapshotError,
  type Frame,
  type FrameBlock,
  type FrameItem,
  type MachineEvent,
  type RejectionReason,
  type SendResult,
  type Session,
  type SessionEvent,
  type SessionOptions,
} from './index.js';

describe('public types', () => {
  it('createSession takes a bundle and options and returns a Session', () => {
    expectTypeOf(createSession).parameter(1).toEqualTypeOf<SessionOptions>();
    expectTypeOf(createSession).returns.toEqualTypeOf<Session>();
    expectTypeOf<SessionOptions['mode']>().toEqualTypeOf<'guided' | 'self-directed'>();
    expectTypeOf<SessionOptions['snapshot']>().toEqualTypeOf<unknown>();
  });

  it('send takes typed events and says why it rejected one', () => {
    expectTypeOf<Session['send']>().parameter(0).toEqualTypeOf<SessionEvent>();
    expectTypeOf<SendResult>().toEqualTypeOf<{ accepted: true } | { accepted: false; reason: RejectionReason; message: string }>();
    expectTypeOf<Extract<SessionEvent, { type: 'answer' }>>().toEqualTypeOf<{ type: 'answer'; item: string; value: AnswerValue }>();
    expectTypeOf<SessionEvent['type']>().toEqualTypeOf<
      'answer' | 'skip' | 'next' | 'back' | 'acknowledge' | 'exit' | 'resume' | 'practice.start' | 'practice.pause' | 'practice.resume' | 'practice.complete'
    >();
    // @ts-expect-error: events are checked at compile time too
    createSession({} as never, {} as never).send({ type: 'jump' });
  });

  it('frames narrow by block type and item kind', () => {
    expectTypeOf<FrameBlock['type']>().toEqualTypeOf<'prose' | 'item' | 'instrument' | 'practice' | 'homework' | 'coach-note' | 'crisis'>();
    expectTypeOf<Extract<FrameItem, { kind: 'rating' }>['value']>().toEqualTypeOf<number | null>();
    expectTypeOf<Extract<FrameItem, { kind: 'choice' }>['constraints']>().toEqualTypeOf<{ multiple: boolean; options: { value: string; label: string }[] }>();
    expectTypeOf<Frame['actions'][number]>().toEqualTypeOf<'next' | 'back' | 'acknowledge' | 'exit' | 'resume'>();
  });

  it('records and snapshots are the schema types', () => {
    expectTypeOf<ReturnType<Session['getRecords']>>().toEqualTypeOf<readonly SessionRecord[]>();
    expectTypeOf<ReturnType<Session['getSnapshot']>>().toEqualTypeOf<SessionSnapshot>();
    expectTypeOf<Extract<SessionRecord, { type: 'safety.alert' }>['payload']['started']>().toEqualTypeOf<boolean>();
  });

  it('errors carry a stable code', () => {
    expectTypeOf<SessionError['code']>().toEqualTypeOf<'unknown-lesson' | 'invalid-bundle' | 'invalid-options' | 'invalid-clock' | 'pin-mismatch'>();
    expectTypeOf<SnapshotError['code']>().toMatchTypeOf<string>();
    expectTypeOf<SnapshotError>().toMatchTypeOf<Error>();
  });

  it('the machine takes events stamped with the clock time', () => {
    expectTypeOf<MachineEvent>().toMatchTypeOf<{ at: number }>();
    expectTypeOf(createSessionMachine).returns.toHaveProperty('transition');
  });
});
