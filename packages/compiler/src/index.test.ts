import { describe, expect, it } from 'vitest';
import * as compiler from './index.js';

describe('@copekit/compiler', () => {
  it('exports its public API and nothing else', () => {
    expect(Object.keys(compiler).sort()).toMatchInlineSnapshot(`
      [
        "compile",
        "createMemoryCache",
        "deserializeMessage",
        "rules",
        "serializeBundle",
        "serializeMessage",
      ]
    `);
  });
});
