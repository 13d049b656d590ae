/**
 * The literal value of a JSX attribute: a string in quotes, a number or a
 * boolean in braces (`min={0}`, `min={-1}`, `multiple={false}`), or `true` for
 * a bare attribute (`multiple`). Other braces are refused by the parser
 * (`no-expression`); here they read as `undefined`. acorn's tree is read,
 * never run.
 *
 * @module
 */

import type { MdxJsxAttribute } from 'mdast-util-mdx';

/** A literal attribute value. */
export type LiteralValue = string | number | boolean;

type Program = NonNullable<NonNullable<Exclude<MdxJsxAttribute['value'], string | null | undefined>['data']>['estree']>;

/**
 * The literal value of `attribute`, or `undefined` when it is code.
 *
 * @example
 * literalValue({ type: 'mdxJsxAttribute', name: 'multiple', value: null }) // => true
 */
export function literalValue(attribute: MdxJsxAttribute): LiteralValue | undefined {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  return fromProgram(value.data?.estree);
}

function fromProgram(program: Program | null | undefined): LiteralValue | undefined {
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  if (statement?.type !== 'ExpressionStatement') return undefined;
  const expression = statement.expression;
  if (expression.type === 'Literal') {
    const literal = expression.value;
    return typeof literal === 'number' || typeof literal === 'boolean' ? literal : undefined;
  }
  if (expression.type === 'UnaryExpression' && expression.operator === '-' && expression.argument.type === 'Literal') {
    const literal = expression.argument.value;
    return typeof literal === 'number' ? -literal : undefined;
  }
  return undefined;
}
