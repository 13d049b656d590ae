import { describe, expect, it } from 'vitest';
import * as engine from './index.js';

describe('@copekit/engine', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(engine).sort()).toMatchInlineSnapshot(`
      [
        "ENGINE_VERSION",
        "SessionError",
        "SnapshotError",
        "createSession",
        "createSessionMachine",
        "scoreInstrument",
      ]
    `);
  });
});
