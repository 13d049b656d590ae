import type { Bundle, SessionRecord } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/fixtures/shipped-bundle.js';
import { AnswerTable } from './answer-table.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

function record(seq: number, type: string, payload: object): SessionRecord {
  const lesson = bundle.lessons.find((candidate) => candidate.id === 'daily-check-in')!;
  return {
    seq,
    at: Date.UTC(2026, 2, 2, 9, 0, seq),
    session: 's-1',
    participant: 'p-1',
    curriculum: bundle.curriculum.id,
    curriculumVersion: bundle.curriculum.version,
    bundleHash: bundle.hash,
    lesson: lesson.id,
    lessonHash: lesson.hash,
    engineVersion: '0.1.0',
    flow: 'lesson',
    step: 'pain',
    type,
    payload,
  } as SessionRecord;
}

describe('AnswerTable', () => {
  it('writes a replaced answer at once, not final, and holds only the latest one per item', () => {
    const table = new AnswerTable([bundle]);
    expect(table.add(record(0, 'session.started', { mode: 'guided', region: 'us' }))).toEqual([]);
    expect(table.add(record(1, 'item.answered', { lesson: 'daily-check-in', item: 'pain-today', value: 3, previous: null }))).toEqual([]);
    const replaced = table.add(record(2, 'item.answered', { lesson: 'daily-check-in', item: 'pain-today', value: 5, previous: 3 }));
    expect(replaced).toEqual([expect.objectContaining({ seq: 1, value: 3, final: false, mode: 'guided' })]);
    const rest = table.finish();
    expect(rest).toEqual([expect.objectContaining({ seq: 2, value: 5, final: true })]);
    expect(table.finish()).toEqual([]);
  });

  it('writes the held rows when the lesson completes, final only if the lesson kept the answer', () => {
    const table = new AnswerTable([bundle]);
    table.add(record(0, 'item.answered', { lesson: 'daily-check-in', item: 'pain-today', value: 3, previous: null }));
    table.add(record(1, 'item.answered', { lesson: 'daily-check-in', item: 'steps', value: 900, previous: null }));
    const rows = table.add(record(2, 'lesson.completed', { answers: { 'pain-today': 3 }, scores: {}, skipped: [] }));
    expect(rows).toEqual([expect.objectContaining({ item: 'pain-today', final: true, mode: null }), expect.objectContaining({ item: 'steps', final: false })]);
    expect(table.finish()).toEqual([]);
  });

  it('refuses a record of another bundle or an unknown lesson, saying why', () => {
    const table = new AnswerTable([bundle]);
    expect(table.add({ ...record(0, 'session.started', { mode: 'guided', region: 'us' }), bundleHash: 'sha256:other' })).toMatch(/^was written with bundle sha256:other/);
    expect(table.add(record(1, 'item.answered', { lesson: 'no-such-lesson', item: 'x', value: 1, previous: null }))).toMatch(/^answers an item of lesson `no-such-lesson`/);
  });
});
