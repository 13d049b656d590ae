import { deserializeMessage } from '@copekit/compiler';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from './api.js';
import { summarize, summaryLine } from './summary.js';

const message = (severity: 'error' | 'warning') =>
  deserializeMessage({ reason: 'Something', ruleId: 'readability', severity, file: 'a.mdx', line: 1, column: 1 });
const result = (messages: CheckResult['messages'], lessons = 14): CheckResult => ({ exitCode: 0, messages, dir: '/c', lessons });

describe('summarize', () => {
  it('counts errors, warnings and lessons', () => {
    expect(summarize(result([message('error'), message('warning'), message('error')], 3))).toEqual({ errors: 2, warnings: 1, lessons: 3 });
  });
});

describe('summaryLine', () => {
  it.each([
    [{ errors: 2, warnings: 1, lessons: 14 }, '✖ 2 errors, 1 warning'],
    [{ errors: 1, warnings: 0, lessons: 14 }, '✖ 1 error, 0 warnings'],
    [{ errors: 0, warnings: 0, lessons: 14 }, '✓ 14 lessons, 0 warnings'],
    [{ errors: 0, warnings: 3, lessons: 1 }, '✓ 1 lesson, 3 warnings'],
    [{ errors: 0, warnings: 1, lessons: 0 }, '✓ 0 lessons, 1 warning'],
  ])('summarizes %j', (summary, line) => {
    expect(summaryLine(summary, false)).toBe(line);
  });

  it('colours the mark', () => {
    expect(summaryLine({ errors: 1, warnings: 0, lessons: 1 }, true)).toBe('\u001B[31m✖\u001B[39m 1 error, 0 warnings');
    expect(summaryLine({ errors: 0, warnings: 0, lessons: 1 }, true)).toBe('\u001B[32m✓\u001B[39m 1 lesson, 0 warnings');
  });
});
