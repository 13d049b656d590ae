/**
 * Property: migrating a session to an identical bundle is a no-op apart from
 * the `session.migrated` record, at every point of random runs through
 * lessons of the shipped curriculum (the safety flow included).
 */

import { createSession, type SessionEvent } from '@copekit/engine';
import type { Bundle, DeliveryMode } from '@copekit/schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandArbitrary, commandEvent, lessonDomains } from '../../../engine/test/helpers/arbitraries.js';
import { shippedBundle } from '../../test/shipped-curriculum.js';
import { migrateSnapshot } from './migrate-snapshot.js';

const lessons = ['daily-check-in', 'weekly-mood', 'activity-pacing', 'crisis-support'] as const;

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

describe('migrating to an identical bundle', () => {
  it('changes nothing but the sequence number, and records an empty migration', () => {
    const same = structuredClone(bundle);
    const domains = new Map(lessons.map((lesson) => [lesson, lessonDomains(bundle, lesson).domains]));
    const scenario = fc.constantFrom(...lessons).chain((lesson) =>
      fc.record({
        lesson: fc.constant(lesson),
        mode: fc.constantFrom<DeliveryMode>('guided', 'self-directed'),
        commands: fc.array(commandArbitrary(bundle, lesson), { maxLength: 60 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ lesson, mode, commands }) => {
        let now = Date.UTC(2026, 0, 5, 9);
        const session = createSession(bundle, { lesson, mode, participant: 'p-prop', clock: { now: () => now } });
        for (const command of commands) {
          now += command.advance;
          session.send(commandEvent(command, session.getFrame(), domains.get(lesson)!) as SessionEvent);
        }
        const before = session.getSnapshot();
        const { snapshot, record } = migrateSnapshot(before, bundle, same, {}, { at: now });
        const { checksum: _before, seq: seqBefore, ...restBefore } = before;
        const { checksum: _after, seq: seqAfter, ...restAfter } = snapshot;
        expect(restAfter).toEqual(restBefore);
        expect(seqAfter).toBe(seqBefore + 1);
        expect(record.seq).toBe(seqBefore);
        const { from, to, ...changes } = record.payload;
        expect(to).toEqual(from);
        expect(changes).toEqual({ pinned: false, steps: [], answers: [], skipped: [], practices: [], reviewed: [] });
      }),
      { numRuns: 120 },
    );
  });
});
