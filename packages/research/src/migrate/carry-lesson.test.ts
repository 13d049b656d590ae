import type { Item, SessionState } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { carryLesson, type LessonPair, type MigrationProblem } from './carry-lesson.js';
import type { LessonOutline } from './lesson-outline.js';
import type { LessonMigration } from './types.js';

const rating = (id: string, max = 10, optional = false): Item => ({ kind: 'rating', id, label: id, optional, min: 0, max });
const text = (id: string, optional = true): Item => ({ kind: 'text', id, label: id, optional });

function outline(items: Item[], practices: string[] = []): LessonOutline {
  return {
    lesson: { id: 'lesson' },
    steps: ['only'],
    items: new Map(items.map((item) => [item.id, { item, step: 'only' }])),
    practices: new Set(practices),
    safetySteps: new Set(),
    fingerprints: new Map(),
    refs: [],
  } as unknown as LessonOutline;
}

const pair = (old: LessonOutline, now: LessonOutline, rules?: LessonMigration): LessonPair => ({ old, now, rules, key: 'lesson', from: 'v1', to: 'v2' });

const state = (part: Partial<SessionState>): SessionState => ({ status: 'active', step: 'only', safetyStep: null, answers: {}, skipped: {}, practices: {}, prior: {}, ...part });

describe('carryLesson', () => {
  it('keeps what still fits, renames by the map, and lists what left', () => {
    const problems: MigrationProblem[] = [];
    const carried = carryLesson(
      pair(outline([rating('pain'), rating('mood'), text('note'), text('gone')], ['pmr', 'old']), outline([rating('pain'), rating('mood-now'), text('note', false)], ['pmr']), {
        items: { mood: { to: 'mood-now' } },
      }),
      state({
        answers: { lesson: { pain: 3, mood: 5, gone: 'x' } },
        skipped: { lesson: ['note'] },
        practices: { lesson: { pmr: { status: 'completed', elapsed: 1000, since: null }, old: { status: 'paused', elapsed: 10, since: null } } },
      }),
      problems,
    );
    expect(problems).toEqual([]);
    expect(carried.answers).toEqual({ pain: 3, 'mood-now': 5 });
    expect(carried.skipped).toEqual([]);
    expect(Object.keys(carried.practices)).toEqual(['pmr']);
    expect(carried.changes).toEqual({
      answers: [
        { lesson: 'lesson', item: 'mood', to: 'mood-now', previous: 5, value: 5 },
        { lesson: 'lesson', item: 'gone', to: null, previous: 'x', value: null },
      ],
      skipped: [{ lesson: 'lesson', item: 'note', to: null }],
      practices: [{ lesson: 'lesson', practice: 'old' }],
    });
  });

  it('refuses two answers sent to one item', () => {
    const problems: MigrationProblem[] = [];
    carryLesson(pair(outline([rating('a'), rating('b')]), outline([rating('b')]), { items: { a: { to: 'b' } } }), state({ answers: { lesson: { a: 1, b: 2 } } }), problems);
    expect(problems).toEqual([{ code: 'invalid-map', message: 'Two answers of lesson would go to `b`: map each item to its own item.' }]);
  });

  it('reports every unconvertible answer, and leaves a lesson without answers empty', () => {
    const problems: MigrationProblem[] = [];
    const carried = carryLesson(pair(outline([rating('a'), rating('b')]), outline([rating('a', 3), text('b')])), state({ answers: { lesson: { a: 7, b: 1 } } }), problems);
    expect(problems.map((problem) => problem.code)).toEqual(['answer-invalid', 'item-type-changed']);
    expect(carried.answers).toEqual({});
    expect(carryLesson(pair(outline([]), outline([])), state({}), []).changes).toEqual({ answers: [], skipped: [], practices: [] });
  });
});
