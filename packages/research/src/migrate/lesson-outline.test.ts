import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/shipped-curriculum.js';
import { outlineLesson } from './lesson-outline.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

describe('outlineLesson', () => {
  it('lists steps, items (inside Show and instruments too) and practices', () => {
    const checkIn = outlineLesson(bundle, 'daily-check-in')!;
    expect(checkIn.steps).toEqual(['pain', 'practice', 'activity', 'sleep', 'done']);
    expect([...checkIn.items.keys()]).toEqual(['pain-today', 'practised', 'practice-minutes', 'active-minutes', 'steps', 'sleep-quality']);
    expect(checkIn.items.get('practice-minutes')?.step).toBe('practice');
    expect(outlineLesson(bundle, 'weekly-mood')!.items.get('phq-9-q9')?.step).toBe('more-mood');
    expect([...outlineLesson(bundle, 'activity-pacing')!.practices]).toEqual(['pacing-cycle']);
  });

  it('marks steps with risk rules or crisis content, and every step of the safety lesson, as safety steps', () => {
    expect([...outlineLesson(bundle, 'weekly-mood')!.safetySteps]).toEqual(['more-mood', 'done']);
    expect(outlineLesson(bundle, 'daily-check-in')!.safetySteps.size).toBe(0);
    const safety = outlineLesson(bundle, bundle.curriculum.safety.lesson)!;
    expect([...safety.safetySteps]).toEqual(safety.steps);
  });

  it('collects the item references of conditions and risk rules', () => {
    expect(outlineLesson(bundle, 'daily-check-in')!.refs.map((ref) => ref.item)).toEqual(['practised', 'pain-today', 'practised']);
  });

  it('fingerprints a step with the instruments it uses, and knows no unknown lesson', () => {
    const mood = outlineLesson(bundle, 'weekly-mood')!;
    const changed = structuredClone(bundle);
    changed.instruments.find((instrument) => instrument.id === 'phq-9')!.title += ' (revised)';
    const after = outlineLesson(changed, 'weekly-mood')!;
    expect(after.fingerprints.get('more-mood')).not.toBe(mood.fingerprints.get('more-mood'));
    expect(after.fingerprints.get('intro')).toBe(mood.fingerprints.get('intro'));
    expect(outlineLesson(bundle, 'no-such-lesson')).toBeUndefined();
  });
});
