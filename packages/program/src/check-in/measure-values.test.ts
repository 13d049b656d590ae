import { describe, expect, it } from 'vitest';
import { measureValues, practisedOn } from './measure-values.js';

const measures = [
  { key: 'pain', item: 'pain-today' },
  { key: 'practised', item: 'practised' },
  { key: 'practiceMinutes', item: 'practice-minutes' },
  { key: 'sleepQuality', item: 'sleep-quality' },
] as const;

describe('measureValues', () => {
  it('reads configured items, and 0 practice minutes on a day not practised', () => {
    expect(measureValues(measures, { 'pain-today': 4, practised: 'no', 'sleep-quality': 6, other: 3 })).toEqual({ pain: 4, practised: false, practiceMinutes: 0, sleepQuality: 6 });
    expect(measureValues(measures, { practised: 'yes', 'practice-minutes': 15 })).toEqual({ practised: true, practiceMinutes: 15 });
  });

  it('counts a day as practised by its answer, else by minutes above 0', () => {
    expect([practisedOn({ practised: false, practiceMinutes: 5 }), practisedOn({ practiceMinutes: 5 }), practisedOn({ practiceMinutes: 0 }), practisedOn({})]).toEqual([false, true, false, undefined]);
  });
});
