/**
 * Checks a comparison `left op right`: both sides must have the same kind of
 * value, `<`-style operators need numbers, a choice is compared with one of
 * its options, multiple choices need `includes`, and thought records only
 * `answered`.
 *
 * @module
 */

import { printConditionNumber, printConditionString, type CompareCondition, type ItemRef, type Operand } from '@copekit/schema';
import type { CheckContext } from './check-context.js';
import { checkOption, reportThoughtRecord } from './check-values.js';
import { exampleValue, itemKind, listValues, refText } from './describe.js';
import type { ResolvedItem } from './scope.js';
import { type Span, spanOf } from './spans.js';

/** One side of a comparison, its reference resolved. */
type Side =
  | { kind: 'ref'; ref: ItemRef; item: ResolvedItem; span: Span }
  | { kind: 'number'; value: number; span: Span }
  | { kind: 'string'; value: string; span: Span };

/** A side that is an item. */
type RefSide = Extract<Side, { kind: 'ref' }>;

/** A side that is a fixed value. */
type LiteralSide = Exclude<Side, RefSide>;

/** Checks one comparison. */
export function checkCompare(context: CheckContext, condition: CompareCondition): void {
  const span = context.where(condition);
  const left = side(context, condition.left);
  const right = side(context, condition.right);
  const leftComparable = left !== undefined && checkComparable(context, left, condition, span);
  const rightComparable = right !== undefined && checkComparable(context, right, condition, span);
  if (left === undefined || right === undefined || !leftComparable || !rightComparable) return;
  if (valueType(left) !== valueType(right)) return reportMismatch(context, left, right, condition.op, span);
  if (valueType(left) === 'string' && condition.op !== '==' && condition.op !== '!=') {
    const item = [left, right].find((one) => one.kind === 'ref');
    const what = item === undefined ? 'both sides are text' : `\`${refText(item.ref)}\` is ${itemKind(item.item)}`;
    return context.report('condition-type', span, `\`${condition.op}\` compares numbers, but ${what}.`, 'Use `==` or `!=` to compare text.');
  }
  if (left.kind === 'ref' && right.kind === 'string') checkOption(context, left.item, refText(left.ref), right.value, right.span);
  if (right.kind === 'ref' && left.kind === 'string') checkOption(context, right.item, refText(right.ref), left.value, left.span);
}

/** Resolves one side; `undefined` when its reference names nothing (already reported). */
function side(context: CheckContext, operand: Operand): Side | undefined {
  const span = context.where(operand);
  if (operand.type === 'number') return { kind: 'number', value: operand.value, span };
  if (operand.type === 'string') return { kind: 'string', value: operand.value, span };
  const item = context.resolve(operand.ref, spanOf(operand.ref) ?? span);
  return item === undefined ? undefined : { kind: 'ref', ref: operand.ref, item, span };
}

/** Reports a thought record or multiple choice on this side; `false` when one was reported. */
function checkComparable(context: CheckContext, one: Side, condition: CompareCondition, span: Span): boolean {
  if (one.kind !== 'ref') return true;
  const name = refText(one.ref);
  if (one.item.type === 'object') {
    reportThoughtRecord(context, name, one.span);
    return false;
  }
  if (one.item.type !== 'string[]') return true;
  const check = `includes(${name}, ${exampleValue(one.item)})`;
  context.report(
    'condition-type',
    span,
    `\`${name}\` is a multiple choice: its answer is a list of options, so it cannot be compared with \`${condition.op}\`.`,
    condition.op === '!=' ? `Use \`not ${check}\` to check that an option was not chosen.` : `Use \`${check}\` to check whether an option was chosen.`,
  );
  return false;
}

/** Reports a number compared with text. */
function reportMismatch(context: CheckContext, left: Side, right: Side, op: string, span: Span): void {
  if (left.kind === 'ref' && right.kind !== 'ref') return reportItemVersusValue(context, left, right, op);
  if (right.kind === 'ref' && left.kind !== 'ref') return reportItemVersusValue(context, right, left, op);
  if (left.kind === 'ref' && right.kind === 'ref') {
    return context.report(
      'condition-type',
      span,
      `\`${refText(left.ref)}\` (${itemKind(left.item)}) is compared with \`${refText(right.ref)}\` (${itemKind(right.item)}); their answers can never match.`,
      'Compare items that have the same kind of answer, or compare each with a value.',
    );
  }
  context.report('condition-type', span, 'This compares a number with text; they can never match.', 'Compare an item with a value, like `pain-now >= 7`.');
}

/** Reports an item compared with a fixed value of the other kind, at the value. */
function reportItemVersusValue(context: CheckContext, item: RefSide, value: LiteralSide, op: string): void {
  const name = refText(item.ref);
  if (item.item.type === 'number') {
    return context.report(
      'condition-type',
      value.span,
      `\`${name}\` has a number as its answer, but is compared with the text ${literalText(value)}.`,
      `Compare it with a number, like \`${name} ${op} 7\`.`,
    );
  }
  const options = item.item.options;
  context.report(
    'condition-type',
    value.span,
    options === undefined
      ? `\`${name}\` is a text answer, but is compared with the number ${literalText(value)}.`
      : `\`${name}\` is a single choice: its answer is one of its option values (${listValues(options)}), not a number.`,
    `Compare it with ${options === undefined ? 'text' : 'an option value'} in quotes, like \`${name} == ${exampleValue(item.item)}\`.`,
  );
}

function valueType(one: Side): string {
  return one.kind === 'ref' ? one.item.type : one.kind;
}

function literalText(literal: LiteralSide): string {
  return literal.kind === 'number' ? printConditionNumber(literal.value) : printConditionString(literal.value);
}
