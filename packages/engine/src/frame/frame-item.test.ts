import type { Item } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { frameItem } from './frame-item.js';

describe('frameItem', () => {
  it('gives kind, id, label, constraints, value and status, without risk rules', () => {
    const rating: Item = {
      kind: 'rating',
      id: 'distress',
      label: 'Distress',
      optional: false,
      min: 0,
      max: 10,
      maxLabel: 'Worst',
      risk: { type: 'answered', ref: { item: 'distress' } },
    };
    expect(frameItem(rating, 4, false)).toEqual({
      kind: 'rating',
      id: 'distress',
      label: 'Distress',
      optional: false,
      status: 'answered',
      constraints: { min: 0, max: 10, maxLabel: 'Worst' },
      value: 4,
    });
  });

  it('marks unanswered and skipped items', () => {
    const text: Item = { kind: 'text', id: 'note', label: 'Note', optional: true };
    expect(frameItem(text, undefined, false)).toMatchObject({ status: 'unanswered', value: null, constraints: {} });
    expect(frameItem(text, undefined, true)).toMatchObject({ status: 'skipped', value: null });
  });

  it('gives the constraints of every kind', () => {
    const items: Item[] = [
      { kind: 'scale', id: 's', label: 'S', optional: false, points: [{ value: 0, label: 'No' }] },
      { kind: 'choice', id: 'c', label: 'C', optional: false, multiple: true, options: [{ value: 'a', label: 'A' }] },
      { kind: 'number', id: 'n', label: 'N', optional: false, integer: true, unit: 'minutes', min: 0 },
      { kind: 'thought-record', id: 't', label: 'T', optional: false, fields: [{ id: 'situation', kind: 'text', label: 'Situation' }] },
    ];
    expect(items.map((item) => frameItem(item, undefined, false).constraints)).toEqual([
      { points: [{ value: 0, label: 'No' }] },
      { multiple: true, options: [{ value: 'a', label: 'A' }] },
      { min: 0, unit: 'minutes', integer: true },
      { fields: [{ id: 'situation', kind: 'text', label: 'Situation' }] },
    ]);
  });
});
