import { describe, expect, it } from 'vitest';
import { planForPractice } from './plan-for-practice.js';
import { doneIn, planWindows, windowOn } from './plan-windows.js';
import type { HomeworkPlan, PracticeLogEntry } from '@copekit/schema';

const plan = (id: string, per: 'day' | 'week', times: number, start: string, end: string): HomeworkPlan => ({
  id,
  lesson: 'l',
  homework: id,
  skill: 'pmr',
  per,
  times,
  days: 0,
  start,
  end,
  assignedAt: 0,
  reviewedAt: null,
  reviewedBy: null,
});

describe('homework windows', () => {
  it('gives daily plans a window a day and weekly plans a share of a shorter last week, rounded up', () => {
    expect(planWindows(plan('d', 'day', 2, '2026-01-06', '2026-01-07'))).toEqual([
      { from: '2026-01-06', to: '2026-01-06', due: 2 },
      { from: '2026-01-07', to: '2026-01-07', due: 2 },
    ]);
    expect(planWindows(plan('w', 'week', 5, '2026-01-06', '2026-01-15'))).toEqual([
      { from: '2026-01-06', to: '2026-01-12', due: 5 },
      { from: '2026-01-13', to: '2026-01-15', due: 3 },
    ]);
    expect(windowOn(plan('w', 'week', 5, '2026-01-06', '2026-01-15'), '2026-01-16')).toBeUndefined();
  });

  it('fills the open slot of the plan whose window ends first, then none', () => {
    const daily = plan('daily', 'day', 1, '2026-01-06', '2026-01-12');
    const weekly = plan('weekly', 'week', 2, '2026-01-06', '2026-01-12');
    const practice: PracticeLogEntry[] = [];
    const log = (date: string) => {
      const filled = planForPractice([weekly, daily], practice, 'pmr', date);
      practice.push({ at: 0, date, skill: 'pmr', minutes: null, plan: filled });
      return filled;
    };
    expect([log('2026-01-07'), log('2026-01-07'), log('2026-01-07'), log('2026-01-07')]).toEqual(['daily', 'weekly', 'weekly', null]);
    expect(doneIn(practice, weekly, planWindows(weekly)[0]!)).toBe(2);
    expect(planForPractice([daily], practice, 'walking', '2026-01-08')).toBeNull();
  });
});
