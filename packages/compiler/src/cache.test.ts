import { describe, expect, it } from 'vitest';
import { contextHash, createMemoryCache, lessonCacheKey, rememberedCacheKey } from './cache.js';

describe('lessonCacheKey', () => {
  it('changes with the path, the text and the context', () => {
    const key = lessonCacheKey('a.mdx', 'text', 'context');
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(new Set([key, lessonCacheKey('b.mdx', 'text', 'context'), lessonCacheKey('a.mdx', 'text2', 'context'), lessonCacheKey('a.mdx', 'text', 'other')]).size).toBe(4);
    expect(lessonCacheKey('a.mdx', 'text', 'context')).toBe(key);
  });

  it('cannot be confused by moving characters between path and text', () => {
    expect(lessonCacheKey('a', 'bc', 'x')).not.toBe(lessonCacheKey('ab', 'c', 'x'));
  });
});

describe('rememberedCacheKey', () => {
  it('gives the same keys as lessonCacheKey, per cache', () => {
    const cache = createMemoryCache();
    expect(rememberedCacheKey(cache, 'a.mdx', 'one', 'c')).toBe(lessonCacheKey('a.mdx', 'one', 'c'));
    expect(rememberedCacheKey(cache, 'a.mdx', 'one', 'c')).toBe(lessonCacheKey('a.mdx', 'one', 'c'));
    expect(rememberedCacheKey(cache, 'a.mdx', 'two', 'c')).toBe(lessonCacheKey('a.mdx', 'two', 'c'));
    expect(rememberedCacheKey(cache, 'a.mdx', 'two', 'd')).toBe(lessonCacheKey('a.mdx', 'two', 'd'));
    expect(rememberedCacheKey(createMemoryCache(), 'a.mdx', 'two', 'd')).toBe(lessonCacheKey('a.mdx', 'two', 'd'));
  });
});

describe('contextHash', () => {
  it('changes with the manifest, any instrument file and the reading grade', () => {
    const base = { manifest: 'id: c', instruments: [{ path: 'instruments/a.yaml', value: 'id: a' }], maxReadingGrade: 6 };
    const hashes = [
      contextHash(base),
      contextHash({ ...base, manifest: undefined }),
      contextHash({ ...base, manifest: 'id: d' }),
      contextHash({ ...base, instruments: [{ path: 'instruments/a.yaml', value: 'id: b' }] }),
      contextHash({ ...base, instruments: [{ path: 'instruments/b.yaml', value: 'id: a' }] }),
      contextHash({ ...base, instruments: [] }),
      contextHash({ ...base, maxReadingGrade: 8 }),
    ];
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
