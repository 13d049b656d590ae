import { describe, expect, it } from 'vitest';
import * as node from './index.js';

describe('@copekit/compiler/node', () => {
  it('exports exactly the file-system layer', () => {
    expect(Object.keys(node).sort()).toEqual(['cacheFileName', 'createDiskCache', 'isCurriculumFile', 'readCurriculum', 'watchCurriculum']);
  });
});
