import { expect, it } from 'vitest';
import * as frames from './index.js';

it('exports exactly the channel helpers', () => {
  expect(Object.keys(frames).sort()).toMatchInlineSnapshot(`
    [
      "answerLabel",
      "currentTask",
      "frameItems",
      "framePractices",
      "instrumentOf",
      "openPractice",
      "riskItems",
      "sameStep",
      "shouldAdvance",
      "targetItem",
    ]
  `);
});
