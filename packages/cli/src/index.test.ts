import { describe, expect, it } from 'vitest';
import * as cli from './index.js';

describe('@copekit/cli', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(cli).sort()).toEqual(['SourceError', 'UsageError', 'build', 'humanReport', 'jsonReport', 'loadBundle', 'main', 'validate']);
  });
});
