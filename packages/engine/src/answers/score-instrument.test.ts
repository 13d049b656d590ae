import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { createEnv } from '../core/session-env.js';
import { scoreInstrument } from './score-instrument.js';

const phq9 = createEnv(bundle, 'pacing-basics').lesson.instruments.get('phq-9')!;
const daily = createEnv(bundle, 'check-in').lesson.instruments.get('daily')!;
const all = (value: number) => Object.fromEntries(phq9.items.map(({ item }) => [item.id, value]));

describe('scoreInstrument', () => {
  it('sums the items, with the band and the screen result', () => {
    expect(scoreInstrument(phq9, all(1))).toEqual({ value: 9, band: { id: 'mild', label: 'Mild', min: 5, max: 9 }, positive: false });
    expect(scoreInstrument(phq9, { ...all(1), 'phq-9-q1': 2 })).toMatchObject({ value: 10, band: { id: 'moderate' }, positive: true });
    expect(scoreInstrument(phq9, all(3))).toMatchObject({ value: 27, band: { id: 'severe' } });
  });

  it('averages the items of a mean-scored instrument, without bands or cut-off', () => {
    expect(scoreInstrument(daily, { 'daily-pain': 7, 'daily-sleep': 4 })).toEqual({ value: 5.5, band: null, positive: null });
  });

  it('reads one item with a new value when asked', () => {
    const { 'phq-9-q9': _missing, ...eight } = all(2);
    expect(scoreInstrument(phq9, eight, { id: 'phq-9-q9', value: 3 })?.value).toBe(19);
    expect(scoreInstrument(phq9, all(0), { id: 'phq-9-q1', value: 3 })?.value).toBe(3);
  });

  it('has no score until every item has a number', () => {
    const { 'phq-9-q9': _missing, ...eight } = all(2);
    expect(scoreInstrument(phq9, eight)).toBeUndefined();
    expect(scoreInstrument(phq9, { ...eight, 'phq-9-q9': 'often' })).toBeUndefined();
    expect(scoreInstrument(phq9, undefined)).toBeUndefined();
  });

  it('gives no band to a score outside every band', () => {
    const gap = { ...phq9, definition: { ...phq9.definition, scoring: { ...phq9.definition.scoring, bands: [{ id: 'low', label: 'Low', min: 0, max: 4 }] } } };
    expect(scoreInstrument(gap, all(1))?.band).toBeNull();
  });
});

describe('scoreInstrument on a plain description of a block', () => {
  it('scores from the scoring rules and item ids alone, as research tools call it', () => {
    const plain = { definition: { scoring: phq9.definition.scoring }, items: phq9.items.map(({ item }) => ({ item: { id: item.id } })) };
    expect(scoreInstrument(plain, all(2))).toEqual(scoreInstrument(phq9, all(2)));
    expect(scoreInstrument(plain, all(2))?.value).toBe(18);
  });
});
