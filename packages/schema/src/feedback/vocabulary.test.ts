import { expect, it } from 'vitest';
import { availableMeasures, feedbackMeasures, isFeedbackCounter, isFeedbackMeasure } from './vocabulary.js';

it('maps each measure name to its program.measures key', () => {
  expect(feedbackMeasures).toEqual({
    pain: 'pain',
    practised: 'practised',
    'practice-minutes': 'practiceMinutes',
    'activity-minutes': 'activityMinutes',
    'sleep-quality': 'sleepQuality',
  });
});

it('tells measures from counters, and inherited names from neither', () => {
  expect([isFeedbackMeasure('pain'), isFeedbackMeasure('check-ins'), isFeedbackMeasure('toString')]).toEqual([true, false, false]);
  expect([isFeedbackCounter('check-ins'), isFeedbackCounter('pain')]).toEqual([true, false]);
});

it('lists the configured measures, with practised derived from practice minutes', () => {
  expect(availableMeasures(undefined)).toEqual([]);
  expect(availableMeasures({ sleepQuality: 'a.b', practiceMinutes: 'a.c' })).toEqual(['practised', 'practice-minutes', 'sleep-quality']);
  expect(availableMeasures({ practised: 'a.b' })).toEqual(['practised']);
});
