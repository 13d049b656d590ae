/**
 * Parser of the condition language used by `<Show when="…">`.
 *
 * ```txt
 * condition  = or
 * or         = and ("or" and)*
 * and        = unary ("and" unary)*
 * unary      = "not" unary | primary
 * primary    = "(" or ")" | "answered" "(" ref ")" | "includes" "(" ref "," string ")"
 *            | operand operator operand
 * operand    = ref | number | string
 * ```
 *
 * `not` binds tighter than `and` and `or`. Comparisons compare values, never
 * conditions, so `not pain-now >= 7` can only mean `not (pain-now >= 7)`.
 * Chains of `and` (or of `or`) become one node with all their operands;
 * parentheses keep their grouping.
 *
 * @module
 */

import type { Condition, IncludesCondition, ItemRef, Operand } from '@copekit/schema';
import { setSpan, setValueSpan, spanOf } from './spans.js';
import { type ConditionSyntaxError, ConditionSyntaxFailure, fail } from './syntax-error.js';
import { example, failAfterCondition, failLoneOperand, failMissingCondition } from './parse-errors.js';
import { isKeyword, isOperandToken, type OperandToken, type Token, tokenize } from './tokenize.js';

/** What {@link parseCondition} returns: the tree, or the first syntax error. */
export type ParseConditionResult = { condition: Condition } | { error: ConditionSyntaxError };

/**
 * Parses condition text into a `Condition` tree.
 *
 * Offsets in the error (and in the side table read by `checkCondition`) count
 * UTF-16 code units from the start of `source`; the caller adds where the
 * attribute value starts in the file. The tree is plain data.
 *
 * @example
 * ```ts
 * parseCondition("pain-now >= 7 and not includes(overdo, 'chores')");
 * // => { condition: { type: 'and', operands: [
 * //   { type: 'compare', op: '>=', left: { type: 'ref', ref: { item: 'pain-now' } }, right: { type: 'number', value: 7 } },
 * //   { type: 'not', operand: { type: 'includes', ref: { item: 'overdo' }, value: 'chores' } },
 * // ] } }
 * parseCondition('pain-now = 7');
 * // => { error: { message: 'A single `=` is not a comparison.', fix: 'Write `==` …', start: 9, end: 10 } }
 * ```
 */
