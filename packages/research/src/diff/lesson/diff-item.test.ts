import { describe, expect, it } from 'vitest';
import type { Item, ThoughtRecordItem } from '@copekit/schema';
import type { Change } from '../types.js';
import { brief } from '../../../test/brief.js';
import { rootContext } from '../change-context.js';
import { diffItem, riskText } from './diff-item.js';

const run = (was: Item, now: Item) => {
  const out: Change[] = [];
  diffItem(rootContext(out), was, now);
  return brief(out);
};

const record: ThoughtRecordItem = {
  kind: 'thought-record',
  id: 'tr',
  label: 'Thought record',
  optional: false,
  fields: [
    { id: 'situation', kind: 'text', label: 'Situation' },
    { id: 'intensity', kind: 'rating', label: 'How strong?', min: 0, max: 100 },
  ],
};

describe('diffItem', () => {
  it('compares rating ranges and end labels', () => {
    expect(run({ kind: 'rating', id: 'p', label: 'Pain', optional: false, min: 0, max: 10, maxLabel: 'Worst' }, { kind: 'rating', id: 'p', label: 'Pain', optional: false, min: 1, max: 10, minLabel: 'None', maxLabel: 'Worst pain' })).toEqual([
      'changed | item | min | 0 → 1',
      'changed | item | minLabel | null → "None"',
      'changed | item | maxLabel | "Worst" → "Worst pain"',
    ]);
  });

  it('compares choices: multiple, options removed, moved and relabelled', () => {
    const was: Item = { kind: 'choice', id: 'c', label: 'Pick', optional: false, multiple: false, options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }, { value: 'c', label: 'C' }] };
    const now: Item = { kind: 'choice', id: 'c', label: 'Pick', optional: false, multiple: true, options: [{ value: 'c', label: 'C!' }, { value: 'a', label: 'A' }] };
    expect(run(was, now)).toEqual([
      'changed | item | multiple | false → true',
      'removed | option | option:b',
      'changed | option | option:c | label | "C" → "C!"',
      'moved | option | option:a | 1 → 2',
    ]);
  });

  it('compares scale points, text length and kind changes', () => {
    const points = [{ value: 0, label: 'Never' }];
    expect(run({ kind: 'scale', id: 's', label: 'S', optional: false, points }, { kind: 'scale', id: 's', label: 'S', optional: false, points: [...points, { value: 1, label: 'Sometimes' }] })).toEqual(['added | point | point:1']);
    expect(run({ kind: 'text', id: 't', label: 'T', optional: false }, { kind: 'text', id: 't', label: 'T', optional: false, maxLength: 80 })).toEqual(['changed | item | maxLength | null → 80']);
    expect(run({ kind: 'text', id: 't', label: 'T', optional: false }, { kind: 'number', id: 't', label: 'T', optional: false, integer: true })).toEqual(['changed | item | kind | "text" → "number"']);
  });

  it('compares thought-record fields by id', () => {
    const now = structuredClone(record);
    now.fields[1]!.max = 10;
    now.fields[0]!.label = 'What happened?';
    expect(run(record, now)).toEqual(['changed | field | field:situation | label | "Situation" → "What happened?"', 'changed | field | field:intensity | max | 100 → 10']);
  });

  it('compares risk rules and instrument links as printed text and data', () => {
    const was: Item = { kind: 'number', id: 'n', label: 'N', optional: false, integer: true, instrument: { id: 'x', item: 'q1', block: 'x' } };
    const now: Item = { ...was, risk: { type: 'compare', op: '>', left: { type: 'ref', ref: { item: 'n' } }, right: { type: 'number', value: 3 } }, instrument: { id: 'x', item: 'q2', block: 'x' } };
    expect(run(was, now)).toEqual(['changed | item | risk | null → "n > 3"', 'changed | item | instrument | {"id":"x","item":"q1","block":"x"} → {"id":"x","item":"q2","block":"x"}']);
    expect(riskText(now)).toBe('n > 3');
    expect(riskText(was)).toBeUndefined();
  });
});
