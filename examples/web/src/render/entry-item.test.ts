// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeDom } from '../../test/support/describe-dom.js';
import { recordingContext } from '../../test/support/view-context.js';
import { createEntryItemView, parseEntry, type EntryItem } from './entry-item.js';

const minutes: EntryItem = {
  kind: 'number',
  id: 'active-minutes',
  label: 'Minutes active today?',
  optional: false,
  constraints: { min: 0, max: 1440, unit: 'minutes', integer: true },
  value: null,
  status: 'unanswered',
};
const steps: EntryItem = { ...minutes, id: 'steps', optional: true, constraints: { min: 0, integer: false } };
const goal: EntryItem = { kind: 'text', id: 'goal', label: 'Your goal', optional: true, constraints: { maxLength: 60 }, value: null, status: 'unanswered' };
const intensity: EntryItem = { kind: 'rating', id: 'urge', label: 'Urge', optional: false, constraints: { min: 0, max: 100, minLabel: 'None', maxLabel: 'Strongest' }, value: null, status: 'unanswered' };

function type(view: { element: HTMLElement }, text: string): void {
  const input = view.element.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
  input.value = text;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('parseEntry', () => {
  it('reads numbers with separators, text trimmed, and blanks as empty', () => {
    expect(parseEntry(minutes, ' 1,200 ')).toEqual({ value: 1200 });
    expect(parseEntry(minutes, '12.5')).toEqual({ value: 12.5 });
    expect(parseEntry(goal, '  walk to the park ')).toEqual({ value: 'walk to the park' });
    expect(parseEntry(goal, '   ')).toEqual({ empty: true });
  });

  it('explains what to type when a number cannot be read', () => {
    expect(parseEntry(minutes, 'lots')).toEqual({ problem: 'Enter a whole number from 0 to 1440 (minutes), in digits.' });
    expect(parseEntry(steps, 'ten')).toEqual({ problem: 'Enter a number of at least 0, in digits.' });
  });
});

describe('entry items', () => {
  it('render a number field with its label, hint and unit', () => {
    expect(describeDom(createEntryItemView(minutes, recordingContext()).element)).toMatchInlineSnapshot(`
      "<div class="item item-number" data-item="active-minutes">
        <label for="item-active-minutes">
          "Minutes active today?"
        <p class="hint" id="item-active-minutes__hint">
          "Enter a whole number from 0 to 1440 (minutes)."
        <p id="item-active-minutes__error" class="field-error" hidden>
        <div class="entry">
          <input id="item-active-minutes" type="text" autocomplete="off" inputmode="numeric" aria-describedby="item-active-minutes__hint">
          <span class="unit" aria-hidden="true">
            "minutes""
    `);
  });

  it('render long ratings with the meaning of both ends in the hint, and short text as a single line', () => {
    expect(createEntryItemView(intensity, recordingContext()).element.querySelector('.hint')!.textContent).toBe('Enter a whole number from 0 to 100. 0 means None; 100 means Strongest.');
    const text = createEntryItemView(goal, recordingContext()).element;
    expect(text.querySelector('input')!.getAttribute('maxlength')).toBe('60');
    expect(text.querySelector('label')!.textContent).toBe('Your goal (optional)');
  });

  it('send the answer when the field is committed (change)', () => {
    const context = recordingContext();
    type(createEntryItemView(minutes, context), '45');
    expect(context.sent).toEqual([{ type: 'answer', item: 'active-minutes', value: 45 }]);
  });

  it('show, and do not send, text that is not a number', () => {
    const context = recordingContext();
    const view = createEntryItemView(minutes, context);
    type(view, 'forty');
    expect(context.sent).toEqual([]);
    expect(context.announced).toEqual(['Enter a whole number from 0 to 1440 (minutes), in digits.']);
    expect(view.element.querySelector('input')!.getAttribute('aria-invalid')).toBe('true');
    expect(view.element.querySelector('input')!.getAttribute('aria-describedby')).toBe('item-active-minutes__hint item-active-minutes__error');
    expect(view.commit()).toBe('Enter a whole number from 0 to 1440 (minutes), in digits.');
  });

  it('skip an optional answered item when cleared, and refuse clearing a required one', () => {
    const optional = recordingContext();
    type(createEntryItemView({ ...steps, value: 4000, status: 'answered' }, optional), '');
    expect(optional.sent).toEqual([{ type: 'skip', item: 'steps' }]);
    const required = recordingContext();
    const view = createEntryItemView({ ...minutes, value: 30, status: 'answered' }, required);
    type(view, ' ');
    expect(required.sent).toEqual([]);
    expect(view.element.querySelector('.field-error')!.textContent).toBe('Please answer this question.');
    expect(view.commit()).toBe('Please answer this question.');
  });

  it('send on commit what was typed but not committed, and nothing twice', () => {
    const context = recordingContext();
    const view = createEntryItemView(minutes, context);
    view.element.querySelector('input')!.value = '15';
    expect(view.commit()).toBeNull();
    expect(view.commit()).toBeNull();
    expect(context.sent).toEqual([{ type: 'answer', item: 'active-minutes', value: 15 }]);
  });

  it('hold a risk answer until commit', () => {
    const context = recordingContext({ risk: ['active-minutes'] });
    const view = createEntryItemView(minutes, context);
    type(view, '5');
    expect(context.sent).toEqual([]);
    view.commit();
    expect(context.sent).toEqual([{ type: 'answer', item: 'active-minutes', value: 5 }]);
  });

  it('show refusals in plain language', () => {
    const context = recordingContext({ respond: () => ({ accepted: false, reason: 'out-of-range', message: 'engine words' }) });
    const view = createEntryItemView(minutes, context);
    type(view, '5000');
    expect(view.element.querySelector('.field-error')!.textContent).toBe('Enter a whole number from 0 to 1440 (minutes).');
  });

  it('fill the field from a frame, but never while the participant is typing in it', () => {
    const view = createEntryItemView(minutes, recordingContext());
    document.body.append(view.element);
    const input = view.element.querySelector('input')!;
    view.update({ ...minutes, value: 30, status: 'answered' });
    expect(input.value).toBe('30');
    input.focus();
    input.value = '3';
    view.update({ ...minutes, value: 40, status: 'answered' });
    expect(input.value).toBe('3');
    input.blur();
    view.update({ ...minutes, value: 40, status: 'answered' });
    expect(input.value).toBe('40');
    view.focus();
    expect(document.activeElement).toBe(input);
    view.element.remove();
  });
});