export function parseCondition(source: string): ParseConditionResult {
  try {
    const parser = new Parser(tokenize(source));
    if (parser.peek().kind === 'end') {
      fail('The condition is empty.', `Write a condition, ${example}.`, 0, source.length);
    }
    const condition = parser.or();
    parser.expectEnd();
    return { condition };
  } catch (error) {
    if (error instanceof ConditionSyntaxFailure) return { error: error.detail };
    throw error;
  }
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private previous(): Token | undefined {
    return this.tokens[this.index - 1];
  }

  or(): Condition {
    return this.chain('or', () => this.and());
  }

  private and(): Condition {
    return this.chain('and', () => this.unary());
  }

  private chain(type: 'and' | 'or', operand: () => Condition): Condition {
    const operands = [operand()];
    while (isKeyword(this.peek(), type)) {
      this.next();
      operands.push(operand());
    }
    if (operands.length === 1) return operands[0]!;
    return spanned({ type, operands }, spanOf(operands[0]!)!.start, spanOf(operands.at(-1)!)!.end);
  }

  private unary(): Condition {
    const token = this.peek();
    if (!isKeyword(token, 'not')) return this.primary();
    this.next();
    const operand = this.unary();
    return spanned({ type: 'not', operand }, token.start, spanOf(operand)!.end);
  }

  private primary(): Condition {
    const token = this.peek();
    if (token.kind === '(') return this.group();
    if (isKeyword(token, 'answered')) return this.answered();
    if (isKeyword(token, 'includes')) return this.includes();
    if (isOperandToken(token)) return this.comparison(token);
    return failMissingCondition(token, this.previous());
  }

  private group(): Condition {
    const open = this.next();
    const condition = this.or();
    const close = this.peek();
    if (close.kind !== ')') {
      if (close.kind === 'end') fail('This `(` is never closed.', 'Add a `)` where the group ends.', open.start, open.end);
      failAfterCondition(close);
    }
    this.next();
    return condition;
  }

  private answered(): Condition {
    const keyword = this.next();
    const usage = '`answered(pain-now)`';
    this.expectOpen(`\`answered\` needs an item id in parentheses: ${usage}.`);
    const ref = this.refArgument(usage);
    const close = this.expectClose(`\`answered\` takes one item id: ${usage}.`);
    return spanned({ type: 'answered', ref }, keyword.start, close.end);
  }

  private includes(): Condition {
    const keyword = this.next();
    const usage = "`includes(overdo, 'chores')`";
    this.expectOpen(`\`includes\` needs an item id and a quoted option value in parentheses: ${usage}.`);
    const ref = this.refArgument(usage);
    const comma = this.next();
    if (comma.kind !== ',') fail(`Expected a comma after the item id in ${usage}.`, `Write ${usage}.`, comma.start, comma.end);
    const value = this.next();
    if (value.kind !== 'string') {
      fail('The value checked by `includes` must be an option value in quotes.', `Write ${usage}.`, value.start, value.end);
    }
    const close = this.expectClose(`\`includes\` takes an item id and one value: ${usage}.`);
    const node = spanned<IncludesCondition>({ type: 'includes', ref, value: value.value }, keyword.start, close.end);
    setValueSpan(node, { start: value.start, end: value.end });
    return node;
  }

  private comparison(leftToken: OperandToken): Condition {
    this.next();
    const left = toOperand(leftToken);
    const operator = this.peek();
    if (operator.kind !== 'operator') return failLoneOperand(leftToken, operator);
    this.next();
    const rightToken = this.next();
    if (!isOperandToken(rightToken)) {
      fail(`Expected a value after \`${operator.operator}\`: an id, a number or quoted text.`, `Complete the comparison, ${example}.`, rightToken.start, rightToken.end);
    }
    const right = toOperand(rightToken);
    const after = this.peek();
    if (after.kind === 'operator') {
      fail(
        'Comparisons cannot be chained.',
        'Join two comparisons with `and`, like `pain-now >= 3 and pain-now <= 6`.',
        after.start,
        after.end,
      );
    }
    return spanned({ type: 'compare', op: operator.operator, left, right }, leftToken.start, rightToken.end);
  }

  private refArgument(usage: string): ItemRef {
    const token = this.next();
    if (token.kind === 'ref') return spanned(token.ref, token.start, token.end);
    if (token.kind === 'string') fail('Item ids are written without quotes.', `Write ${usage}.`, token.start, token.end);
    fail('Expected an item id here.', `Write ${usage}.`, token.start, token.end);
  }

  private expectOpen(message: string): void {
    const token = this.next();
    if (token.kind !== '(') fail(message, 'Add the parentheses.', token.start, token.end);
  }

  private expectClose(message: string): Token {
    const token = this.next();
    if (token.kind !== ')') fail(message, 'Close the parentheses after the last argument.', token.start, token.end);
    return token;
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind === ')') fail('This `)` has no matching `(`.', 'Remove it, or add a `(` where the group starts.', token.start, token.end);
    if (token.kind !== 'end') failAfterCondition(token);
  }
}

function toOperand(token: OperandToken): Operand {
  switch (token.kind) {
    case 'ref':
      return spanned({ type: 'ref', ref: spanned(token.ref, token.start, token.end) }, token.start, token.end);
    case 'number':
      return spanned({ type: 'number', value: token.value }, token.start, token.end);
    case 'string':
      return spanned({ type: 'string', value: token.value }, token.start, token.end);
  }
}

function spanned<T extends object>(node: T, start: number, end: number): T {
  setSpan(node, { start, end });
  return node;
}
