/**
 * Parser of the weekly feedback language (`program.feedback[].when`).
 *
 * ```txt
 * condition  = or
 * or         = and ("or" and)*
 * and        = unary ("and" unary)*
 * unary      = "not" unary | "(" or ")" | comparison
 * comparison = expression operator expression        operator: == != < <= > >=
 * expression = term (("+" | "-") term)*
 * term       = ["-"] number | ["previous" "."] function "(" name ")"
 * function   = mean | min | max | sum | days | count
 * ```
 *
 * Parentheses group conditions only; arithmetic needs none (`+` and `-` work
 * left to right). Chains of `and` (or of `or`) become one node.
 *
 * @module
 */

import { isKeyword, keywordOf } from './keywords.js';
import type { FeedbackCondition, FeedbackExpression, FeedbackMetric } from './feedback-condition.js';
import { fail, FeedbackSyntaxFailure, type FeedbackConditionProblem } from './problem.js';
import { spanned, spanOf } from './spans.js';
import { didYouMean } from './suggest.js';
import type { Token } from './tokenize.js';
import { tokenize } from './tokenize.js';
import { feedbackFunctions, isFeedbackCounter, isFeedbackMeasure, type FeedbackFunction } from './vocabulary.js';

/** What {@link parseFeedbackCondition} returns: the tree, or the first syntax problem. */
export type ParseFeedbackResult = { condition: FeedbackCondition } | { error: FeedbackConditionProblem };

const example = 'like `days(practised) >= 5`';
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words authors may reach for, and the function they mean. */
const synonyms: Record<string, string> = {
  avg: 'Write `mean(…)` for an average.',
  average: 'Write `mean(…)` for an average.',
  total: 'Write `sum(…)` for a total.',
  trend: 'Compare with the week before: `mean(pain) - previous.mean(pain) <= -1`.',
  change: 'Compare with the week before: `mean(pain) - previous.mean(pain) <= -1`.',
};

/**
 * Parses a weekly feedback condition into a plain-data tree. Offsets in the
 * error count UTF-16 code units from the start of `source`.
 *
 * @example
 * ```ts
 * parseFeedbackCondition('days(practised) >= 5');
 * // => { condition: { type: 'compare', op: '>=',
 * //   left: { type: 'metric', fn: 'days', name: 'practised', previous: false },
 * //   right: { type: 'number', value: 5 } } }
 * parseFeedbackCondition('avg(pain) < 4');
 * // => { error: { kind: 'syntax', message: 'Unknown function `avg`.', fix: 'Write `mean(…)` for an average.', start: 0, end: 3 } }
 * ```
 */
