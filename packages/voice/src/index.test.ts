import { expect, it } from 'vitest';
import * as voice from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(voice).sort()).toMatchInlineSnapshot(`
    [
      "CRISIS_AGAIN_KEY",
      "END_KEY",
      "MAX_SINGLE_KEY_OPTIONS",
      "RESUME_KEY",
      "commandKeys",
      "createVoiceCall",
      "keysComplete",
      "parseKeys",
      "practiceKeys",
      "renderVoice",
      "voiceProblems",
    ]
  `);
});
