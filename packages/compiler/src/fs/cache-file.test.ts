import { describe, expect, it } from 'vitest';
import { parseCacheFile } from './cache-file.js';
import type { CachedFileResult } from '../types.js';

const entry: CachedFileResult = {
  lesson: { id: 'pacing-basics', steps: [] },
  messages: [{ reason: 'Hard to read', ruleId: 'readability', severity: 'warning', file: 'pacing/pacing-basics.mdx', line: 3, column: 1 }],
};

describe('parseCacheFile', () => {
  it('reads the entries of a format 1 file', () => {
    const entries = parseCacheFile(JSON.stringify({ format: 1, entries: { 'sha256:a': entry, 'sha256:b': { messages: [] } } }));

    expect([...entries]).toEqual([
      ['sha256:a', entry],
      ['sha256:b', { messages: [] }],
    ]);
  });

  it.each([
    ['no file', undefined],
    ['an empty file', ''],
    ['a truncated file', JSON.stringify({ format: 1, entries: { 'sha256:a': entry } }).slice(0, 40)],
    ['another format', JSON.stringify({ format: 2, entries: { 'sha256:a': entry } })],
    ['no format', JSON.stringify({ entries: { 'sha256:a': entry } })],
    ['entries as an array', JSON.stringify({ format: 1, entries: [entry] })],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
  ])('starts empty from %s', (_label, text) => {
    expect(parseCacheFile(text).size).toBe(0);
  });

  it('drops malformed entries and keeps the others', () => {
    const text = JSON.stringify({
      format: 1,
      entries: {
        good: entry,
        'no-messages': { lesson: {} },
        'messages-not-array': { messages: 'oops' },
        'bad-severity': { messages: [{ ...entry.messages[0], severity: 'fatal' }] },
        'missing-reason': { messages: [{ ruleId: 'x', severity: 'error', file: 'a.mdx' }] },
        'null-entry': null,
      },
    });

    expect([...parseCacheFile(text).keys()]).toEqual(['good']);
  });
});
