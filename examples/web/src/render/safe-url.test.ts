import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it.each([
    ['https://988lifeline.org/chat/', 'https://988lifeline.org/chat/'],
    ['tel:988', 'tel:988'],
    ['  tel:116123 ', 'tel:116123'],
    ['mailto:coach@example.org', 'mailto:coach@example.org'],
    ['HTTPS://example.org', 'https://example.org/'],
  ])('keeps %s', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'http://example.org', 'sms:988', 'vbscript:x', '/relative', '//example.org', 'not a url', ''])('refuses %j', (url) => {
    expect(safeUrl(url)).toBeNull();
  });

  it('refuses a missing URL', () => {
    expect(safeUrl(undefined)).toBeNull();
  });
});
