import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { report } from './diagnostics.js';
import { deserializeMessage, serializeMessage, sortMessages } from './messages.js';

describe('serializeMessage', () => {
  it('keeps reason, rule, severity, file, range and fix', () => {
    const file = new VFile({ path: 'pacing/pacing-basics.mdx' });
    const message = report(file, {
      ruleId: 'unknown-component',
      reason: '`<Ratng>` is not a Copekit component.',
      place: { start: { line: 12, column: 1, offset: 80 }, end: { line: 12, column: 40, offset: 119 } },
      fix: 'Did you mean `Rating`?',
    });
    expect(serializeMessage(message)).toEqual({
      reason: '`<Ratng>` is not a Copekit component.',
      ruleId: 'unknown-component',
      severity: 'error',
      file: 'pacing/pacing-basics.mdx',
      line: 12,
      column: 1,
      endLine: 12,
      endColumn: 40,
      fix: 'Did you mean `Rating`?',
    });
  });

  it('leaves out what a message does not have', () => {
    const file = new VFile({ path: 'package.json' });
    const point = report(file, { ruleId: 'readability', reason: 'Hard.', place: { line: 3, column: 2 }, severity: 'warning' });
    const nowhere = report(file, { ruleId: 'package-version', reason: 'No version.' });
    expect(serializeMessage(point)).toEqual({ reason: 'Hard.', ruleId: 'readability', severity: 'warning', file: 'package.json', line: 3, column: 2 });
    expect(serializeMessage(nowhere)).toEqual({ reason: 'No version.', ruleId: 'package-version', severity: 'error', file: 'package.json' });
  });
});

describe('deserializeMessage', () => {
  it('round-trips through serializeMessage', () => {
    const serialized = [
      { reason: 'A.', ruleId: 'empty-step', severity: 'error' as const, file: 'a.mdx', line: 1, column: 2, endLine: 3, endColumn: 4, fix: 'Fix.' },
      { reason: 'B.', ruleId: 'readability', severity: 'warning' as const, file: 'b.mdx', line: 5, column: 6 },
      { reason: 'C.', ruleId: 'manifest', severity: 'error' as const, file: 'curriculum.yaml' },
    ];
    for (const message of serialized) expect(serializeMessage(deserializeMessage(message))).toEqual(message);
  });

  it('makes vfile messages: fatal for errors, source `copekit`, fix in `note`', () => {
    const message = deserializeMessage({ reason: 'A.', ruleId: 'empty-step', severity: 'error', file: 'a.mdx', line: 1, column: 2, fix: 'Fix.' });
    expect([message.fatal, message.source, message.note, message.file, message.line, message.column, String(message)]).toEqual([
      true,
      'copekit',
      'Fix.',
      'a.mdx',
      1,
      2,
      'a.mdx:1:2: A.',
    ]);
  });
});

describe('sortMessages', () => {
  it('sorts by file (code point), then line and column, file-level messages first', () => {
    const message = (file: string, line?: number, column?: number) =>
      deserializeMessage({ reason: `${file}:${line}:${column}`, ruleId: 'manifest', severity: 'error', file, line, column });
    const sorted = sortMessages([
      message('b.mdx', 2, 1),
      message('a.mdx', 10, 1),
      message('B.mdx', 1, 1),
      message('a.mdx', 2, 5),
      message('a.mdx'),
      message('a.mdx', 2, 1),
    ]);
    expect(sorted.map((item) => item.reason)).toEqual([
      'B.mdx:1:1',
      'a.mdx:undefined:undefined',
      'a.mdx:2:1',
      'a.mdx:2:5',
      'a.mdx:10:1',
      'b.mdx:2:1',
    ]);
  });
});
