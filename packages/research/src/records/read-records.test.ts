import { describe, expect, it } from 'vitest';
import { readRecords, type NumberedRecord } from './read-records.js';

const record = {
  seq: 0,
  at: 1_770_000_000_000,
  session: 's-1',
  participant: 'p-1',
  curriculum: 'demo',
  curriculumVersion: '1.0.0',
  bundleHash: `sha256:${'a'.repeat(64)}`,
  lesson: 'intro',
  lessonHash: `sha256:${'b'.repeat(64)}`,
  engineVersion: '0.1.0',
  flow: 'lesson',
  step: null,
  type: 'session.started',
  payload: { mode: 'guided', region: 'us' },
};

async function read(text: string, maxErrors?: number) {
  const stream = readRecords([text], maxErrors === undefined ? {} : { maxErrors });
  const found: NumberedRecord[] = [];
  for await (const entry of stream) found.push(entry);
  return { found, errors: stream.errors, lines: stream.lines, stopped: stream.stopped };
}

describe('readRecords', () => {
  it('yields valid records with their line numbers, skipping blank lines', async () => {
    const line = JSON.stringify(record);
    const { found, errors, lines } = await read(`${line}\n\n${line}\n`);
    expect(found.map((entry) => entry.line)).toEqual([1, 3]);
    expect(found[0]!.record).toEqual(record);
    expect(errors).toEqual([]);
    expect(lines).toBe(3);
  });

  it('names the line and the field of a record the schema refuses', async () => {
    const { found, errors } = await read(`${JSON.stringify({ ...record, seq: -1, payload: { region: 'us' } })}\n`);
    expect(found).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(1);
    expect(errors[0]!.message).toMatch(/^is not a valid record: /);
    expect(errors[0]!.message).toContain('/seq');
    expect(errors[0]!.message).toContain('/payload/mode is required');
  });

  it('says when a line is not JSON', async () => {
    const { errors } = await read('{"seq": 0,\n');
    expect(errors).toEqual([{ line: 1, message: expect.stringMatching(/^is not JSON \(.+\); each line must be one record written as JSON\.$/) }]);
  });

  it('stops after maxErrors bad lines, counting lines rejected by the consumer', async () => {
    const { found, errors, stopped } = await read(`a\nb\nc\n${JSON.stringify(record)}\n`, 2);
    expect(errors.map(({ line }) => line)).toEqual([1, 2]);
    expect(found).toEqual([]);
    expect(stopped).toBe(true);

    const stream = readRecords([`${JSON.stringify(record)}\n${JSON.stringify(record)}\n`], { maxErrors: 1 });
    const seen: number[] = [];
    for await (const { line } of stream) {
      seen.push(line);
      stream.reject({ line, message: 'is from another trial.' });
    }
    expect(seen).toEqual([1]);
    expect(stream.errors).toEqual([{ line: 1, message: 'is from another trial.' }]);
    expect(stream.stopped).toBe(true);
  });

  describe('with programRecords', () => {
    const programRecord = {
      seq: 0,
      at: 1_770_000_000_000,
      program: 'p-1/demo',
      participant: 'p-1',
      curriculum: 'demo',
      curriculumVersion: '1.0.0',
      bundleHash: `sha256:${'a'.repeat(64)}`,
      engineVersion: '0.1.0',
      programVersion: '0.1.0',
      type: 'homework.logged',
      payload: { skill: 'pmr', date: '2026-01-06', minutes: 15, plan: null },
    };

    it('reads engine and program records mixed, validating each by its own schema', async () => {
      const stream = readRecords([`${JSON.stringify(record)}
${JSON.stringify(programRecord)}
${JSON.stringify({ ...programRecord, payload: { skill: 'pmr' } })}
`], { programRecords: true });
      const found: unknown[] = [];
      for await (const entry of stream) found.push(entry.record);
      expect(found).toEqual([record, programRecord]);
      expect(stream.errors).toEqual([{ line: 3, message: expect.stringMatching(/^is not a valid program record: .*\/payload\/date is required/) }]);
    });

    it('refuses program records unless asked for', async () => {
      const { found, errors } = await read(`${JSON.stringify(programRecord)}
`);
      expect(found).toEqual([]);
      expect(errors[0]!.message).toMatch(/^is not a valid record: /);
    });
  });
});
