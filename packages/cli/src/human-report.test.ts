import { deserializeMessage, type SerializedMessage } from '@copekit/compiler';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from './api.js';
import { humanReport } from './human-report.js';

const unknownAttribute: SerializedMessage = {
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
const hardToRead: SerializedMessage = {
  reason: 'This paragraph reads at grade 9; aim for 6 or below.',
  ruleId: 'readability',
  severity: 'warning',
  file: 'relaxation/calm-breathing.mdx',
  line: 14,
  column: 1,
};

const result = (messages: SerializedMessage[], extra: Partial<CheckResult> = {}): CheckResult => ({
  exitCode: messages.some((message) => message.severity === 'error') ? 1 : 0,
  messages: messages.map(deserializeMessage),
  dir: '/repo/curriculum',
  lessons: 6,
  ...extra,
});

describe('humanReport', () => {
  it('prints one message like vfile-reporter, with its path relative to the current directory and its fix', () => {
    expect(humanReport(result([unknownAttribute]), { cwd: '/repo', color: false })).toMatchInlineSnapshot(`
      "curriculum/pacing/pacing-plan.mdx
      27:98-27:113 error Unknown attribute \`units\` on \`<NumberEntry>\`. unknown-attribute copekit
        [note]:
          Did you mean \`unit\`?

      ✖ 1 error, 0 warnings"
    `);
  });

  it('groups messages by file and counts them', () => {
    expect(humanReport(result([unknownAttribute, hardToRead]), { cwd: '/repo', color: false })).toMatchInlineSnapshot(`
      "curriculum/pacing/pacing-plan.mdx
      27:98-27:113 error   Unknown attribute \`units\` on \`<NumberEntry>\`.        unknown-attribute copekit
        [note]:
          Did you mean \`unit\`?

      curriculum/relaxation/calm-breathing.mdx
      14:1         warning This paragraph reads at grade 9; aim for 6 or below. readability       copekit

      ✖ 1 error, 1 warning"
    `);
  });

  it('prints only the summary when there is nothing to report', () => {
    expect(humanReport(result([]), { cwd: '/repo', color: false })).toBe('✓ 6 lessons, 0 warnings');
  });

  it('says where a build wrote the bundle', () => {
    expect(humanReport(result([hardToRead], { out: '/repo/out/bundle.json' }), { cwd: '/repo', color: false }).split('\n').at(-1)).toBe(
      '✓ 6 lessons, 1 warning; wrote out/bundle.json',
    );
  });

  it('prints absolute paths outside the current directory', () => {
    expect(humanReport(result([hardToRead]), { cwd: '/repo/packages/cli', color: false }).split('\n')[0]).toBe(
      '/repo/curriculum/relaxation/calm-breathing.mdx',
    );
  });

  it('uses colours when asked', () => {
    const report = humanReport(result([unknownAttribute]), { cwd: '/repo', color: true });
    expect(report).toContain('\u001B[31merror\u001B[39m');
    expect(report.split('\n').at(-1)).toBe('\u001B[31m✖\u001B[39m 1 error, 0 warnings');
  });
});
