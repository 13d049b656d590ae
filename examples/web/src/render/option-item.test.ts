// @vitest-environment happy-dom
import type { FrameItem } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { describeDom } from '../../test/support/describe-dom.js';
import { recordingContext } from '../../test/support/view-context.js';
import { createItemView } from './item.js';
import { createOptionItemView, type OptionItem } from './option-item.js';

const rating: OptionItem = {
  kind: 'rating',
  id: 'pain-now',
  label: 'How strong is your pain?',
  optional: false,
  constraints: { min: 0, max: 2, minLabel: 'No pain', maxLabel: 'Worst pain' },
  value: null,
  status: 'unanswered',
};
const choice = (multiple: boolean, optional = false): Extract<FrameItem, { kind: 'choice' }> => ({
  kind: 'choice',
  id: 'overdo',
  label: 'What do you overdo?',
  optional,
  constraints: { multiple, options: [{ value: 'chores', label: 'Chores' }, { value: 'yard', label: 'Yard work' }] },
  value: null,
  status: 'unanswered',
});

function pick(view: { element: HTMLElement }, index: number, checked = true): void {
  const input = view.element.querySelectorAll('input')[index]!;
  input.checked = checked;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('option items', () => {
  it('render a rating as a labelled radio group with spoken end labels', () => {
    const view = createOptionItemView(rating, recordingContext());
    expect(describeDom(view.element)).toMatchInlineSnapshot(`
      "<div class="item item-rating" data-item="pain-now">
        <fieldset class="options options-row" id="item-pain-now" role="radiogroup" aria-labelledby="item-pain-now__legend">
          <legend id="item-pain-now__legend">
            "How strong is your pain?"
          <p id="item-pain-now__error" class="field-error" hidden>
          <div class="option-list">
            <label class="option" for="item-pain-now__0">
              <input type="radio" name="item-pain-now" id="item-pain-now__0" value="0">
              <span class="option-label">
                "0"
              <span class="visually-hidden">
                ", No pain"
            <label class="option" for="item-pain-now__1">
              <input type="radio" name="item-pain-now" id="item-pain-now__1" value="1">
              <span class="option-label">
                "1"
            <label class="option" for="item-pain-now__2">
              <input type="radio" name="item-pain-now" id="item-pain-now__2" value="2">
              <span class="option-label">
                "2"
              <span class="visually-hidden">
                ", Worst pain"
          <div class="rating-ends" aria-hidden="true">
            <span>
              "0 = No pain"
            <span>
              "2 = Worst pain""
    `);
  });

  it('render a multiple choice as checkboxes with a hint', () => {
    const view = createOptionItemView(choice(true), recordingContext());
    expect(describeDom(view.element.querySelector('fieldset')!).split('\n').slice(0, 4)).toMatchInlineSnapshot(`
      [
        "<fieldset class="options options-column" id="item-overdo" aria-labelledby="item-overdo__legend" aria-describedby="item-overdo__hint">",
        "  <legend id="item-overdo__legend">",
        "    "What do you overdo?"",
        "  <p class="hint" id="item-overdo__hint">",
      ]
    `);
    expect([...view.element.querySelectorAll('input')].map((input) => input.type)).toEqual(['checkbox', 'checkbox']);
  });

  it('send a rating as a number as soon as it is chosen', () => {
    const context = recordingContext();
    const view = createOptionItemView(rating, context);
    pick(view, 2);
    expect(context.sent).toEqual([{ type: 'answer', item: 'pain-now', value: 2 }]);
  });

  it('send multiple choices as a list, and skip an optional one when every box is cleared', () => {
    const context = recordingContext();
    const view = createOptionItemView(choice(true, true), context);
    pick(view, 0);
    pick(view, 1);
    view.update({ ...choice(true, true), value: ['chores', 'yard'], status: 'answered' });
    pick(view, 0, false);
    pick(view, 1, false);
    expect(context.sent).toEqual([
      { type: 'answer', item: 'overdo', value: ['chores'] },
      { type: 'answer', item: 'overdo', value: ['chores', 'yard'] },
      { type: 'answer', item: 'overdo', value: ['yard'] },
      { type: 'skip', item: 'overdo' },
    ]);
  });

  it('refuse to leave a required multiple choice empty once answered', () => {
    const context = recordingContext();
    const view = createOptionItemView({ ...choice(true), value: ['yard'], status: 'answered' }, context);
    pick(view, 1, false);
    expect(context.sent).toEqual([]);
    expect(view.commit()).toBe('Choose at least one option.');
    expect(view.element.querySelector('.field-error')!.textContent).toBe('Choose at least one option.');
  });

  it('hold a risk answer until commit, so choosing never changes the screen by itself', () => {
    const context = recordingContext({ risk: ['overdo'] });
    const view = createOptionItemView(choice(false), context);
    pick(view, 1);
    expect(context.sent).toEqual([]);
    view.update(choice(false));
    expect(view.element.querySelectorAll('input')[1]!.checked).toBe(true);
    expect(view.commit()).toBeNull();
    expect(context.sent).toEqual([{ type: 'answer', item: 'overdo', value: 'yard' }]);
    expect(view.commit()).toBeNull();
    expect(context.sent).toHaveLength(1);
  });

  it('show the answer from a frame, and leave the inputs alone while the frame value is unchanged', () => {
    const view = createOptionItemView(rating, recordingContext());
    view.update({ ...rating, value: 1, status: 'answered' });
    const inputs = view.element.querySelectorAll('input');
    expect(inputs[1]!.checked).toBe(true);
    inputs[2]!.checked = true;
    view.update({ ...rating, value: 1, status: 'answered' });
    expect(inputs[2]!.checked).toBe(true);
  });

  it('show and announce a refused answer in plain language', () => {
    const context = recordingContext({ respond: () => ({ accepted: false, reason: 'out-of-range', message: '`pain-now` takes a whole number from 0 to 2; got 3.' }) });
    const view = createOptionItemView(rating, context);
    pick(view, 0);
    const error = view.element.querySelector('.field-error')!;
    expect(error.textContent).toBe('Enter a whole number from 0 to 2.');
    expect(context.announced).toEqual(['Enter a whole number from 0 to 2.']);
    expect(view.element.querySelector('fieldset')!.getAttribute('aria-invalid')).toBe('true');
    view.showError(null);
    expect(error.hasAttribute('hidden')).toBe(true);
    expect(view.element.querySelector('fieldset')!.getAttribute('aria-describedby')).toBeNull();
  });

  it('focus the checked option, else the first', () => {
    const view = createOptionItemView(rating, recordingContext());
    document.body.append(view.element);
    view.focus();
    expect(document.activeElement!.id).toBe('item-pain-now__0');
    view.update({ ...rating, value: 2, status: 'answered' });
    view.focus();
    expect(document.activeElement!.id).toBe('item-pain-now__2');
    view.element.remove();
  });
});

describe('createItemView', () => {
  it('uses radio buttons for ratings up to 11 points and a text field beyond', () => {
    const context = recordingContext();
    const short = createItemView({ ...rating, constraints: { min: 0, max: 10 } } as FrameItem, context);
    const long = createItemView({ ...rating, constraints: { min: 0, max: 100 } } as FrameItem, context);
    expect(short.element.querySelectorAll('input[type="radio"]')).toHaveLength(11);
    expect(long.element.querySelectorAll('input[type="text"]')).toHaveLength(1);
    expect(createItemView({ kind: 'text', id: 't', label: 'T', optional: true, constraints: {}, value: null, status: 'unanswered' }, context).element.querySelector('textarea')).not.toBeNull();
    expect(
      createItemView({ kind: 'thought-record', id: 'tr', label: '', optional: false, constraints: { fields: [{ id: 'situation', kind: 'text', label: 'Situation' }] }, value: null, status: 'unanswered' }, context).element.querySelector('legend')!
        .textContent,
    ).toBe('Thought record');
  });
});
