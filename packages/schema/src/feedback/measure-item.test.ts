import { describe, expect, it } from 'vitest';
import type { Item } from '../types/bundle.js';
import { measureItemProblem } from './measure-item.js';

const base = { id: 'x', label: 'X', optional: false };
const rating: Item = { ...base, kind: 'rating', min: 0, max: 10 };
const number: Item = { ...base, kind: 'number', integer: true };
const scale: Item = { ...base, kind: 'scale', points: [{ value: 0, label: 'No' }] };
const yesNo: Item = { ...base, kind: 'choice', multiple: false, options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] };
const many: Item = { ...yesNo, multiple: true };
const other: Item = { ...yesNo, options: [{ value: 'si', label: 'Sí' }, { value: 'no', label: 'No' }] };
const text: Item = { ...base, kind: 'text' };

describe('measureItemProblem', () => {
  it('accepts ratings, scales and numbers for pain and sleep quality', () => {
    for (const item of [rating, number, scale]) {
      expect(measureItemProblem('pain', item)).toBeUndefined();
      expect(measureItemProblem('sleepQuality', item)).toBeUndefined();
    }
    expect(measureItemProblem('pain', text)).toBe('`pain` must be a rating or a number, but `x` is a text.');
  });

  it('accepts only numbers for minutes', () => {
    expect(measureItemProblem('practiceMinutes', number)).toBeUndefined();
    expect(measureItemProblem('activityMinutes', number)).toBeUndefined();
    expect(measureItemProblem('activityMinutes', rating)).toBe('`activityMinutes` must be a number, but `x` is a rating.');
  });

  it('accepts a single choice with the option yes for practised', () => {
    expect(measureItemProblem('practised', yesNo)).toBeUndefined();
    expect(measureItemProblem('practised', many)).toBe('`practised` must be a single choice with the option `yes`, but `x` is a multiple choice.');
    expect(measureItemProblem('practised', other)).toBe('`practised` must be a single choice with the option `yes`, but `x` is a choice without the option `yes`.');
    expect(measureItemProblem('practised', { ...base, kind: 'thought-record', fields: [] })).toBe(
      '`practised` must be a single choice with the option `yes`, but `x` is a thought record.',
    );
  });
});
