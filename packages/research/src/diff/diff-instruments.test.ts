import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '@copekit/schema';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { brief } from '../../test/brief.js';
import { diffInstruments, hasRiskItems } from './diff-instruments.js';

const [moodCheck, painNrs] = baseBundle.instruments as [InstrumentDefinition, InstrumentDefinition];
const edit = (instrument: InstrumentDefinition, change: (copy: InstrumentDefinition) => void) => {
  const copy = structuredClone(instrument);
  change(copy);
  return copy;
};

describe('hasRiskItems', () => {
  it('finds risk thresholds on items', () => {
    expect(hasRiskItems(moodCheck)).toBe(true);
    expect(hasRiskItems(painNrs)).toBe(false);
    expect(hasRiskItems(undefined)).toBe(false);
  });
});

describe('diffInstruments', () => {
  it('reports text, licence, items and scoring of an instrument without risk items as ordinary changes', () => {
    const after = edit(painNrs, (copy) => {
      copy.licence = { status: 'restricted', terms: 'Ask the holder.' };
      copy.items[0]!.text = 'Your pain on average in the last 7 days';
      copy.items[0]!.max = 100;
      copy.scoring.bands = [{ id: 'severe', label: 'Severe', min: 7, max: 10 }];
    });
    const [scope] = diffInstruments([painNrs], [after]);
    expect(scope?.status).toBe('changed');
    expect(brief(scope!.changes)).toEqual([
      'changed | instrument | licence.status | "free" → "restricted"',
      'changed | instrument | licence.terms | "Generic scale, free to use." → "Ask the holder."',
      'changed | instrument-item | item:pain | text | "Your pain on average in the last week" → "Your pain on average in the last 7 days"',
      'changed | instrument-item | item:pain | max | 10 → 100',
      'added | band | scoring › band:severe',
    ]);
    expect(scope!.changes[2]?.words?.filter((word) => word.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'week' },
      { kind: 'added', text: '7 days' },
    ]);
  });

  it('flags every change to an instrument with risk items', () => {
    const after = edit(moodCheck, (copy) => {
      copy.points![1]!.label = 'On several days';
      copy.items.reverse();
      copy.scoring.positiveAt = 4;
      copy.scoring.bands![1]!.min = 4;
    });
    expect(brief(diffInstruments([moodCheck], [after])[0]!.changes)).toEqual([
      '⚠ instrument with risk items | changed | point | point:1 | label | "Several days" → "On several days"',
      '⚠ instrument with risk items | moved | instrument-item | item:q1 | 1 → 2',
      '⚠ instrument with risk items | changed | scoring | scoring | positiveAt | 3 → 4',
      '⚠ instrument with risk items | changed | band | scoring › band:raised | min | 3 → 4',
    ]);
  });

  it('reports added and removed instruments and sorts by id', () => {
    const extra = edit(painNrs, (copy) => {
      copy.id = 'aaa-scale';
    });
    const scopes = diffInstruments([moodCheck, painNrs], [painNrs, extra]);
    expect(scopes.map((scope) => [scope.id, scope.status, scope.summary.safety])).toEqual([
      ['aaa-scale', 'added', 0],
      ['mood-check', 'removed', 1],
    ]);
  });

  it('leaves out unchanged instruments', () => {
    expect(diffInstruments(baseBundle.instruments, structuredClone(baseBundle.instruments))).toEqual([]);
  });
});
