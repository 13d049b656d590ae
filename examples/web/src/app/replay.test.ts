import { createSession, type FrameItem } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/support/shipped-bundle.js';
import { placeholders, replayTo, type SessionFactory } from './replay.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

const factory =
  (lesson: string): SessionFactory =>
  (snapshot) =>
    createSession(bundle, { lesson, mode: 'self-directed', participant: 'author', ...(snapshot === undefined ? {} : { snapshot }) });

describe('replayTo', () => {
  it('reaches a step, answering required questions with placeholders', () => {
    const replay = replayTo(factory('daily-check-in'), 'sleep', {});
    expect(replay.reached).toBe(true);
    expect(replay.session.getFrame().step?.id).toBe('sleep');
    expect(replay.answers).toEqual([
      { item: 'pain-today', value: 0, placeholder: true },
      { item: 'practised', value: 'yes', placeholder: true },
      { item: 'practice-minutes', value: 0, placeholder: true },
      { item: 'active-minutes', value: 0, placeholder: true },
    ]);
  });

  it('prefers earlier answers, including optional ones', () => {
    const replay = replayTo(factory('daily-check-in'), 'done', { 'pain-today': 8, practised: 'no', steps: 4000, 'active-minutes': 20, 'sleep-quality': 3 });
    expect(replay.reached).toBe(true);
    expect(replay.session.getSnapshot().state.answers['daily-check-in']).toEqual({ 'pain-today': 8, practised: 'no', 'active-minutes': 20, steps: 4000, 'sleep-quality': 3 });
    expect(replay.answers.every((answer) => !answer.placeholder)).toBe(true);
  });

  it('falls back to a placeholder when an earlier answer no longer fits', () => {
    const replay = replayTo(factory('daily-check-in'), 'practice', { 'pain-today': 42 });
    expect(replay.answers).toEqual([{ item: 'pain-today', value: 0, placeholder: true }]);
  });

  it('never starts the safety flow: each candidate is tried on a copy first', () => {
    const screen = replayTo(factory('weekly-mood'), 'pain', { 'self-harm-thoughts': 'yes' });
    expect(screen.reached).toBe(true);
    expect(screen.session.getSnapshot().state.answers['weekly-mood']!['self-harm-thoughts']).toBe('no');
    const phq9 = replayTo(factory('weekly-mood'), 'pain', { 'phq-2-q1': 3, 'phq-2-q2': 3, 'phq-9-q9': 2 });
    expect(phq9.reached).toBe(true);
    expect(phq9.session.getSnapshot().state.answers['weekly-mood']!['phq-9-q9']).toBe(0);
    for (const replay of [screen, phq9]) {
      expect(replay.session.getFrame().flow).toBe('lesson');
      expect(replay.session.getRecords().map((record) => record.type)).not.toContain('safety.alert');
    }
  });

  it('stops at the last step instead of completing the lesson when the target is not ahead', () => {
    const replay = replayTo(factory('daily-check-in'), 'no-such-step', {});
    expect(replay.reached).toBe(false);
    expect(replay.session.getFrame()).toMatchObject({ status: 'active', step: { id: 'done' } });
  });
});

describe('placeholders', () => {
  const base = { id: 'x', label: 'X', optional: false, value: null, status: 'unanswered' } as const;
  it('lists candidate answers for every kind', () => {
    const items: FrameItem[] = [
      { ...base, kind: 'rating', constraints: { min: 1, max: 3 } },
      { ...base, kind: 'scale', constraints: { points: [{ value: 2, label: 'b' }, { value: 0, label: 'a' }] } },
      { ...base, kind: 'choice', constraints: { multiple: true, options: [{ value: 'a', label: 'A' }] } },
      { ...base, kind: 'number', constraints: { min: 5, integer: true } },
      { ...base, kind: 'text', constraints: { maxLength: 7 } },
      { ...base, kind: 'thought-record', constraints: { fields: [{ id: 'situation', kind: 'text', label: 'S' }, { id: 'intensity', kind: 'rating', label: 'I', min: 0, max: 100 }] } },
    ];
    expect(items.map(placeholders)).toEqual([[1, 2, 3], [0, 2], [['a']], [5, 0], ['Preview'], [{ situation: 'Preview answer', intensity: 0 }]]);
  });
});
