/**
 * Properties over random event sequences (fast-check): sending never throws;
 * a rejected event changes nothing but the audit log; a snapshot taken at any
 * point and restored behaves exactly like the session that never stopped; no
 * risk answer skips the safety flow; records rebuild every answer and the path.
 */

import { validateRecord, validateSnapshot, type DeliveryMode, type SessionRecord } from '@copekit/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession, type Frame, type Session, type SessionEvent } from '../src/index.js';
import { bundle } from './fixtures/bundle.js';
import { commandArbitrary, commandEvent, lessonDomains, type Command } from './helpers/arbitraries.js';

const lessons = ['pacing-basics', 'safety-check', 'check-in'] as const;
const runs = { numRuns: 150 };

/** A session driven by a clock that only moves when a command says so. */
function harness(lesson: string, mode: DeliveryMode, region: string | undefined) {
  let time = Date.UTC(2026, 0, 5, 9);
  const clock = { now: () => time };
  const options = { lesson, mode, participant: 'p-prop', region, clock };
  const session = createSession(bundle, options);
  return {
    session,
    options,
    advance: (ms: number) => {
      time += ms;
    },
    restore: (from: Session) => createSession(bundle, { ...options, snapshot: JSON.parse(JSON.stringify(from.getSnapshot())) }),
  };
}

/** A lesson, a mode, a region and a run of commands. */
const scenarioOf = (maxLength: number) =>
  fc.constantFrom(...lessons).chain((lesson) =>
    fc.record({
      lesson: fc.constant(lesson),
      mode: fc.constantFrom<DeliveryMode>('guided', 'self-directed'),
      region: fc.constantFrom(undefined, 'us', 'uk', 'fr'),
      commands: fc.array(commandArbitrary(bundle, lesson), { minLength: Math.min(40, maxLength), maxLength }),
    }),
  );
const scenario = scenarioOf(120);

const frames = (session: Session): Frame[] => [session.getFrame(), session.getFrame({ audience: 'coach' })];
const domains = new Map<string, ReturnType<typeof lessonDomains>['domains']>(lessons.map((lesson) => [lesson, lessonDomains(bundle, lesson).domains]));

/** Sends a command's event; returns the event sent and the result. */
function sendCommand(session: Session, lesson: string, command: Command) {
  const event = commandEvent(command, session.getFrame(), domains.get(lesson)!) as SessionEvent;
  return { event, result: session.send(event) };
}

