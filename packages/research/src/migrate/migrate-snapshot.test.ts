import { createSession, ENGINE_VERSION, SessionError, SnapshotError, type Session, type SessionEvent } from '@copekit/engine';
import { validateRecord, validateSnapshot, type Bundle, type DeliveryMode, type SessionSnapshot } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { modifiedBundle, replaceOnce, shippedBundle } from '../../test/shipped-curriculum.js';
import { createLock } from '../lock/create-lock.js';
import { migrateSnapshot } from './migrate-snapshot.js';
import { MigrationError } from './migration-error.js';
import type { MigrationMap } from './types.js';

const checkIn = 'check-in/daily-check-in.mdx';
const weeklyMood = 'measures/weekly-mood.mdx';
const crisisSupport = 'safety/crisis-support.mdx';
const at = Date.UTC(2026, 1, 2, 9);

let v1: Bundle;
beforeAll(async () => {
  v1 = await shippedBundle();
});

function start(bundle: Bundle, lesson: string, events: SessionEvent[], extra: { pin?: ReturnType<typeof createLock> } = {}): Session {
  let now = Date.UTC(2026, 0, 5, 9);
  const session = createSession(bundle, { lesson, mode: 'self-directed' as DeliveryMode, participant: 'p-0042', clock: { now: () => (now += 1000) }, ...extra });
  for (const event of events) {
    const result = session.send(event);
    if (!result.accepted) throw new Error(`${JSON.stringify(event)} was rejected: ${result.message}`);
  }
  return session;
}

function restore(bundle: Bundle, snapshot: SessionSnapshot): Session {
  return createSession(bundle, { lesson: snapshot.lesson, mode: snapshot.mode, participant: snapshot.participant, snapshot, clock: { now: () => at + 60_000 } });
}

function refusal(run: () => unknown): MigrationError {
  try {
    run();
  } catch (error) {
    if (error instanceof MigrationError) return error;
    throw error;
  }
  throw new Error('the migration went through');
}

/** Daily check-in at `activity`: pain 4, practised 20 minutes, 30 active minutes. */
const toActivity: SessionEvent[] = [
  { type: 'answer', item: 'pain-today', value: 4 },
  { type: 'next' },
  { type: 'answer', item: 'practised', value: 'yes' },
  { type: 'answer', item: 'practice-minutes', value: 20 },
  { type: 'next' },
  { type: 'answer', item: 'active-minutes', value: 30 },
  { type: 'skip', item: 'steps' },
];