export function parseFeedbackCondition(source: string): ParseFeedbackResult {
  try {
    const parser = new Parser(tokenize(source));
    if (parser.peek().kind === 'end') fail('The condition is empty.', `Write a condition, ${example}, or leave \`when\` out.`, 0, source.length);
    const condition = parser.or();
    parser.expectEnd();
    return { condition };
  } catch (error) {
    if (error instanceof FeedbackSyntaxFailure) return { error: error.problem };
    throw error;
  }
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  or(): FeedbackCondition {
    return this.chain('or', () => this.chain('and', () => this.unary()));
  }

  private chain(type: 'and' | 'or', operand: () => FeedbackCondition): FeedbackCondition {
    const operands = [operand()];
    while (isKeyword(this.peek(), type)) {
      this.next();
      operands.push(operand());
    }
    if (operands.length === 1) return operands[0]!;
    return spanned({ type, operands }, spanOf(operands[0]!).start, spanOf(operands.at(-1)!).end);
  }

  private unary(): FeedbackCondition {
    const token = this.peek();
    if (isKeyword(token, 'not')) {
      this.next();
      const operand = this.unary();
      return spanned({ type: 'not', operand }, token.start, spanOf(operand).end);
    }
    if (token.kind === '(') return this.group();
    return this.comparison();
  }

  private group(): FeedbackCondition {
    const open = this.next();
    const condition = this.or();
    const close = this.next();
    if (close.kind === ')') return condition;
    if (close.kind === 'end') fail('This `(` is never closed.', 'Add a `)` where the group ends.', open.start, open.end);
    return this.unexpectedAfter(close);
  }

  private comparison(): FeedbackCondition {
    const left = this.expression();
    const operator = this.next();
    if (operator.kind !== 'operator') {
      const { start, end } = spanOf(left);
      if (operator.kind === ')') {
        fail('Parentheses group conditions, not numbers.', 'Leave them out: `mean(pain) - previous.mean(pain) <= -1` is read left to right.', operator.start, operator.end);
      }
      fail('This value is not compared with anything.', `Compare it, ${example}.`, start, end);
    }
    const right = this.expression();
    const after = this.peek();
    if (after.kind === 'operator') {
      fail('Comparisons cannot be chained.', 'Join two comparisons with `and`, like `mean(pain) >= 3 and mean(pain) <= 6`.', after.start, after.end);
    }
    return spanned({ type: 'compare', op: operator.operator, left, right }, spanOf(left).start, spanOf(right).end);
  }

  private expression(): FeedbackExpression {
    let left = this.term();
    for (let token = this.peek(); token.kind === '+' || token.kind === '-'; token = this.peek()) {
      this.next();
      const right = this.term();
      left = spanned({ type: 'arithmetic', op: token.kind, left, right }, spanOf(left).start, spanOf(right).end);
    }
    return left;
  }

  private term(): FeedbackExpression {
    const token = this.next();
    if (token.kind === 'number') return spanned({ type: 'number', value: token.value }, token.start, token.end);
    if (token.kind === '-') {
      const digits = this.next();
      if (digits.kind === 'number') return spanned({ type: 'number', value: -digits.value }, token.start, digits.end);
      fail('A minus sign here must be followed by a number, like `-1`.', 'Write a negative number as `-1`, or subtract after a value: `mean(pain) - 1`.', token.start, digits.end);
    }
    if (token.kind === 'name' && keywordOf(token) === undefined) return this.metric(token);
    if (token.kind === '(') {
      fail('Parentheses group conditions, not numbers.', 'Leave them out: `mean(pain) - previous.mean(pain) <= -1` is read left to right.', token.start, token.end);
    }
    if (token.kind === 'end') fail('The condition ends too soon.', `Complete it, ${example}.`, token.start, token.end);
    return fail('Expected a value here: a number or a function such as `mean(pain)`.', `Write a comparison, ${example}.`, token.start, token.end);
  }

  private metric(token: Extract<Token, { kind: 'name' }>): FeedbackMetric {
    const parts = token.text.split('.');
    const previous = parts.length === 2 && parts[0] === 'previous';
    const fn = previous ? parts[1]! : token.text;
    if (this.peek().kind !== '(') return bareName(token, fn, previous);
    if (parts.length > 2 || (parts.length === 2 && !previous)) {
      fail(`\`${token.text}\` is not a function.`, 'Only `previous` may come before a function, as in `previous.mean(pain)`.', token.start, token.end);
    }
    const known = (feedbackFunctions as readonly string[]).includes(fn);
    if (!known) {
      const lower = fn.toLowerCase();
      const fix = (feedbackFunctions as readonly string[]).includes(lower)
        ? `Write \`${lower}\` in lowercase.`
        : (synonyms[lower] ?? didYouMean(lower, feedbackFunctions, `Use one of ${feedbackFunctions.map((name) => `\`${name}\``).join(', ')}.`));
      fail(`Unknown function \`${fn}\`.`, fix, token.start, token.end);
    }
    this.next();
    const argument = this.next();
    const usage = `\`${fn}(pain)\``;
    if (argument.kind === ')') fail(`\`${fn}\` needs a name in its parentheses, like ${usage}.`, `Write ${usage}.`, argument.start, argument.end);
    if (argument.kind !== 'name' || keywordOf(argument) !== undefined) {
      fail(`Expected the name of a measure or counter in \`${fn}(…)\`.`, `Write ${usage}.`, argument.start, argument.end);
    }
    if (!idPattern.test(argument.text)) {
      const lower = argument.text.replaceAll(/([a-z\d])([A-Z])/g, '$1-$2').toLowerCase().replaceAll('_', '-');
      fail(`\`${argument.text}\` is not a valid name: names use lowercase letters, digits and hyphens.`, `Write \`${lower}\`.`, argument.start, argument.end);
    }
    const close = this.next();
    if (close.kind !== ')') fail(`\`${fn}\` takes one name: ${usage}.`, 'Close the parentheses after the name.', close.start, close.end);
    const metric = spanned({ type: 'metric', fn: fn as FeedbackFunction, name: argument.text, previous } as FeedbackMetric, token.start, close.end);
    nameSpans.set(metric, { start: argument.start, end: argument.end });
    return metric;
  }

  private unexpectedAfter(token: Token): never {
    if (token.kind === 'name') fail(`Unexpected \`${token.text}\` after a condition.`, 'Join conditions with `and` or `or`.', token.start, token.end);
    return fail('Unexpected text after a condition.', 'Join conditions with `and` or `or`.', token.start, token.end);
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind === 'end') return;
    if (token.kind === ')') fail('This `)` has no matching `(`.', 'Remove it, or add a `(` where the group starts.', token.start, token.end);
    this.unexpectedAfter(token);
  }
}

/** A name written without parentheses: a measure or counter without its function, or an unknown word. */
function bareName(token: Extract<Token, { kind: 'name' }>, name: string, previous: boolean): never {
  const { start, end } = token;
  if (name === 'previous' || previous) fail('`previous` must be followed by a function.', 'Write `previous.mean(pain)`: the same function over the week before.', start, end);
  if (isFeedbackMeasure(name)) fail(`\`${name}\` needs a function that sums up the week.`, `Write \`mean(${name})\`, \`days(${name})\` or another function.`, start, end);
  if (isFeedbackCounter(name)) fail(`\`${name}\` needs the function \`count\`.`, `Write \`count(${name})\`.`, start, end);
  fail(`Unknown word \`${token.text}\`.`, `Use a function with a name in parentheses, ${example}.`, start, end);
}

/** Where the name inside a metric's parentheses was written. */
const nameSpans = new WeakMap<FeedbackMetric, { start: number; end: number }>();

/** The range of the name inside `fn(name)`, for messages about the name. */
export function nameSpanOf(metric: FeedbackMetric): { start: number; end: number } {
  return nameSpans.get(metric) ?? spanOf(metric);
}
