import { describe, expect, it } from 'vitest';
import type { ProgramMeasures } from '../types/manifest.js';
import { checkFeedbackCondition } from './check.js';

const measures: ProgramMeasures = {
  pain: 'daily-check-in.pain-today',
  practised: 'daily-check-in.practised',
  practiceMinutes: 'daily-check-in.practice-minutes',
  activityMinutes: 'daily-check-in.active-minutes',
  sleepQuality: 'daily-check-in.sleep-quality',
};

/** Each problem as `[kind, message, fix, text at fault]`. */
function problems(source: string, configured: ProgramMeasures | undefined = measures) {
  return checkFeedbackCondition(source, configured).map(({ kind, message, fix, start, end }) => [kind, message, fix, source.slice(start, end)]);
}

describe('checkFeedbackCondition', () => {
  it('accepts every measure and counter with a function that fits it', () => {
    for (const source of [
      'mean(pain) - previous.mean(pain) <= -1',
      'min(sleep-quality) >= 5 and max(pain) <= 8',
      'sum(practice-minutes) >= 60 or sum(activity-minutes) > 300',
      'days(practised) >= 5 and days(pain) >= 4',
      'count(check-ins) < 3 or count(missed-check-ins) >= 3',
      'count(homework) >= count(homework-due) - 1 and count(sessions) > 0',
    ]) {
      expect(problems(source), source).toEqual([]);
    }
  });

  it('returns the syntax error alone', () => {
    expect(problems('avg(pain) < 4 and mean(mood) > 1')).toEqual([['syntax', 'Unknown function `avg`.', 'Write `mean(…)` for an average.', 'avg']]);
  });

  it('reports unknown names at the name, with a suggestion', () => {
    expect(problems('mean(pian) < 4 and count(checkins) > 2 and mean(mood) > 1')).toEqual([
      ['reference', 'Unknown name `pian`.', 'Did you mean `pain`?', 'pian'],
      ['reference', 'Unknown name `checkins`.', 'Did you mean `check-ins`?', 'checkins'],
      [
        'reference',
        'Unknown name `mood`.',
        'Use one of `pain`, `practised`, `practice-minutes`, `activity-minutes`, `sleep-quality`, `check-ins`, `missed-check-ins`, `homework`, `homework-due`, `sessions`.',
        'mood',
      ],
    ]);
  });

  it('reports functions that do not fit their name', () => {
    expect(problems('mean(check-ins) > 2 or count(pain) > 2 or mean(practised) > 0.5')).toEqual([
      ['type', '`check-ins` is a counter: it takes `count`, not `mean`.', 'Write `count(check-ins)`.', 'mean(check-ins)'],
      ['type', '`count` takes a counter such as `check-ins`, not the measure `pain`.', 'Write `days(pain)` for the days it was reported.', 'count(pain)'],
      ['type', '`practised` is a yes or no answer: `mean` cannot sum it up.', 'Write `days(practised)` for the days practised.', 'mean(practised)'],
    ]);
  });

  it('reports measures the program does not configure', () => {
    expect(problems('mean(sleep-quality) < 4 and previous.mean(pain) > 2', { pain: 'daily-check-in.pain-today' })).toEqual([
      ['reference', '`sleep-quality` is not measured by this program.', 'Add `sleepQuality: <lesson-id>.<item-id>` under `program.measures` in curriculum.yaml.', 'sleep-quality'],
    ]);
    expect(problems('count(check-ins) < 3', undefined)).toEqual([]);
  });

  it('counts a day as practised from practice minutes when practised is not configured', () => {
    expect(problems('days(practised) >= 5', { practiceMinutes: 'daily-check-in.practice-minutes' })).toEqual([]);
    expect(problems('days(practised) >= 5', { pain: 'daily-check-in.pain-today' })).toEqual([
      ['reference', '`practised` is not measured by this program.', 'Add `practised: <lesson-id>.<item-id>` under `program.measures` in curriculum.yaml.', 'practised'],
    ]);
  });

  it('reports comparisons of fixed numbers, which never change', () => {
    expect(problems('count(check-ins) > 0 or 3 > 2')).toEqual([
      ['type', 'This comparison has no metric: it compares fixed numbers, so it never changes.', 'Compare a metric of the week, like `days(practised) >= 5`.', '3 > 2'],
    ]);
  });
});
