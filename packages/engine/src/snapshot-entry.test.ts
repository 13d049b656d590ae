import { describe, expect, it } from 'vitest';
import * as snapshotTools from './snapshot-entry.js';

describe('@copekit/engine/snapshot', () => {
  it('exports exactly its low-level API', () => {
    expect(Object.keys(snapshotTools).sort()).toEqual(['ENGINE_VERSION', 'SnapshotError', 'conditionRefs', 'openSnapshot', 'sealSnapshot', 'validateAnswer']);
  });
});
