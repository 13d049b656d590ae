import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { literalValue } from './literal.js';

/** The literal values of the attributes of `<X … />`. */
function values(attributes: string) {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(`<X ${attributes} />`);
  const element = tree.children[0] as MdxJsxFlowElement;
  return (element.attributes as MdxJsxAttribute[]).map(literalValue);
}

describe('literalValue', () => {
  it('reads strings, bare attributes, numbers and booleans', () => {
    expect(values(`a="x" b='y' c d={0} e={-2.5} f={1e3} g={0x10} h={true} i={false}`)).toEqual(['x', 'y', true, 0, -2.5, 1000, 16, true, false]);
  });

  it('gives undefined for anything else in braces', () => {
    expect(values('a={"x"} b={x} c={1 + 1} d={-true} e={[1]} f={null}')).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
