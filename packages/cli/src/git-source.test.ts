import { describe, expect, it } from 'vitest';
import { gitSpec } from './git-source.js';

describe('gitSpec', () => {
  it('reads git:<ref> as the curriculum folder at that revision', () => {
    expect(gitSpec('git:v1.0.0', false)).toEqual({ ref: 'v1.0.0', path: 'curriculum' });
    expect(gitSpec('git:main:content/curriculum', false)).toEqual({ ref: 'main', path: 'content/curriculum' });
    expect(gitSpec('git:HEAD~2:', false)).toEqual({ ref: 'HEAD~2', path: '.' });
  });

  it('detects <ref>:<path> only when asked, and never a Windows drive', () => {
    expect(gitSpec('HEAD~1:out/bundle.json', false)).toBeUndefined();
    expect(gitSpec('HEAD~1:out/bundle.json', true)).toEqual({ ref: 'HEAD~1', path: 'out/bundle.json' });
    expect(gitSpec('C:\\trial\\bundle.json', true)).toBeUndefined();
    expect(gitSpec('curriculum', true)).toBeUndefined();
  });
});
