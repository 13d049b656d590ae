/**
 * Incremental builds: lesson results are cached under a hash of what they
 * depend on; a rebuild parses only what changed and still runs every check
 * across lessons.
 */

import { describe, expect, it } from 'vitest';
import {
  compile,
  createMemoryCache,
  serializeBundle,
  serializeMessage,
  type CachedFileResult,
  type CompileCache,
  type SourceFile,
} from '../src/index.js';
import { fixture, fixtureFiles, withFiles } from './fixture.js';

const lessonCount = fixtureFiles.filter((file) => file.path.endsWith('.mdx')).length;

/** A cache that stores values as JSON text, like a cache persisted on disk. */
function createJsonCache(): CompileCache & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: (key) => {
      const text = entries.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as CachedFileResult);
    },
    set: (key, value) => {
      entries.set(key, JSON.stringify(value));
    },
  };
}

/** Bundle text and serialized messages of a result, to compare builds. */
function output(files: readonly SourceFile[], cache?: CompileCache) {
  const { bundle, messages, stats } = compile(files, { cache });
  return { bundle: bundle === undefined ? undefined : serializeBundle(bundle), messages: messages.map(serializeMessage), stats };
}

describe('createMemoryCache', () => {
  it('stores and returns values by key', () => {
    const cache = createMemoryCache();
    const value: CachedFileResult = { lesson: { any: 'data' }, messages: [] };
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', value);
    expect(cache.get('a')).toBe(value);
  });
});

describe('incremental builds', () => {
  it('parses every lesson once, then none when nothing changed', () => {
    const cache = createMemoryCache();
    const first = output(fixtureFiles, cache);
    expect(first.stats).toEqual({ parsed: lessonCount, cached: 0 });
    const second = output(fixtureFiles, cache);
    expect(second.stats).toEqual({ parsed: 0, cached: lessonCount });
    expect(second.bundle).toBe(first.bundle);
  });

  it('parses only the lesson that changed, and gives what a fresh build gives', () => {
    const cache = createMemoryCache();
    compile(fixtureFiles, { cache });
    const files = withFiles({ 'check-in/daily-check-in.mdx': fixture('check-in/daily-check-in.mdx').replace('right now', 'today') });
    const rebuilt = output(files, cache);
    expect(rebuilt.stats).toEqual({ parsed: 1, cached: lessonCount - 1 });
    expect({ ...rebuilt, stats: undefined }).toEqual({ ...output(files), stats: undefined });
  });

  it('replays the messages of cached lessons', () => {
    const cache = createMemoryCache();
    const files = withFiles({ 'pacing/pacing-plan.mdx': fixture('pacing/pacing-plan.mdx').replace('<Option value="yard"', '<Option value="chores"') });
    const fresh = output(files, cache);
    const cached = output(files, cache);
    expect(cached.stats.parsed).toBe(0);
    expect(cached.messages).toEqual(fresh.messages);
    expect(cached.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['14:11 choice-options']);
  });

  it('parses every lesson again when curriculum.yaml, an instrument file or the options change', () => {
    const cache = createMemoryCache();
    compile(fixtureFiles, { cache });
    const manifest = withFiles({ 'curriculum.yaml': `${fixture('curriculum.yaml')}# A comment.\n` });
    expect(compile(manifest, { cache }).stats).toEqual({ parsed: lessonCount, cached: 0 });
    const instrument = withFiles({ 'instruments/mood-check.yaml': `${fixture('instruments/mood-check.yaml')}# A comment.\n` });
    expect(compile(instrument, { cache }).stats).toEqual({ parsed: lessonCount, cached: 0 });
    expect(compile(instrument, { cache, maxReadingGrade: 8 }).stats).toEqual({ parsed: lessonCount, cached: 0 });
    expect(compile(instrument, { cache, maxReadingGrade: 8 }).stats).toEqual({ parsed: 0, cached: lessonCount });
  });

  it('keys results by path as well as text', () => {
    const cache = createMemoryCache();
    compile(fixtureFiles, { cache });
    const moved = fixtureFiles.map((file) => (file.path === 'sleep/sleep-check.mdx' ? { ...file, path: 'sleep/other/sleep-check.mdx' } : file));
    const result = compile(moved, { cache });
    expect(result.stats).toEqual({ parsed: 1, cached: lessonCount - 1 });
    expect(result.bundle?.lessons.find((lesson) => lesson.id === 'sleep-check')?.source).toBe('sleep/other/sleep-check.mdx');
  });

  it('runs the checks across lessons on every build, cached or not', () => {
    const cache = createMemoryCache();
    compile(fixtureFiles, { cache });
    const copy = fixture('check-in/daily-check-in.mdx').replace('module: check-in', 'module: sleep');
    const result = compile([...fixtureFiles, { path: 'sleep/daily-check-in.mdx', value: copy }], { cache });
    expect(result.stats).toEqual({ parsed: 1, cached: lessonCount });
    expect(result.messages.map((message) => `${message.file} ${message.ruleId}`)).toEqual(['sleep/daily-check-in.mdx duplicate-id']);
  });

  it('works with a cache that keeps JSON text, as a cache on disk does', () => {
    const cache = createJsonCache();
    const fresh = output(fixtureFiles, cache);
    expect(cache.entries.size).toBe(lessonCount);
    const replayed = output(fixtureFiles, cache);
    expect(replayed.stats).toEqual({ parsed: 0, cached: lessonCount });
    expect(replayed.bundle).toBe(fresh.bundle);
  });

  it('lowers a lesson again when its cached value is not a lowered lesson', () => {
    const cache = createJsonCache();
    compile(fixtureFiles, { cache });
    for (const key of cache.entries.keys()) cache.entries.set(key, JSON.stringify({ lesson: 42, messages: [] }));
    expect(compile(fixtureFiles, { cache }).stats).toEqual({ parsed: lessonCount, cached: 0 });
  });

  it('keeps the cache keys of one build for the next, and never uses file times', () => {
    const cache = createJsonCache();
    compile(fixtureFiles, { cache });
    const keys = [...cache.entries.keys()];
    compile(fixtureFiles.map((file) => ({ ...file })), { cache });
    expect([...cache.entries.keys()]).toEqual(keys);
    expect(keys.every((key) => /^sha256:[0-9a-f]{64}$/.test(key))).toBe(true);
  });
});
