import { deserializeMessage } from '@copekit/compiler';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from './api.js';
import type { CommandOptions } from './args.js';
import { printResult } from './check.js';
import { createTestIo } from './test-io.js';

const human: CommandOptions = { dir: 'curriculum', format: 'human', watch: false, cache: true };
const json: CommandOptions = { ...human, format: 'json' };
const clean: CheckResult = { exitCode: 0, messages: [], dir: '/repo/curriculum', lessons: 6 };
const warned: CheckResult = {
  ...clean,
  messages: [deserializeMessage({ reason: 'Hard to read.', ruleId: 'readability', severity: 'warning', file: 'a/b.mdx', line: 3, column: 1 })],
};

describe('printResult', () => {
  it('prints the human report on stdout', () => {
    const io = createTestIo('/repo');
    printResult(warned, human, io);

    expect(io.out).toEqual(['curriculum/a/b.mdx\n3:1 warning Hard to read. readability copekit\n\n✓ 6 lessons, 1 warning']);
    expect(io.err).toEqual([]);
  });

  it('adds the time of a check in watch mode', () => {
    const io = createTestIo('/repo');
    printResult(clean, human, io, { changed: ['a/b.mdx'], durationMs: 41.6 });

    expect(io.out).toEqual(['✓ 6 lessons, 0 warnings (42 ms)']);
  });

  it('prints indented JSON, or one line with the watch fields', () => {
    const once = createTestIo('/repo');
    printResult(clean, json, once);
    const watching = createTestIo('/repo');
    printResult(clean, json, watching, { changed: ['a/b.mdx'], durationMs: 12 });

    expect(once.out).toEqual(['{\n  "messages": [],\n  "summary": {\n    "errors": 0,\n    "warnings": 0,\n    "lessons": 6\n  }\n}']);
    expect(watching.out).toEqual(['{"messages":[],"summary":{"errors":0,"warnings":0,"lessons":6},"changed":["a/b.mdx"],"durationMs":12}']);
  });

  it('says on stderr when the cache could not be saved', () => {
    const io = createTestIo('/repo');
    printResult({ ...clean, cacheError: new Error('EACCES: permission denied') }, json, io);

    expect(JSON.parse(io.out[0]!)).toMatchObject({ summary: { errors: 0 } });
    expect(io.err).toEqual(['copekit: could not save the cache (EACCES: permission denied); the next run parses every file again.']);
  });
});
