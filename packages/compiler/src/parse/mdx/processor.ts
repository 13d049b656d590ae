/**
 * The one MDX parser of the compiler: remark-parse with remark-mdx, frozen
 * once at module load. Only `parse` is used: nothing is run or compiled.
 *
 * @module
 */

import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The shared, frozen processor. */
const processor = unified().use(remarkParse).use(remarkMdx).freeze();

/**
 * Parses MDX to an mdast tree with MDX nodes (JSX, expressions and ESM are
 * parsed by acorn into `data.estree`, never evaluated).
 *
 * Throws the parser's `VFileMessage` on a syntax error.
 *
 * @example
 * parseMdx('<Step id="a">\nHi\n</Step>').children[0].type // => 'mdxJsxFlowElement'
 */
export function parseMdx(text: string): Root {
  return processor.parse(text);
}
