import { createSession } from '@copekit/engine';
import { validateRecord, type Bundle, type SessionMigratedPayload } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/shipped-curriculum.js';
import { outlineLesson } from './lesson-outline.js';
import { migratedContent, migrationRecord } from './migration-record.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

describe('migratedContent', () => {
  it('names the versions and the hashes of the lesson and the safety lesson', () => {
    const lesson = outlineLesson(bundle, 'daily-check-in')!;
    const safety = outlineLesson(bundle, 'crisis-support')!;
    expect(migratedContent(bundle, lesson, safety)).toEqual({
      curriculumVersion: bundle.curriculum.version,
      bundleHash: bundle.hash,
      lessonHash: lesson.lesson.hash,
      safetyLesson: 'crisis-support',
      safetyLessonHash: safety.lesson.hash,
    });
  });
});

describe('migrationRecord', () => {
  it('is a valid record, numbered with the old seq and placed where the session is (the safety flow included)', () => {
    const session = createSession(bundle, { lesson: 'weekly-mood', mode: 'guided', participant: 'p-1', clock: { now: () => 1 } });
    const saved = session.getSnapshot();
    const content = migratedContent(bundle, outlineLesson(bundle, 'weekly-mood')!, outlineLesson(bundle, 'crisis-support')!);
    const payload: SessionMigratedPayload = { from: content, to: content, pinned: false, steps: [], answers: [], skipped: [], practices: [], reviewed: [] };
    const record = migrationRecord(saved, { ...saved, seq: saved.seq + 1 }, bundle, payload, 42);
    expect(validateRecord(record)).toBe(true);
    expect(record).toMatchObject({ seq: saved.seq, at: 42, flow: 'lesson', step: 'intro', lesson: 'weekly-mood', lessonHash: saved.lessonHash, payload });
    const inFlow = { ...saved, state: { ...saved.state, safetyStep: 'get-help' } };
    expect(migrationRecord(saved, inFlow, bundle, payload, 42)).toMatchObject({ flow: 'safety', step: 'get-help' });
  });
});
