import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from './safe-url.js';

describe('isAllowedUrl', () => {
  it.each(['https://988lifeline.org', 'mailto:coach@example.org', 'tel:988', 'HTTPS://EXAMPLE.ORG'])('allows %s', (url) => {
    expect(isAllowedUrl(url)).toBe(true);
  });

  it.each(['javascript:alert(1)', 'http://example.org', 'data:text/html,x', '//example.org', 'https:example', ' https://x.org', 'https://x.org/\nabc', 'vbscript:x', ''])(
    'refuses %j',
    (url) => {
      expect(isAllowedUrl(url)).toBe(false);
    },
  );
});
