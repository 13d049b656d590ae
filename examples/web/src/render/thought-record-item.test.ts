// @vitest-environment happy-dom
import type { FrameItem } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { recordingContext } from '../../test/support/view-context.js';
import { createThoughtRecordItemView, readThoughtRecord } from './thought-record-item.js';

const item: Extract<FrameItem, { kind: 'thought-record' }> = {
  kind: 'thought-record',
  id: 'record',
  label: 'Write down one hard moment',
  optional: true,
  constraints: {
    fields: [
      { id: 'situation', kind: 'text', label: 'What happened?' },
      { id: 'intensity', kind: 'rating', label: 'How strong was the feeling?', min: 0, max: 100 },
    ],
  },
  value: null,
  status: 'unanswered',
};

function fill(view: { element: HTMLElement }, values: Record<string, string>): void {
  for (const [field, value] of Object.entries(values)) {
    const input = view.element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#item-record__${field}`)!;
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

describe('readThoughtRecord', () => {
  it('reads a complete record, an empty one, and names the missing parts', () => {
    const fields = item.constraints.fields;
    expect(readThoughtRecord(fields, { situation: ' Stairs ', intensity: '70' })).toEqual({ complete: { situation: 'Stairs', intensity: 70 } });
    expect(readThoughtRecord(fields, { situation: '', intensity: ' ' })).toEqual({ empty: true });
    expect(readThoughtRecord(fields, { situation: 'Stairs', intensity: 'high' })).toEqual({ incomplete: ['intensity'] });
  });
});

describe('the thought record view', () => {
  it('labels every part and gives the range of intensities', () => {
    const view = createThoughtRecordItemView(item, recordingContext());
    const labels = [...view.element.querySelectorAll('label')].map((label) => `${label.htmlFor}: ${label.textContent}`);
    expect(labels).toEqual(['item-record__situation: What happened?', 'item-record__intensity: How strong was the feeling?']);
    expect(view.element.querySelector('#item-record__intensity-hint')!.textContent).toBe('A number from 0 to 100.');
    expect(view.element.querySelector('legend')!.textContent).toBe('Write down one hard moment');
  });

  it('sends the answer once every part is filled in', () => {
    const context = recordingContext();
    const view = createThoughtRecordItemView(item, context);
    fill(view, { situation: 'Stairs' });
    expect(context.sent).toEqual([]);
    fill(view, { intensity: '70' });
    expect(context.sent).toEqual([{ type: 'answer', item: 'record', value: { situation: 'Stairs', intensity: 70 } }]);
  });

  it('asks for every part on commit when some are missing', () => {
    const context = recordingContext();
    const view = createThoughtRecordItemView(item, context);
    fill(view, { situation: 'Stairs' });
    expect(view.commit()).toBe('Fill in every part of the thought record.');
    expect(view.element.querySelector('.field-error')!.textContent).toBe('Fill in every part of the thought record.');
  });

  it('skips an optional answered record cleared, and shows a saved one', () => {
    const context = recordingContext();
    const view = createThoughtRecordItemView({ ...item, value: { situation: 'Stairs', intensity: 70 }, status: 'answered' }, context);
    expect(view.element.querySelector<HTMLTextAreaElement>('#item-record__situation')!.value).toBe('Stairs');
    fill(view, { situation: '', intensity: '' });
    expect(view.commit()).toBeNull();
    expect(context.sent).toEqual([{ type: 'skip', item: 'record' }]);
  });

  it('does not send an unchanged complete record again', () => {
    const context = recordingContext();
    const view = createThoughtRecordItemView({ ...item, value: { situation: 'Stairs', intensity: 70 }, status: 'answered' }, context);
    expect(view.commit()).toBeNull();
    expect(context.sent).toEqual([]);
  });
});
