/**
 * `no-expression`: lessons hold no JavaScript. `{thought}` in prose parses
 * silently as an expression, so every `{…}` is refused except a comment
 * `{/* … *\/}`; in tags, only literal numbers and booleans may sit in braces
 * (`min={0}`, `min={-1}`, `multiple={true}`), and spreads `{...props}` are
 * refused. acorn has already parsed each expression into `data.estree`; it
 * is inspected, never run.
 *
 * @module
 */

import type { MdxFlowExpression, MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import type { VFile } from 'vfile';
import { report } from '../../diagnostics.js';
import { defineRule } from './rule.js';
import { shorten } from './shorten.js';

/** The estree program acorn attached to an expression. */
type Program = NonNullable<NonNullable<MdxFlowExpression['data']>['estree']>;

const attributeValues = 'Attribute values are text in quotes (`label="…"`), or a number or true/false in braces (`min={0}`, `multiple={true}`).';

/** Refuses expressions in prose and code in attributes. */
export const noExpression = defineRule(
  ['mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'],
  (node, file) => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (isComment(node.data?.estree)) return;
      const code = shorten(node.value);
      report(file, {
        ruleId: 'no-expression',
        reason: `\`{${code}}\` is read as code, and lessons may not contain code.`,
        place: node.position,
        fix: `To show braces, write \`\\{${code}\\}\`. Comments are written \`{/* like this */}\`.`,
      });
      return;
    }
    for (const attribute of node.attributes) checkAttribute(attribute, file);
  },
);

/** Reports an attribute whose value is code, or a spread. */
function checkAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, file: VFile): void {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    report(file, {
      ruleId: 'no-expression',
      reason: `\`{${shorten(attribute.value)}}\` is read as code, and lessons may not contain code.`,
      place: attribute.position,
      fix: `Write each attribute out as \`name="value"\`. ${attributeValues}`,
    });
    return;
  }
  const value = attribute.value;
  if (value === null || value === undefined || typeof value === 'string') return;
  if (isLiteral(value.data?.estree)) return;
  const string = stringLiteral(value.data?.estree);
  report(file, {
    ruleId: 'no-expression',
    reason: `\`${attribute.name}={${shorten(value.value)}}\` is read as code, and lessons may not contain code.`,
    place: attribute.position,
    fix: string === undefined ? attributeValues : `Write \`${attribute.name}=${JSON.stringify(string)}\`.`,
  });
}

/** Whether a program holds nothing but comments: `{/* note *\/}`. */
function isComment(program: Program | null | undefined): boolean {
  return program !== null && program !== undefined && program.body.length === 0 && (program.comments?.length ?? 0) > 0;
}

/** Whether a program is one literal number or boolean, possibly negated. */
function isLiteral(program: Program | null | undefined): boolean {
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  if (statement?.type !== 'ExpressionStatement') return false;
  let expression = statement.expression;
  if (expression.type === 'UnaryExpression' && expression.operator === '-') expression = expression.argument;
  if (expression.type !== 'Literal') return false;
  return typeof expression.value === 'number' || (typeof expression.value === 'boolean' && expression === statement.expression);
}

/** The value of a program that is one string literal, such as `{"Hello"}`. */
function stringLiteral(program: Program | null | undefined): string | undefined {
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  if (statement?.type !== 'ExpressionStatement' || statement.expression.type !== 'Literal') return undefined;
  const value = statement.expression.value;
  return typeof value === 'string' ? value : undefined;
}
