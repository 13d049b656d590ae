/**
 * Properties over random weeks (fast-check): a program saved and restored at
 * any point goes on exactly like the one that never stopped (same snapshots,
 * same records); a refused action changes nothing; every record matches the
 * program record schema.
 */

import { validateProgramRecord, validateProgramSnapshot, type Bundle } from '@copekit/schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { coachQueue, createProgram, type Program, type ProgramOptions } from '../src/index.js';
import { hour, manualClock, type ManualClock } from './helpers/manual-clock.js';
import { at, checkIn, doNextSession, startDate, timeZone } from './helpers/participant.js';
import { shippedBundle } from './helpers/shipped-bundle.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

type Command =
  | { type: 'wait'; hours: number }
  | { type: 'session' }
  | { type: 'start-session' }
  | { type: 'check-in'; pain: number; practised: boolean }
  | { type: 'practice'; skill: string; minutes: number }
  | { type: 'coach' }
  | { type: 'remind' }
  | { type: 'tick' }
  | { type: 'refused' };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 60 }) }) },
  { weight: 2, arbitrary: fc.constant({ type: 'session' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'start-session' as const }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('check-in' as const), pain: fc.integer({ min: 0, max: 10 }), practised: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('practice' as const), skill: fc.constantFrom('pmr', 'mini', 'breathing', 'walking'), minutes: fc.integer({ min: 0, max: 60 }) }) },
  { weight: 2, arbitrary: fc.constant({ type: 'coach' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'remind' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'tick' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'refused' as const }) },
);

/** Runs `command` on `program`; refused actions are part of the run. */
function run(program: Program, clock: ManualClock, command: Command): void {
  switch (command.type) {
    case 'wait':
      clock.advance(command.hours * hour);
      return;
    case 'session':
      doNextSession(program);
      return;
    case 'start-session': {
      const next = program.getOverview().next;
      if (next?.status !== 'available') return;
      const opened = program.openSession(next.lesson);
      if (opened.accepted) opened.session.send({ type: 'next' });
      return;
    }
    case 'check-in':
      if (program.getOverview().checkIn?.status === 'done') return;
      if (program.getOverview().today < startDate) return;
      checkIn(program, { pain: command.pain, practised: command.practised, minutes: 10, active: 30, sleep: 5 });
      return;
    case 'practice':
      program.logPractice({ skill: command.skill, minutes: command.minutes });
      return;
    case 'coach': {
      const [item] = coachQueue([program], clock.now());
      if (item !== undefined) program.coachAction(item.action, { coach: 'c-1' });
      return;
    }
    case 'remind':
      for (const reminder of program.getReminders()) program.markReminderSent(reminder.key);
      return;
    case 'tick':
      program.tick();
      return;
    case 'refused': {
      const before = JSON.stringify(program.getSnapshot());
      const count = program.getRecords().length;
      const result = program.coachAction({ type: 'review-homework', plan: 'no-such-plan' }, { coach: 'c-1' });
      expect(result.accepted).toBe(false);
      expect(JSON.stringify(program.getSnapshot())).toBe(before);
      expect(program.getRecords()).toHaveLength(count);
    }
  }
}

describe('program properties', () => {
  it('a program restored at any point goes on exactly like the one that never stopped', () => {
    fc.assert(
      fc.property(fc.constantFrom('guided' as const, 'self-directed' as const), fc.array(command, { minLength: 1, maxLength: 60 }), fc.nat(), (mode, commands, cut) => {
        const stop = cut % commands.length;
        const clocks = [manualClock(at(-1, 20)), manualClock(at(-1, 20))] as const;
        const options = (clock: ManualClock): ProgramOptions => ({ participant: 'p-prop', mode, timeZone, startDate, clock });
        const reference = createProgram(bundle, options(clocks[0]));
        let restored = createProgram(bundle, options(clocks[1]));
        let recordsAfter = 0;
        commands.forEach((step, index) => {
          if (index === stop) {
            const snapshot = JSON.parse(JSON.stringify(restored.getSnapshot())) as unknown;
            expect(validateProgramSnapshot(snapshot)).toBe(true);
            restored = createProgram(bundle, { ...options(clocks[1]), snapshot });
            recordsAfter = reference.getRecords().length;
          }
          run(reference, clocks[0], step);
          run(restored, clocks[1], step);
        });
        expect(restored.getSnapshot()).toEqual(reference.getSnapshot());
        expect(restored.getRecords()).toEqual(reference.getRecords().slice(recordsAfter));
        expect(reference.getRecords().every((record) => validateProgramRecord(record))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
