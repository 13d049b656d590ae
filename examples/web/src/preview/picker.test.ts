// @vitest-environment happy-dom
import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/support/shipped-bundle.js';
import { createPicker, type Pick } from './picker.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

const select = (picker: { element: HTMLElement }, id: string) => picker.element.querySelector<HTMLSelectElement>(`#${id}`)!;

describe('the picker', () => {
  it('lists lessons by module and the steps of the selected lesson, with labels', () => {
    const picker = createPicker(() => {});
    picker.refresh(bundle, { lesson: 'daily-check-in', step: 'sleep' });
    expect([...picker.element.querySelectorAll('label')].map((label) => `${label.htmlFor}: ${label.textContent}`)).toEqual(['pick-lesson: Lesson', 'pick-step: Step', 'pick-audience: View as']);
    expect([...select(picker, 'pick-lesson').querySelectorAll('optgroup')].map((group) => group.label)).toEqual(bundle.curriculum.modules.map((module) => module.title));
    expect(select(picker, 'pick-lesson').value).toBe('daily-check-in');
    expect([...select(picker, 'pick-step').options].map((option) => option.textContent)).toEqual(['1. Pain (pain)', '2. Practice (practice)', '3. Activity (activity)', '4. Sleep (sleep)', '5. Thank you (done)']);
    expect(select(picker, 'pick-step').value).toBe('sleep');
  });

  it('refills the steps when another lesson is chosen, and reports the pick on submit', () => {
    const picks: Pick[] = [];
    const picker = createPicker((pick) => void picks.push(pick));
    picker.refresh(bundle, { lesson: 'daily-check-in' });
    select(picker, 'pick-lesson').value = 'weekly-mood';
    select(picker, 'pick-lesson').dispatchEvent(new Event('change'));
    select(picker, 'pick-step').value = 'pain';
    select(picker, 'pick-audience').value = 'coach';
    picker.element.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(picks).toEqual([{ lesson: 'weekly-mood', step: 'pain', audience: 'coach' }]);
  });

  it('is empty without a bundle and picks nothing', () => {
    const picks: Pick[] = [];
    const picker = createPicker((pick) => void picks.push(pick));
    picker.refresh(null, {});
    picker.element.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(select(picker, 'pick-lesson').options).toHaveLength(0);
    expect(picks).toEqual([]);
  });
});
