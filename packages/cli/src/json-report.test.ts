import { deserializeMessage, type SerializedMessage } from '@copekit/compiler';
import { describe, expect, it } from 'vitest';
import { jsonReport } from './json-report.js';

const message: SerializedMessage = {
  reason: 'Unknown attribute `units` on `<NumberEntry>`.',
  ruleId: 'unknown-attribute',
  severity: 'error',
  file: 'pacing/pacing-plan.mdx',
  line: 27,
  column: 98,
  endLine: 27,
  endColumn: 113,
  fix: 'Did you mean `unit`?',
};

describe('jsonReport', () => {
  it('gives serialized messages with paths relative to the current directory, and a summary', () => {
    const report = jsonReport({ exitCode: 1, messages: [deserializeMessage(message)], dir: '/repo/curriculum', lessons: 6 }, '/repo');

    expect(report).toEqual({
      messages: [{ ...message, file: 'curriculum/pacing/pacing-plan.mdx' }],
      summary: { errors: 1, warnings: 0, lessons: 6 },
    });
  });

  it('gives the bundle file of a build', () => {
    const report = jsonReport({ exitCode: 0, messages: [], dir: '/repo/curriculum', lessons: 6, out: '/repo/out/bundle.json' }, '/repo');

    expect(report).toEqual({ messages: [], summary: { errors: 0, warnings: 0, lessons: 6 }, out: 'out/bundle.json' });
  });

  it('survives a JSON round trip unchanged', () => {
    const report = jsonReport({ exitCode: 1, messages: [deserializeMessage(message)], dir: '/repo/curriculum', lessons: 6 }, '/repo');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
