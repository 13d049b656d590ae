import { describe, expect, it } from 'vitest';
import { parseFeedbackCondition } from './parse.js';

/** The tree, failing the test on a syntax error. */
function tree(source: string) {
  const result = parseFeedbackCondition(source);
  if ('error' in result) throw new Error(`${source}: ${result.error.message}`);
  return result.condition;
}

/** The syntax error as `[message, fix, text at fault]`. */
function error(source: string): [string, string, string] {
  const result = parseFeedbackCondition(source);
  if (!('error' in result)) throw new Error(`${source} parsed`);
  const { message, fix, start, end, kind } = result.error;
  expect(kind).toBe('syntax');
  return [message, fix, source.slice(start, end)];
}

describe('parseFeedbackCondition', () => {
  it('parses a comparison of a metric with a number', () => {
    expect(tree('days(practised) >= 5')).toEqual({
      type: 'compare',
      op: '>=',
      left: { type: 'metric', fn: 'days', name: 'practised', previous: false },
      right: { type: 'number', value: 5 },
    });
  });

  it('parses a change from the week before, with a negative number', () => {
    expect(tree('mean(pain) - previous.mean(pain) <= -1')).toEqual({
      type: 'compare',
      op: '<=',
      left: {
        type: 'arithmetic',
        op: '-',
        left: { type: 'metric', fn: 'mean', name: 'pain', previous: false },
        right: { type: 'metric', fn: 'mean', name: 'pain', previous: true },
      },
      right: { type: 'number', value: -1 },
    });
  });

  it('reads + and - left to right', () => {
    const condition = tree('count(check-ins) - 1 + 2 > 0');
    expect(condition).toMatchObject({
      left: { type: 'arithmetic', op: '+', left: { type: 'arithmetic', op: '-', right: { value: 1 } }, right: { value: 2 } },
    });
  });

  it('joins chains of and / or into one node each, and binds not tighter', () => {
    expect(tree('not count(sessions) > 0 and count(check-ins) < 3 or sum(practice-minutes) >= 60')).toEqual({
      type: 'or',
      operands: [
        {
          type: 'and',
          operands: [
            { type: 'not', operand: expect.objectContaining({ type: 'compare', op: '>' }) },
            expect.objectContaining({ type: 'compare', op: '<' }),
          ],
        },
        expect.objectContaining({ type: 'compare', op: '>=' }),
      ],
    });
  });

  it('keeps the grouping of parentheses', () => {
    const condition = tree('count(check-ins) >= 5 and (mean(pain) < 4 or days(practised) >= 5)');
    expect(condition).toMatchObject({ type: 'and', operands: [{ type: 'compare' }, { type: 'or' }] });
  });

  it('accepts decimals, no spaces and numbers on the left', () => {
    expect(tree('2.5>=mean(sleep-quality)')).toMatchObject({ left: { type: 'number', value: 2.5 }, op: '>=', right: { name: 'sleep-quality' } });
  });

  it('returns plain data', () => {
    const condition = tree('mean(pain) - previous.mean(pain) <= -1 and not days(practised) < 2');
    expect(JSON.parse(JSON.stringify(condition))).toEqual(condition);
  });
});