describe('migrateSnapshot on the shipped curriculum', () => {
  it('carries a session over a one-word change, which breaks the pin', async () => {
    const v2 = await modifiedBundle({ [checkIn]: replaceOnce('Thank you for checking in.', 'Thanks for checking in.') });
    const session = start(v1, 'daily-check-in', toActivity);
    const before = session.getSnapshot();
    expect(() => restore(v2, before)).toThrow(SnapshotError);
    const pinError = (() => {
      try {
        createSession(v2, { lesson: 'daily-check-in', mode: 'guided', participant: 'p-0042', pin: createLock(v1, { engineVersion: ENGINE_VERSION }) });
      } catch (error) {
        return error as SessionError;
      }
      throw new Error('the pin held');
    })();
    expect([pinError.code, pinError.message.includes('Lessons that differ: daily-check-in.')]).toEqual(['pin-mismatch', true]);

    const { snapshot, record } = migrateSnapshot(before, v1, v2, {}, { at });
    expect(validateSnapshot(snapshot)).toBe(true);
    expect(validateRecord(record)).toBe(true);
    expect(snapshot).toMatchObject({ curriculumVersion: '1.1.0', bundleHash: v2.hash, seq: before.seq + 1, state: before.state });
    expect(snapshot.lessonHash).not.toBe(before.lessonHash);
    expect(record).toMatchObject({ seq: before.seq, at, type: 'session.migrated', curriculumVersion: '1.1.0', lessonHash: snapshot.lessonHash, flow: 'lesson', step: 'activity' });
    expect(record.payload).toEqual({
      from: { curriculumVersion: '1.0.0', bundleHash: v1.hash, lessonHash: before.lessonHash, safetyLesson: 'crisis-support', safetyLessonHash: before.safetyLessonHash },
      to: { curriculumVersion: '1.1.0', bundleHash: v2.hash, lessonHash: snapshot.lessonHash, safetyLesson: 'crisis-support', safetyLessonHash: before.safetyLessonHash },
      pinned: false,
      steps: [],
      answers: [],
      skipped: [],
      practices: [],
      reviewed: [],
    });

    const resumed = restore(v2, snapshot);
    for (const event of [{ type: 'next' }, { type: 'answer', item: 'sleep-quality', value: 7 }, { type: 'next' }] as SessionEvent[]) expect(resumed.send(event)).toEqual({ accepted: true });
    expect(resumed.getFrame().blocks.some((block) => block.type === 'prose' && block.text.includes('Thanks for checking in.'))).toBe(true);
    resumed.send({ type: 'next' });
    const records = resumed.getRecords();
    expect(records[0]!.seq).toBe(record.seq + 1);
    expect(records.at(-1)).toMatchObject({ type: 'lesson.completed', curriculumVersion: '1.1.0', payload: { answers: { 'pain-today': 4, 'practice-minutes': 20, 'active-minutes': 30, 'sleep-quality': 7 } } });
  });

  it('moves a session at a removed step to the nearest earlier step; its answers leave the live state', async () => {
    const v2 = await modifiedBundle({
      [checkIn]: replaceOnce(/<Step id="activity"[\s\S]*?<\/Step>\n\n/, ''),
      // The program reads the removed item as a weekly measure: drop that too.
      'curriculum.yaml': replaceOnce('\n    activityMinutes: daily-check-in.active-minutes', ''),
    });
    const session = start(v1, 'daily-check-in', toActivity);
    const { snapshot, record } = migrateSnapshot(session.getSnapshot(), v1, v2, {}, { at });
    expect(snapshot.state).toMatchObject({ step: 'practice', answers: { 'daily-check-in': { 'pain-today': 4, practised: 'yes', 'practice-minutes': 20 } }, skipped: {} });
    expect(snapshot.state.answers['daily-check-in']).not.toHaveProperty('active-minutes');
    expect(record).toMatchObject({ step: 'practice' });
    expect(record.payload).toMatchObject({
      steps: [{ flow: 'lesson', from: 'activity', to: 'practice' }],
      answers: [{ lesson: 'daily-check-in', item: 'active-minutes', to: null, previous: 30, value: null }],
      skipped: [{ lesson: 'daily-check-in', item: 'steps', to: null }],
    });
    // The answer stays in the records the session wrote before.
    expect(session.getRecords().some((entry) => entry.type === 'item.answered' && entry.payload.item === 'active-minutes')).toBe(true);
    const resumed = restore(v2, snapshot);
    expect(resumed.getFrame().step?.id).toBe('practice');
    resumed.send({ type: 'next' });
    expect(resumed.getFrame().step?.id).toBe('sleep');
  });

  it('takes the answer to a removed item out of the live answers and keeps the session where it is', async () => {
    const v2 = await modifiedBundle({
      [checkIn]: (text) =>
        replaceOnce(/<Show when="practised == 'yes'">\n<NumberEntry id="practice-minutes"[^\n]*\n<\/Show>\n/, '')(replaceOnce(/<Show when="practised == 'no'">[\s\S]*?<\/Show>\n\n/, '')(text)),
      'curriculum.yaml': replaceOnce('\n    practiceMinutes: daily-check-in.practice-minutes', ''),
    });
    const session = start(v1, 'daily-check-in', toActivity);
    const { snapshot, record } = migrateSnapshot(session.getSnapshot(), v1, v2, {}, { at });
    expect(snapshot.state.step).toBe('activity');
    expect(snapshot.state.answers['daily-check-in']).toEqual({ 'pain-today': 4, practised: 'yes', 'active-minutes': 30 });
    expect(record.payload.answers).toEqual([{ lesson: 'daily-check-in', item: 'practice-minutes', to: null, previous: 20, value: null }]);
    expect(record.payload.steps).toEqual([]);
    expect(restore(v2, snapshot).getFrame().step?.id).toBe('activity');
  });

  describe('an answered item whose type changed', () => {
    const toNumber = replaceOnce(/<Rating id="pain-today"[^\n]*\/>/, '<NumberEntry id="pain-today" label="How strong was your pain today, from 0 to 100?" min={0} max={100} integer />');
    let v2: Bundle;
    let saved: SessionSnapshot;
    beforeAll(async () => {
      v2 = await modifiedBundle({ [checkIn]: toNumber });
      saved = start(v1, 'daily-check-in', toActivity).getSnapshot();
    });

    it('is refused, naming the item and what to add to the map', () => {
      const error = refusal(() => migrateSnapshot(saved, v1, v2));
      expect(error.code).toBe('item-type-changed');
      expect(error.message).toMatchInlineSnapshot(`
        "The session cannot be migrated:
          - \`pain-today\` (daily-check-in) was a rating item in copekit-chronic-pain 1.0.0 and is a number item in copekit-chronic-pain 1.1.0; add \`lesson.items['pain-today']\`.value to convert its answer 4, or return null to drop it."
      `);
    });

    it('migrates when the map converts the answer, and records the conversion', () => {
      const map: MigrationMap = { lesson: { items: { 'pain-today': { value: (old) => (old as number) * 10 } } } };
      const { snapshot, record } = migrateSnapshot(saved, v1, v2, map, { at });
      expect(snapshot.state.answers['daily-check-in']?.['pain-today']).toBe(40);
      expect(record.payload.answers).toEqual([{ lesson: 'daily-check-in', item: 'pain-today', to: 'pain-today', previous: 4, value: 40 }]);
      expect(restore(v2, snapshot).getFrame().step?.id).toBe('activity');
    });

    it('migrates when the map drops the answer, and refuses a conversion the new item does not accept', () => {
      const dropped = migrateSnapshot(saved, v1, v2, { lesson: { items: { 'pain-today': { value: () => null } } } }, { at });
      expect(dropped.snapshot.state.answers['daily-check-in']).not.toHaveProperty('pain-today');
      expect(dropped.record.payload.answers).toEqual([{ lesson: 'daily-check-in', item: 'pain-today', to: null, previous: 4, value: null }]);
      const error = refusal(() => migrateSnapshot(saved, v1, v2, { lesson: { items: { 'pain-today': { value: () => 400 } } } }));
      expect(error.code).toBe('answer-invalid');
      expect(error.message).toContain("`pain-today` takes a whole number from 0 to 100; got 400 (daily-check-in, answer 4): fix `lesson.items['pain-today']`.value.");
    });

    it('also refuses an answer a narrower item of the same kind does not accept', async () => {
      const narrower = await modifiedBundle({ [checkIn]: replaceOnce('min={0} max={10} minLabel="No pain"', 'min={0} max={3} minLabel="No pain"') });
      expect(refusal(() => migrateSnapshot(saved, v1, narrower)).code).toBe('answer-invalid');
      const capped = migrateSnapshot(saved, v1, narrower, { lesson: { items: { 'pain-today': { value: (old) => Math.min(old as number, 3) } } } }, { at });
      expect(capped.snapshot.state.answers['daily-check-in']?.['pain-today']).toBe(3);
    });
  });

  describe('a change to a safety step', () => {
    const relabel = replaceOnce('have you had any thoughts of hurting yourself or ending your life?', 'have you had any thoughts of harming yourself or ending your life?');
    /** Weekly mood past `more-mood`: PHQ-2 low, no self-harm thoughts. */
    const pastMoreMood: SessionEvent[] = [
      { type: 'next' },
      { type: 'answer', item: 'phq-2-q1', value: 0 },
      { type: 'answer', item: 'phq-2-q2', value: 1 },
      { type: 'next' },
      { type: 'answer', item: 'self-harm-thoughts', value: 'no' },
      { type: 'next' },
    ];

    it('is refused once the session has reached the step, unless the map marks it reviewed', async () => {
      const v2 = await modifiedBundle({ [weeklyMood]: relabel });
      const saved = start(v1, 'weekly-mood', pastMoreMood).getSnapshot();
      expect(saved.state.step).toBe('pain');
      const error = refusal(() => migrateSnapshot(saved, v1, v2));
      expect(error.code).toBe('safety-change');
      expect(error.message).toContain("changes the safety step `more-mood` of weekly-mood, which the session has already reached in copekit-chronic-pain 1.0.0; have the change reviewed, then set `lesson.steps['more-mood']` to { reviewed: true }");
      const { snapshot, record } = migrateSnapshot(saved, v1, v2, { lesson: { steps: { 'more-mood': { reviewed: true } } } }, { at });
      expect(record.payload.reviewed).toEqual([{ lesson: 'weekly-mood', step: 'more-mood' }]);
      expect(restore(v2, snapshot).getFrame().step?.id).toBe('pain');
    });

    it('is carried over silently while the session has not reached it', async () => {
      const v2 = await modifiedBundle({ [weeklyMood]: relabel });
      const saved = start(v1, 'weekly-mood', []).getSnapshot();
      expect(migrateSnapshot(saved, v1, v2, {}, { at }).record.payload.reviewed).toEqual([]);
    });

    it('in the safety lesson is refused while the safety flow runs', async () => {
      const v2 = await modifiedBundle({ [crisisSupport]: replaceOnce('You are not alone.', 'You are never alone.') });
      const inFlow = start(v1, 'weekly-mood', [...pastMoreMood.slice(0, 4), { type: 'answer', item: 'self-harm-thoughts', value: 'yes' }]).getSnapshot();
      expect(inFlow.state.safetyStep).toBe('get-help');
      const error = refusal(() => migrateSnapshot(inFlow, v1, v2));
      expect(error.code).toBe('safety-change');
      expect(error.message).toContain("set `safety.steps['get-help']` to { reviewed: true }");
      const { snapshot, record } = migrateSnapshot(inFlow, v1, v2, { safety: { steps: { 'get-help': { reviewed: true } } } }, { at });
      expect(record).toMatchObject({ flow: 'safety', step: 'get-help', payload: { reviewed: [{ lesson: 'crisis-support', step: 'get-help' }] } });
      const resumed = restore(v2, snapshot);
      expect(resumed.getFrame()).toMatchObject({ flow: 'safety', step: { id: 'get-help' } });
      // A session that never entered the safety flow is not affected by the change.
      expect(migrateSnapshot(start(v1, 'weekly-mood', pastMoreMood).getSnapshot(), v1, v2, {}, { at }).record.payload.reviewed).toEqual([]);
    });
  });

  describe('pinned sessions', () => {
    it('are never migrated silently; on purpose they stay pinned, to the new content', async () => {
      const v2 = await modifiedBundle({ [checkIn]: replaceOnce('Thank you for checking in.', 'Thanks for checking in.') });
      const pin = createLock(v1, { engineVersion: ENGINE_VERSION });
      const saved = start(v1, 'daily-check-in', toActivity, { pin }).getSnapshot();
      const error = refusal(() => migrateSnapshot(saved, v1, v2));
      expect(error.code).toBe('pinned');
      expect(error.message).toContain("pass { pinned: 'migrate' }");
      const { snapshot, record } = migrateSnapshot(saved, v1, v2, {}, { at, pinned: 'migrate' });
      expect([snapshot.pinned, record.payload.pinned]).toEqual([true, true]);
      expect(restore(v2, snapshot).getSnapshot().pinned).toBe(true);
      expect(() => createSession(v2, { lesson: 'daily-check-in', mode: 'self-directed', participant: 'p-0042', snapshot, pin })).toThrow(SessionError);
      expect(() => createSession(v2, { lesson: 'daily-check-in', mode: 'self-directed', participant: 'p-0042', snapshot, pin: createLock(v2, { engineVersion: ENGINE_VERSION }) })).not.toThrow();
    });
  });

  describe('refuses', () => {
    it('a corrupt snapshot, a snapshot of another bundle, another curriculum and a map naming what does not exist', async () => {
      const v2 = await modifiedBundle({ [checkIn]: replaceOnce('Thank you for checking in.', 'Thanks for checking in.') });
      const saved = start(v1, 'daily-check-in', toActivity).getSnapshot();
      expect(() => migrateSnapshot({ ...saved, seq: saved.seq + 1 }, v1, v2)).toThrow(SnapshotError);
      expect(refusal(() => migrateSnapshot(saved, v2, v1)).code).toBe('not-from-bundle');
      const other = { ...v2, curriculum: { ...v2.curriculum, id: 'another-program' } };
      expect(refusal(() => migrateSnapshot(saved, v1, other)).code).toBe('incompatible-bundle');
      const error = refusal(() => migrateSnapshot(saved, v1, v2, { lesson: { items: { 'pain-now': { to: 'pain' } }, steps: { activity: { to: 'nowhere' } } } }));
      expect(error.code).toBe('invalid-map');
      expect(error.message.split('\n').slice(1)).toEqual([
        "  - `lesson.items['pain-now']`: daily-check-in has no item `pain-now` in copekit-chronic-pain 1.0.0.",
        "  - `lesson.items['pain-now'].to`: daily-check-in has no item `pain` in copekit-chronic-pain 1.1.0.",
        "  - `lesson.steps['activity'].to`: daily-check-in has no step `nowhere` in copekit-chronic-pain 1.1.0.",
      ]);
    });
  });
});