describe('random event sequences', () => {
  it('never throw, and a rejected event changes nothing but the audit log', () => {
    fc.assert(
      fc.property(scenario, ({ lesson, mode, region, commands }) => {
        const { session, advance } = harness(lesson, mode, region);
        for (const command of commands) {
          advance(command.advance);
          const before = { frames: frames(session), snapshot: session.getSnapshot(), records: session.getRecords().length };
          const { result } = sendCommand(session, lesson, command);
          const records = session.getRecords();
          if (result.accepted) {
            expect(records.length).toBeGreaterThan(before.records);
            continue;
          }
          expect(frames(session)).toEqual(before.frames);
          const after = session.getSnapshot();
          expect(after.state).toEqual(before.snapshot.state);
          expect(after.seq).toBe(before.snapshot.seq + 1);
          expect(records.length).toBe(before.records + 1);
          expect(records.at(-1)).toMatchObject({ type: 'event.rejected', payload: { reason: result.reason, message: result.message } });
        }
      }),
      runs,
    );
  });

  it('are accepted exactly when the frame offers them', () => {
    fc.assert(
      fc.property(scenario, ({ lesson, mode, region, commands }) => {
        const { session, advance } = harness(lesson, mode, region);
        for (const command of commands) {
          advance(command.advance);
          const frame = session.getFrame();
          const { event, result } = sendCommand(session, lesson, command);
          const type = (event as { type?: unknown } | null)?.type;
          if (type === 'next' || type === 'back' || type === 'acknowledge' || type === 'exit' || type === 'resume') {
            expect(result.accepted).toBe(frame.actions.includes(type));
          } else if (type === 'answer' || type === 'skip') {
            const item = (event as { item: string }).item;
            const shown = frame.blocks.flatMap((block) => (block.type === 'item' ? [block] : block.type === 'instrument' ? block.items : []));
            const target = shown.find((candidate) => candidate.id === item);
            if (target === undefined) expect(result.accepted).toBe(false);
            if (type === 'skip' && target !== undefined) expect(result.accepted).toBe(target.optional);
          } else if (typeof type === 'string' && type.startsWith('practice.')) {
            const practice = frame.blocks.find((block) => block.type === 'practice' && block.id === (event as { practice: string }).practice);
            expect(result.accepted).toBe(practice?.type === 'practice' && (practice.actions as string[]).includes(type));
          }
        }
      }),
      runs,
    );
  });

  it('give the same frames, records and snapshots after a snapshot is restored at any step', () => {
    fc.assert(
      // A few restore points per run, each copy compared after every later
      // event: over the runs every step is a restore point, in linear time.
      fc.property(
        scenario.chain((run) => fc.record({ run: fc.constant(run), cuts: fc.uniqueArray(fc.nat(Math.max(0, run.commands.length - 1)), { maxLength: 3 }) })),
        ({ run: { lesson, mode, region, commands }, cuts }) => {
          const run = harness(lesson, mode, region);
          const resumed: { session: Session; from: number }[] = [];
          for (const [index, command] of commands.entries()) {
            if (cuts.includes(index)) resumed.push({ session: run.restore(run.session), from: run.session.getRecords().length });
            run.advance(command.advance);
            const { event, result } = sendCommand(run.session, lesson, command);
            for (const copy of resumed) {
              expect(copy.session.send(event)).toEqual(result);
              expect(frames(copy.session)).toEqual(frames(run.session));
              expect(copy.session.getSnapshot()).toEqual(run.session.getSnapshot());
              expect(copy.session.getRecords()).toEqual(run.session.getRecords().slice(copy.from));
            }
          }
        },
      ),
      runs,
    );
    // About 10 s alone; several times that on a loaded CI machine.
  }, 120_000);

  it('never skip the safety flow after a risk answer', () => {
    fc.assert(
      fc.property(scenario, ({ lesson, mode, region, commands }) => {
        const { session, advance } = harness(lesson, mode, region);
        let open = false;
        for (const command of commands) {
          advance(command.advance);
          const seen = session.getRecords().length;
          const before = session.getFrame();
          sendCommand(session, lesson, command);
          const written = session.getRecords().slice(seen);
          const after = session.getFrame();
          const alert = written.find((record) => record.type === 'safety.alert');
          if (alert?.type === 'safety.alert' && alert.payload.started) {
            expect(before.flow).toBe('lesson');
            expect(after.flow).toBe('safety');
            expect(after.step).toMatchObject({ lesson: 'safety-check', index: 0 });
            expect(after.blocks.some((block) => block.type === 'crisis' && block.resources.length > 0)).toBe(true);
            open = true;
          }
          if (alert !== undefined && !(alert.type === 'safety.alert' && alert.payload.started)) expect(after.flow).toBe(before.flow);
          if (written.some((record) => record.type === 'safety.acknowledged')) open = false;
          if (open) expect(after.flow === 'safety' || after.status === 'exited').toBe(true);
          expect(open && written.some((record) => record.type === 'lesson.completed')).toBe(false);
        }
      }),
      runs,
    );
  });

  it('write records that rebuild every answer and the path taken, and match the JSON Schemas', () => {
    fc.assert(
      fc.property(scenario, ({ lesson, mode, region, commands }) => {
        const { session, advance } = harness(lesson, mode, region);
        const path = [session.getFrame().step?.id];
        for (const command of commands) {
          advance(command.advance);
          sendCommand(session, lesson, command);
          const step = session.getFrame().step?.id;
          if (step !== path.at(-1) && session.getFrame().status === 'active') path.push(step);
        }
        const records = session.getRecords();
        for (const record of records) expect(validateRecord(record), JSON.stringify(validateRecord.errors)).toBe(true);
        const snapshot = session.getSnapshot();
        expect(validateSnapshot(snapshot), JSON.stringify(validateSnapshot.errors)).toBe(true);
        expect(records.map((record) => record.seq)).toEqual(records.map((_, index) => index));
        const rebuilt = rebuild(records);
        expect(rebuilt.answers).toEqual(snapshot.state.answers);
        expect(rebuilt.skipped).toEqual(snapshot.state.skipped);
        expect(rebuilt.path.filter((step, index, all) => step !== all[index - 1])).toEqual(path.filter((step) => step !== undefined));
      }),
      runs,
    );
  });
});

/** Answers, skips and the steps shown, rebuilt from records alone. */
function rebuild(records: readonly SessionRecord[]) {
  const answers: Record<string, Record<string, unknown>> = {};
  const skipped: Record<string, string[]> = {};
  const path: string[] = [];
  for (const record of records) {
    if (record.type === 'item.answered') {
      const { lesson, item, value } = record.payload;
      answers[lesson] = { ...answers[lesson], [item]: value };
      if (skipped[lesson]?.includes(item)) skipped[lesson] = skipped[lesson]!.filter((entry) => entry !== item);
    } else if (record.type === 'item.skipped') {
      const { lesson, item } = record.payload;
      const { [item]: _withdrawn, ...rest } = answers[lesson] ?? {};
      answers[lesson] = rest;
      skipped[lesson] = skipped[lesson]?.includes(item) ? skipped[lesson]! : [...(skipped[lesson] ?? []), item];
    } else if (record.type === 'step.entered') {
      path.push(record.step!);
    }
  }
  return { answers, skipped, path };
}
