import { parseFeedbackCondition, type FeedbackCondition } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { chooseFeedback } from './choose-feedback.js';
import { evaluateFeedback } from './evaluate-feedback.js';
import type { WeekData } from './week-data.js';

const week = (pain: number[], practised: boolean[], checkIns = pain.length): WeekData => ({
  week: 2,
  start: '2026-01-12',
  end: '2026-01-18',
  values: { pain, practiceMinutes: [10, 20], activityMinutes: [], sleepQuality: [] },
  practised,
  counters: { 'check-ins': checkIns, 'missed-check-ins': 7 - checkIns, homework: 3, 'homework-due': 7, sessions: 1 },
});

const parse = (source: string): FeedbackCondition => {
  const result = parseFeedbackCondition(source);
  if ('error' in result) throw new Error(result.error.message);
  return result.condition;
};

const thisWeek = week([4, 5, 3], [true, true, false, true, true, true]);
const lastWeek = week([6, 6, 6], [false]);

describe('evaluateFeedback', () => {
  it.each([
    ['days(practised) >= 5', true],
    ['days(practised) >= 6', false],
    ['mean(pain) <= previous.mean(pain) - 1', true],
    ['mean(pain) <= previous.mean(pain) - 3', false],
    ['max(pain) == 5 and min(pain) == 3', true],
    ['sum(practice-minutes) == 30', true],
    ['days(pain) == 3', true],
    ['count(homework) < count(homework-due)', true],
    ['count(sessions) == 1 or count(check-ins) > 10', true],
    ['not (count(missed-check-ins) >= 5)', true],
  ])('%s is %s', (source, expected) => {
    expect(evaluateFeedback(parse(source), thisWeek, lastWeek)).toBe(expected);
  });

  it('is false for a comparison without data, whatever the operator', () => {
    expect(evaluateFeedback(parse('mean(sleep-quality) < 4'), thisWeek, lastWeek)).toBe(false);
    expect(evaluateFeedback(parse('mean(sleep-quality) >= 4'), thisWeek, lastWeek)).toBe(false);
    expect(evaluateFeedback(parse('mean(pain) < previous.mean(pain)'), thisWeek, null)).toBe(false);
  });
});

describe('chooseFeedback', () => {
  const rules = [
    { id: 'practised', condition: parse('days(practised) >= 5'), message: 'A', priority: 40 },
    { id: 'calmer', condition: parse('mean(pain) <= previous.mean(pain) - 1'), message: 'B', priority: 40 },
    { id: 'fallback', condition: null, message: 'C', priority: 0 },
  ];

  it('takes the first rule that holds, in the given order', () => {
    expect(chooseFeedback(rules, thisWeek, lastWeek)?.id).toBe('practised');
    expect(chooseFeedback(rules.slice(1), thisWeek, lastWeek)?.id).toBe('calmer');
  });

  it('falls back to a rule without a condition, or to none', () => {
    expect(chooseFeedback(rules, week([], []), null)?.id).toBe('fallback');
    expect(chooseFeedback(rules.slice(0, 2), week([], []), null)).toBeNull();
  });
});
