import type { SessionRecord } from '@copekit/engine';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRecordsFile } from './records-file.js';

const record = (seq: number): SessionRecord =>
  ({
    seq,
    at: 1000 + seq,
    session: 's',
    participant: 'p',
    curriculum: 'c',
    curriculumVersion: '1.0.0',
    bundleHash: 'sha256:0',
    lesson: 'l',
    lessonHash: 'sha256:1',
    engineVersion: '0.1.0',
    flow: 'lesson',
    step: null,
    type: 'session.exited',
    payload: {},
  }) as SessionRecord;

describe('openRecordsFile', () => {
  it('makes the folder, empties an old file and appends one JSON line per record', () => {
    const folder = mkdtempSync(join(tmpdir(), 'copekit-records-'));
    const path = join(folder, 'deep', 'er', 'session.jsonl');
    const first = openRecordsFile(path);
    first.append(record(0));
    writeFileSync(path, 'old content\n');
    const file = openRecordsFile(path);
    expect(file.path).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe('');
    file.append(record(0));
    file.append(record(1));
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines.slice(0, 2).map((line) => (JSON.parse(line) as SessionRecord).seq)).toEqual([0, 1]);
  });
});
