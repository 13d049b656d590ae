import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@copekit/react', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual(['createFrameStore', 'useSession', 'useSessionFrame']);
  });
});
