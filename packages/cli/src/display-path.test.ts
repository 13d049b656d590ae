import { describe, expect, it } from 'vitest';
import { displayPath } from './display-path.js';

describe('displayPath', () => {
  it('gives a file of the curriculum relative to the current directory', () => {
    expect(displayPath('/repo', '/repo/curriculum', 'pacing/pacing-basics.mdx')).toBe('curriculum/pacing/pacing-basics.mdx');
  });

  it('stays absolute outside the current directory', () => {
    expect(displayPath('/repo/packages/cli', '/repo/curriculum', 'curriculum.yaml')).toBe('/repo/curriculum/curriculum.yaml');
    expect(displayPath('/repo', '/tmp/out/bundle.json')).toBe('/tmp/out/bundle.json');
  });

  it('keeps names that merely start with two dots relative', () => {
    expect(displayPath('/repo', '/repo/..drafts', 'a.mdx')).toBe('..drafts/a.mdx');
  });

  it('gives the folder itself without a file, and `.` for the current directory', () => {
    expect(displayPath('/repo', '/repo/curriculum')).toBe('curriculum');
    expect(displayPath('/repo/curriculum', '/repo/curriculum')).toBe('.');
  });

  it('gives an absolute path relative to the current directory', () => {
    expect(displayPath('/repo', '/repo/out/bundle.json')).toBe('out/bundle.json');
  });
});
