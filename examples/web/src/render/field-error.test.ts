// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { el } from './dom.js';
import { createFieldError } from './field-error.js';

describe('createFieldError', () => {
  it('shows a message tied to text fields and radio groups, with aria-invalid where the role allows it', () => {
    const input = el('input', { type: 'text', 'aria-describedby': 'hint' });
    const group = el('fieldset', { role: 'radiogroup' });
    const checkboxes = el('fieldset');
    const error = createFieldError('q-error', () => [input, group, checkboxes]);
    expect(error.element.hidden).toBe(true);
    error.set('Please answer this question.');
    expect(error.element.hidden).toBe(false);
    expect(error.element.textContent).toBe('Please answer this question.');
    expect([input, group, checkboxes].map((target) => [target.getAttribute('aria-describedby'), target.getAttribute('aria-invalid')])).toEqual([
      ['hint q-error', 'true'],
      ['q-error', 'true'],
      ['q-error', null],
    ]);
    error.set(null);
    expect(error.element.hidden).toBe(true);
    expect([input, group, checkboxes].map((target) => [target.getAttribute('aria-describedby'), target.getAttribute('aria-invalid')])).toEqual([
      ['hint', 'false'],
      [null, 'false'],
      [null, null],
    ]);
  });
});