describe('parseFeedbackCondition errors', () => {
  it.each<[string, [string, string, string]]>([
    ['', ['The condition is empty.', 'Write a condition, like `days(practised) >= 5`, or leave `when` out.', '']],
    ['avg(pain) < 4', ['Unknown function `avg`.', 'Write `mean(…)` for an average.', 'avg']],
    ['trend(pain) < 0', ['Unknown function `trend`.', 'Compare with the week before: `mean(pain) - previous.mean(pain) <= -1`.', 'trend']],
    ['maen(pain) < 4', ['Unknown function `maen`.', 'Did you mean `mean`?', 'maen']],
    ['Mean(pain) < 4', ['Unknown function `Mean`.', 'Write `mean` in lowercase.', 'Mean']],
    ['pain >= 5', ['`pain` needs a function that sums up the week.', 'Write `mean(pain)`, `days(pain)` or another function.', 'pain']],
    ['check-ins < 3', ['`check-ins` needs the function `count`.', 'Write `count(check-ins)`.', 'check-ins']],
    ['previous.pain > 3', ['`previous` must be followed by a function.', 'Write `previous.mean(pain)`: the same function over the week before.', 'previous.pain']],
    ['last.mean(pain) > 3', ['`last.mean` is not a function.', 'Only `previous` may come before a function, as in `previous.mean(pain)`.', 'last.mean']],
    ['mean() > 3', ['`mean` needs a name in its parentheses, like `mean(pain)`.', 'Write `mean(pain)`.', ')']],
    ['mean(pain, sleep) > 3', ['Each function takes exactly one name.', 'Write one name in the parentheses, like `mean(pain)`.', ',']],
    ['mean(sleepQuality) > 3', ['`sleepQuality` is not a valid name: names use lowercase letters, digits and hyphens.', 'Write `sleep-quality`.', 'sleepQuality']],
    ['mean(3) > 3', ['Expected the name of a measure or counter in `mean(…)`.', 'Write `mean(pain)`.', '3']],
    ['days(practised) = 5', ['A single `=` is not a comparison.', 'Write `==` to check that two values are equal.', '=']],
    ['days(practised) >= 5 && mean(pain) < 4', ['`&&` is not part of the feedback language.', 'Write `and`.', '&&']],
    ['days(practised) >= 5 AND mean(pain) < 4', ['`AND` must be written in lowercase.', 'Write `and`.', 'AND']],
    ["days(practised) == 'yes'", ['Feedback conditions compare numbers; quoted text has no place in them.', 'Count the days instead, like `days(practised) >= 5`.', "'"]],
    ['count(homework) * 2 > 3', ['Feedback conditions can add and subtract, but not `*`.', 'Compare with a fixed number instead, like `sum(practice-minutes) >= 60`.', '*']],
    ['count(homework) >= 80%', ['`80%` is not a number of the feedback language.', 'Write the number without `%`: `80`.', '80%']],
    ['count(homework) >= 5x', ['`5x` is not a number.', 'Write numbers with digits and an optional decimal part, like `5` or `0.5`.', '5x']],
    ['mean(pain)', ['This value is not compared with anything.', 'Compare it, like `days(practised) >= 5`.', 'mean(pain)']],
    ['mean(pain) >=', ['The condition ends too soon.', 'Complete it, like `days(practised) >= 5`.', '']],
    ['3 < mean(pain) < 6', ['Comparisons cannot be chained.', 'Join two comparisons with `and`, like `mean(pain) >= 3 and mean(pain) <= 6`.', '<']],
    ['(mean(pain) - previous.mean(pain)) <= -1', ['Parentheses group conditions, not numbers.', 'Leave them out: `mean(pain) - previous.mean(pain) <= -1` is read left to right.', ')']],
    ['mean(pain) - (mean(pain)) < 1', ['Parentheses group conditions, not numbers.', 'Leave them out: `mean(pain) - previous.mean(pain) <= -1` is read left to right.', '(']],
    ['(mean(pain) < 4', ['This `(` is never closed.', 'Add a `)` where the group ends.', '(']],
    ['mean(pain) < 4)', ['This `)` has no matching `(`.', 'Remove it, or add a `(` where the group starts.', ')']],
    ['mean(pain) < 4 days(practised) > 2', ['Unexpected `days` after a condition.', 'Join conditions with `and` or `or`.', 'days']],
    ['mean(pain) < - x', ['A minus sign here must be followed by a number, like `-1`.', 'Write a negative number as `-1`, or subtract after a value: `mean(pain) - 1`.', '- x']],
    ['and mean(pain) < 4', ['Expected a value here: a number or a function such as `mean(pain)`.', 'Write a comparison, like `days(practised) >= 5`.', 'and']],
    ['mood > 3', ['Unknown word `mood`.', 'Use a function with a name in parentheses, like `days(practised) >= 5`.', 'mood']],
    ['mean(pain) < 4 # note', ['Unexpected `#` in the condition.', 'Feedback conditions use functions like `mean(pain)`, numbers, `+`, `-`, `== != < <= > >=`, `and`, `or`, `not` and parentheses.', '#']],
  ])('%j', (source, expected) => {
    expect(error(source)).toEqual(expected);
  });
});
