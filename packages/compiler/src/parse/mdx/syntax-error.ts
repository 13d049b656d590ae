/**
 * Reports a failed MDX parse as one `mdx-syntax` message in plain words, at
 * the place an author has to fix.
 *
 * @module
 */

import type { VFile } from 'vfile';
import { report } from '../../diagnostics.js';
import { explainExpression, explainEsm } from './explain-code.js';
import { explainTagNesting } from './explain-tag-nesting.js';
import { explainTagSyntax } from './explain-tag-syntax.js';
import { literalBrace, literalLessThan, toFailure, type Explainer } from './failure.js';

/** Explainers by the package that threw. */
const explainers = new Map<string, Explainer>([
  ['micromark-extension-mdx-jsx', explainTagSyntax],
  ['mdast-util-mdx-jsx', explainTagNesting],
  ['micromark-extension-mdx-expression', explainExpression],
  ['micromark-extension-mdxjs-esm', explainEsm],
]);

/**
 * Reports `error`, thrown while parsing `text` (the whole file, front matter
 * blanked), on `file`.
 *
 * @example
 * try { parseMdx(text) } catch (error) { reportMdxError(file, text, error) }
 */
export function reportMdxError(file: VFile, text: string, error: unknown): void {
  const failure = toFailure(error);
  const explanation = explainers.get(failure.source)?.(failure, text) ?? {
    reason: `The lesson is not valid MDX: ${failure.message}`,
    fix: `${literalLessThan} ${literalBrace}`,
    place: failure.place,
  };
  report(file, { ruleId: 'mdx-syntax', ...explanation });
}
