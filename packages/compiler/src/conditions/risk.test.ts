import { printCondition } from '@copekit/schema';
import { describe as group, expect, test } from 'vitest';
import { checkCondition } from './check.js';
import { parseThreshold, thresholdToCondition } from './risk.js';
import { mark, sampleScope } from './test-helpers.js';

/** A threshold's error with its range marked, or the parsed threshold as JSON. */
function show(source: string): string {
  const result = parseThreshold(source);
  if (!('error' in result)) return JSON.stringify(result);
  return `${mark(source, result.error.start, result.error.end)}\n${result.error.message}\nfix: ${result.error.fix}`;
}

group('parseThreshold', () => {
  test('reads every operator with a number, with or without spaces', () => {
    expect(parseThreshold('> 0')).toEqual({ op: '>', value: 0 });
    expect(parseThreshold('>=2')).toEqual({ op: '>=', value: 2 });
    expect(parseThreshold('  <  -1.5 ')).toEqual({ op: '<', value: -1.5 });
    expect(parseThreshold('<= 10')).toEqual({ op: '<=', value: 10 });
    expect(parseThreshold('== 3')).toEqual({ op: '==', value: 3 });
    expect(parseThreshold('!= 0')).toEqual({ op: '!=', value: 0 });
  });

  test('explains what is missing or extra, with its range', () => {
    expect(['', '2', '>', "> 'high'", '> x', '> 0 and x', '= 1', '> 1e3'].map(show).join('\n\n')).toMatchInlineSnapshot(`
      "
      ^
      The risk threshold is empty.
      fix: Write a comparison and a number, like \`> 0\` or \`>= 2\`.

      2
      ^
      A risk threshold starts with a comparison (\`==\`, \`!=\`, \`<\`, \`<=\`, \`>\`, \`>=\`).
      fix: Write a comparison and a number, like \`> 0\` or \`>= 2\`.

      >
       ^
      Expected a number after \`>\`.
      fix: Write a comparison and a number, like \`> 0\` or \`>= 2\`.

      > 'high'
        ^^^^^^
      Expected a number after \`>\`.
      fix: Write a comparison and a number, like \`> 0\` or \`>= 2\`.

      > x
        ^
      Expected a number after \`>\`.
      fix: Write a comparison and a number, like \`> 0\` or \`>= 2\`.

      > 0 and x
          ^^^^^
      A risk threshold is one comparison and one number; remove what follows.
      fix: Write a comparison and a number, like \`> 0\` or \`>= 2\`.

      = 1
      ^
      A single \`=\` is not a comparison.
      fix: Write \`==\` to check that two values are equal.

      > 1e3
        ^^^
      \`1e3\` is neither a number nor an id.
      fix: Write numbers with digits and an optional decimal point (\`7\`, \`2.5\`, \`-1\`); ids start with a letter (\`pain-now\`)."
    `);
  });
});

group('thresholdToCondition', () => {
  test('builds the comparison of the item with the number', () => {
    expect(thresholdToCondition('phq-9-q9', { op: '>', value: 0 })).toStrictEqual({
      type: 'compare',
      op: '>',
      left: { type: 'ref', ref: { item: 'phq-9-q9' } },
      right: { type: 'number', value: 0 },
    });
  });

  test('prints as the item id followed by the threshold, and checks as a number comparison', () => {
    const parsed = parseThreshold('>= 7');
    if ('error' in parsed) throw new Error(parsed.error.message);
    const condition = thresholdToCondition('pain-now', parsed);
    expect(printCondition(condition)).toBe('pain-now >= 7');
    expect(checkCondition(condition, 'pain-now >= 7', sampleScope)).toEqual([]);
    expect(checkCondition(thresholdToCondition('mood', parsed), '>= 7', sampleScope).map((problem) => problem.ruleId)).toEqual(['condition-type']);
  });
});
