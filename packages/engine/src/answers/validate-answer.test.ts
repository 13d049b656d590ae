import type { Item } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { validateAnswer } from './validate-answer.js';

const base = { label: 'Question', optional: false };
const rating: Item = { kind: 'rating', id: 'pain', ...base, min: 0, max: 10 };
const scale: Item = { kind: 'scale', id: 'q1', ...base, points: [0, 1, 2, 3].map((value) => ({ value, label: `${value}` })) };
const minutes: Item = { kind: 'number', id: 'minutes', ...base, min: 0, max: 240, integer: true };
const hours: Item = { kind: 'number', id: 'hours', ...base, integer: false, min: 0 };
const anything: Item = { kind: 'number', id: 'anything', ...base, integer: false };
const text: Item = { kind: 'text', id: 'note', ...base, maxLength: 5 };
const single: Item = { kind: 'choice', id: 'safe', ...base, multiple: false, options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] };
const multiple: Item = { ...single, id: 'overdo', multiple: true };
const record: Item = {
  kind: 'thought-record',
  id: 'thought',
  ...base,
  fields: [
    { id: 'situation', kind: 'text', label: 'Situation' },
    { id: 'intensity', kind: 'rating', label: 'Intensity', min: 0, max: 100 },
  ],
};

const check = (item: Item, value: unknown) => validateAnswer(item, value);

describe('validateAnswer', () => {
  it('accepts valid answers of every kind', () => {
    const valid: [Item, unknown][] = [
      [rating, 0],
      [rating, 10],
      [scale, 3],
      [minutes, 240],
      [hours, 1.5],
      [anything, -3.25],
      [text, 'Rest.'],
      [single, 'no'],
      [multiple, ['yes', 'no']],
      [record, { situation: 'At work', intensity: 80 }],
    ];
    expect(valid.map(([item, value]) => check(item, value))).toEqual(valid.map(() => null));
  });

  it('refuses ratings that are not whole numbers in range', () => {
    expect(check(rating, 11)).toMatchInlineSnapshot(`
      {
        "message": "\`pain\` takes a whole number from 0 to 10; got 11.",
        "reason": "out-of-range",
      }
    `);
    expect(check(rating, -1)?.reason).toBe('out-of-range');
    expect(check(rating, 2.5)).toMatchInlineSnapshot(`
      {
        "message": "\`pain\` takes a whole number from 0 to 10; got 2.5.",
        "reason": "invalid-value",
      }
    `);
    expect(check(rating, '5')?.reason).toBe('invalid-value');
    expect(check(rating, Number.NaN)?.reason).toBe('invalid-value');
  });

  it('refuses scale values that are not one of the points', () => {
    expect(check(scale, 4)).toMatchInlineSnapshot(`
      {
        "message": "\`q1\` takes one of 0, 1, 2, 3; got 4.",
        "reason": "invalid-value",
      }
    `);
  });

  it('checks numbers against min, max and integer', () => {
    expect(check(minutes, 241)).toMatchInlineSnapshot(`
      {
        "message": "\`minutes\` takes a whole number from 0 to 240; got 241.",
        "reason": "out-of-range",
      }
    `);
    expect(check(minutes, 1.5)).toMatchInlineSnapshot(`
      {
        "message": "\`minutes\` takes a whole number from 0 to 240; got 1.5.",
        "reason": "invalid-value",
      }
    `);
    expect(check(hours, -1)).toMatchInlineSnapshot(`
      {
        "message": "\`hours\` takes a number of at least 0; got -1.",
        "reason": "out-of-range",
      }
    `);
    expect(check(anything, Number.POSITIVE_INFINITY)).toMatchInlineSnapshot(`
      {
        "message": "\`anything\` takes a number; got Infinity.",
        "reason": "invalid-value",
      }
    `);
    expect(check({ ...anything, max: 3 }, 4)?.message).toContain('of at most 3');
  });

  it('refuses blank or too long text', () => {
    expect(check(text, '  ')).toMatchInlineSnapshot(`
      {
        "message": "\`note\` takes non-blank text (skip an optional item instead); got "  ".",
        "reason": "invalid-value",
      }
    `);
    expect(check(text, 'Too long')).toMatchInlineSnapshot(`
      {
        "message": "\`note\` takes at most 5 characters; got 8.",
        "reason": "out-of-range",
      }
    `);
    expect(check(text, 5)?.reason).toBe('invalid-value');
  });

  it('checks choices against the options', () => {
    expect(check(single, 'maybe')).toMatchInlineSnapshot(`
      {
        "message": "\`safe\` takes one of "yes", "no"; got "maybe".",
        "reason": "invalid-value",
      }
    `);
    expect(check(single, ['yes'])?.reason).toBe('invalid-value');
    expect(check(multiple, [])).toMatchInlineSnapshot(`
      {
        "message": "\`overdo\` takes a non-empty list of distinct values from "yes", "no"; got [].",
        "reason": "invalid-value",
      }
    `);
    expect(check(multiple, ['yes', 'yes'])?.reason).toBe('invalid-value');
    expect(check(multiple, ['yes', 'maybe'])?.reason).toBe('invalid-value');
    expect(check(multiple, 'yes')?.reason).toBe('invalid-value');
  });

  it('checks every field of a thought record, and refuses unknown fields', () => {
    expect(check(record, { situation: 'At work' })).toMatchInlineSnapshot(`
      {
        "message": "\`thought\` field \`intensity\` takes a whole number from 0 to 100; got nothing.",
        "reason": "invalid-value",
      }
    `);
    expect(check(record, { situation: 'At work', intensity: 101 })).toMatchInlineSnapshot(`
      {
        "message": "\`thought\` field \`intensity\` takes a whole number from 0 to 100; got 101.",
        "reason": "out-of-range",
      }
    `);
    expect(check(record, { situation: 'At work', intensity: 5, mood: 'x' })).toMatchInlineSnapshot(`
      {
        "message": "\`thought\` has no field \`mood\`; got "mood".",
        "reason": "invalid-value",
      }
    `);
    expect(check(record, ['At work'])?.reason).toBe('invalid-value');
    expect(check(record, null)?.reason).toBe('invalid-value');
  });

  it('describes any value without throwing, shortening long ones', () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(check(rating, circular)?.message).toBe('`pain` takes a whole number from 0 to 10; got object.');
    expect(check(rating, 10n)?.message).toBe('`pain` takes a whole number from 0 to 10; got bigint.');
    expect(check(rating, undefined)?.message).toBe('`pain` takes a whole number from 0 to 10; got nothing.');
    expect(check(rating, 'x'.repeat(100))?.message).toMatch(/got "x{36}\.\.\.\.$/);
  });
});
