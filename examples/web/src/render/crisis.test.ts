// @vitest-environment happy-dom
import type { FrameCrisis } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { describeDom } from '../../test/support/describe-dom.js';
import { createCrisisView } from './crisis.js';

const block: FrameCrisis = {
  type: 'crisis',
  region: { id: 'us', name: 'United States' },
  statement: 'This program is not a crisis service.',
  resources: [
    { id: 'call', label: 'Call 988', description: 'Any time.', channel: 'call', contact: '988', href: 'tel:988' },
    { id: 'text', label: 'Text us', description: 'By text.', channel: 'text', contact: '988', href: 'sms:988' },
    { id: 'vets', label: 'Veterans, text 838255', description: 'Veterans.', channel: 'text', contact: '838255' },
    { id: 'bad', label: 'Bad link', description: 'Never a link.', channel: 'chat', contact: 'x', href: 'javascript:alert(1)' },
  ],
};

describe('the crisis view', () => {
  it('shows resources as large links only for tel, https and mailto, with the statement', () => {
    const view = createCrisisView(block, 'block-1');
    expect(describeDom(view.element)).toMatchInlineSnapshot(`
      "<section class="crisis" aria-labelledby="block-1-heading">
        <h2 id="block-1-heading">
          "Get help now"
        <p class="crisis-region">
          "Crisis support in United States:"
        <ul class="crisis-resources">
          <li class="crisis-resource crisis-call">
            <a class="crisis-action" href="tel:988">
              "Call 988"
            <p class="crisis-description">
              "Any time."
          <li class="crisis-resource crisis-text">
            <p class="crisis-contact">
              <strong>
                "Text us"
              " (988)"
            <p class="crisis-description">
              "By text."
          <li class="crisis-resource crisis-text">
            <p class="crisis-contact">
              <strong>
                "Veterans, text 838255"
            <p class="crisis-description">
              "Veterans."
          <li class="crisis-resource crisis-chat">
            <p class="crisis-contact">
              <strong>
                "Bad link"
              " (x)"
            <p class="crisis-description">
              "Never a link."
        <p class="crisis-statement">
          "This program is not a crisis service.""
    `);
    expect([...view.element.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['tel:988']);
  });
});
