import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { placeInValue, rawOffset, valueSpan } from './attribute-place.js';

/** The named attribute of the first element of `text`. */
function attribute(text: string, name: string): MdxJsxAttribute {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(text);
  const element = tree.children[0] as MdxJsxFlowElement;
  const found = element.attributes.find((node): node is MdxJsxAttribute => node.type === 'mdxJsxAttribute' && node.name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
}

/** `line:column-line:column` of `[from, to)` in the value of `node`. */
const at = (text: string, node: MdxJsxAttribute, from: number, to: number) => {
  const span = valueSpan(text, node);
  if (span === undefined || typeof node.value !== 'string') throw new Error('no span');
  const { start, end } = placeInValue(span, node.value, from, to);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
};

describe('valueSpan', () => {
  it('finds the first character inside double or single quotes', () => {
    const text = '<Show id="x" when="a > 1">\nHi\n</Show>';
    expect(valueSpan(text, attribute(text, 'when'))).toEqual({ start: { line: 1, column: 20, offset: 19 }, raw: 'a > 1' });
    const single = "<Show when = 'b'>\nHi\n</Show>";
    expect(valueSpan(single, attribute(single, 'when'))).toEqual({ start: { line: 1, column: 15, offset: 14 }, raw: 'b' });
  });

  it('has no span for bare attributes or values in braces', () => {
    const text = '<Choice multiple min={0}>\n</Choice>';
    expect(valueSpan(text, attribute(text, 'multiple'))).toBeUndefined();
    expect(valueSpan(text, attribute(text, 'min'))).toBeUndefined();
  });

  it('finds values on a later line and values holding the other quote', () => {
    const text = `<Show\n  when="includes(x, 'a')">\nHi\n</Show>`;
    expect(valueSpan(text, attribute(text, 'when'))?.raw).toBe("includes(x, 'a')");
    expect(at(text, attribute(text, 'when'), 12, 15)).toBe('2:21-2:24');
  });
});

describe('placeInValue', () => {
  it('maps offsets across lines inside the value', () => {
    const text = '<Show when="a > 1 and\nb == 2">\nHi\n</Show>';
    const when = attribute(text, 'when');
    expect(at(text, when, 0, 1)).toBe('1:13-1:14');
    expect(at(text, when, 10, 11)).toBe('2:1-2:2');
  });

  it('skips the indentation that remark-mdx drops from continuation lines', () => {
    const text = '<Show when="a > 1 and\n    b == 2">\nHi\n</Show>';
    const when = attribute(text, 'when');
    expect(when.value).toBe('a > 1 and\nb == 2');
    expect(at(text, when, 10, 16)).toBe('2:5-2:11');
  });

  it('counts a character reference as the character it stands for', () => {
    const text = '<Show when="x == \'&amp;\' or y">\nHi\n</Show>';
    const when = attribute(text, 'when');
    expect(when.value).toBe("x == '&' or y");
    expect(at(text, when, 12, 13)).toBe('1:29-1:30');
  });

  it('clamps offsets to the value', () => {
    const text = '<Show when="ab">\nHi\n</Show>';
    expect(at(text, attribute(text, 'when'), 1, 99)).toBe('1:14-1:15');
  });
});

describe('rawOffset', () => {
  it('is the identity when the value is the raw text', () => {
    expect(rawOffset('a > 1', 'a > 1', 4)).toBe(4);
  });
});
