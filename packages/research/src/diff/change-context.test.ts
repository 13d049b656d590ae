import { describe, expect, it } from 'vitest';
import type { Change } from './types.js';
import { addSummaries, compareText, compareValue, record, rootContext, summarize, within } from './change-context.js';

describe('change context', () => {
  it('records paths and inherits the first safety reason', () => {
    const out: Change[] = [];
    const step = within(rootContext(out), 'step:plan');
    const risky = within(within(step, 'item:safe-now', 'risk rule'), 'option:no', 'other reason');
    record(step, { op: 'added', subject: 'prose', segment: 'prose:1', after: { text: 'Hi', extra: undefined } });
    record(risky, { op: 'removed', subject: 'option', before: { value: 'no' } });
    expect(out).toEqual([
      { op: 'added', subject: 'prose', path: ['step:plan', 'prose:1'], after: { text: 'Hi' }, safety: false },
      { op: 'removed', subject: 'option', path: ['step:plan', 'item:safe-now', 'option:no'], before: { value: 'no' }, safety: true, safetyReason: 'risk rule' },
    ]);
  });

  it('lets one change carry its own safety reason', () => {
    const out: Change[] = [];
    record(rootContext(out), { op: 'added', subject: 'crisis', safety: 'crisis block' });
    expect(out[0]).toMatchObject({ safety: true, safetyReason: 'crisis block' });
  });

  it('compares values as JSON and shows absence as null', () => {
    const out: Change[] = [];
    const context = rootContext(out);
    compareValue(context, 'item', 'min', 0, 0);
    compareValue(context, 'item', 'options', [{ a: 1, b: 2 }], [{ b: 2, a: 1 }]);
    compareValue(context, 'item', 'unit', undefined, 'minutes');
    expect(out).toEqual([{ op: 'changed', subject: 'item', path: [], field: 'unit', before: null, after: 'minutes', safety: false }]);
  });

  it('adds word diffs only when both sides are text', () => {
    const out: Change[] = [];
    const context = rootContext(out);
    compareText(context, 'item', 'label', 'Your pain', 'Your pain');
    compareText(context, 'item', 'label', 'Your pain', 'Your worst pain');
    compareText(context, 'item', 'minLabel', undefined, 'None');
    expect(out.map((change) => change.words?.map((word) => word.kind))).toEqual([['same', 'added', 'same'], undefined]);
  });

  it('summarizes and adds summaries', () => {
    const change = (op: Change['op'], safety: boolean): Change => ({ op, subject: 'item', path: [], safety });
    const summary = summarize([change('added', true), change('moved', false), change('added', false)]);
    expect(summary).toEqual({ added: 2, removed: 0, changed: 0, moved: 1, safety: 1, total: 3 });
    expect(addSummaries([summary, summary])).toEqual({ added: 4, removed: 0, changed: 0, moved: 2, safety: 2, total: 6 });
  });
});
