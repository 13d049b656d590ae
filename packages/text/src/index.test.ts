import { expect, it } from 'vitest';
import * as text from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(text).sort()).toMatchInlineSnapshot(`
    [
      "DEFAULT_MAX_LENGTH",
      "commandWords",
      "createTextConversation",
      "currentTask",
      "parseReply",
      "renderText",
      "splitMessages",
    ]
  `);
});
