// @vitest-environment happy-dom
import type { SerializedMessage } from '@copekit/compiler';
import { describe, expect, it } from 'vitest';
import { describeDom } from '../../test/support/describe-dom.js';
import { createMessagesPanel, messagePlace, messageSummary } from './messages-panel.js';

const error: SerializedMessage = { reason: 'Unknown component `<Ratng>`', ruleId: 'unknown-component', severity: 'error', file: 'pacing/pacing-basics.mdx', line: 12, column: 3, fix: 'Did you mean `<Rating>`?' };
const warning: SerializedMessage = { reason: 'Reading grade 9 is above 6', ruleId: 'readability', severity: 'warning', file: 'sleep/better-sleep.mdx' };

describe('message helpers', () => {
  it('summarise counts and place messages as file:line:column', () => {
    expect(messageSummary([])).toBe('No errors or warnings');
    expect(messageSummary([error])).toBe('1 error, 0 warnings');
    expect(messageSummary([error, warning, warning])).toBe('1 error, 2 warnings');
    expect(messagePlace(error)).toBe('pacing/pacing-basics.mdx:12:3');
    expect(messagePlace(warning)).toBe('sleep/better-sleep.mdx');
  });
});

describe('the messages panel', () => {
  it('lists each message with its place, severity, reason, rule and fix', () => {
    const panel = createMessagesPanel();
    expect(panel.show([error, warning])).toBe('1 error, 1 warning');
    expect(describeDom(panel.element.querySelector('ul')!)).toMatchInlineSnapshot(`
      "<ul class="messages">
        <li class="message message-error">
          <code class="message-place">
            "pacing/pacing-basics.mdx:12:3"
          <span class="message-severity">
            "error"
          <span class="message-reason">
            "Unknown component \`<Ratng>\`"
          <code class="message-rule">
            "unknown-component"
          <p class="message-fix">
            "Fix: Did you mean \`<Rating>\`?"
        <li class="message message-warning">
          <code class="message-place">
            "sleep/better-sleep.mdx"
          <span class="message-severity">
            "warning"
          <span class="message-reason">
            "Reading grade 9 is above 6"
          <code class="message-rule">
            "readability""
    `);
    expect(panel.show([])).toBe('No errors or warnings');
    expect(panel.element.querySelectorAll('li')).toHaveLength(0);
  });
});
