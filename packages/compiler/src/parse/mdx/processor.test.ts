import { afterEach, expect, test } from 'vitest';
import { parseMdx } from './processor.js';

declare global {
  // Set only if parsed content ran as code.
  var __pwned: unknown;
}

afterEach(() => {
  delete globalThis.__pwned;
});

test('parses MDX: JSX elements, expressions and ESM, with positions', () => {
  const tree = parseMdx('import a from "b"\n\n<Step id="x">\n\nHi {1}\n\n</Step>\n');
  expect(tree.children.map((node) => [node.type, node.position?.start.line])).toEqual([
    ['mdxjsEsm', 1],
    ['mdxJsxFlowElement', 3],
  ]);
});

test('attaches the estree of expressions, parsed but not run', () => {
  const tree = parseMdx('{globalThis.__pwned = 1}');
  const expression = tree.children[0];
  expect(expression?.type).toBe('mdxFlowExpression');
  expect(expression?.type === 'mdxFlowExpression' ? expression.data?.estree?.body[0]?.type : undefined).toBe('ExpressionStatement');
  expect(globalThis.__pwned).toBeUndefined();
});

test('keeps markdown outside the MDX subset as mdast: no GFM, no autolinks', () => {
  const tree = parseMdx('| a |\n| - |\n\nwww.example.org ~~x~~');
  expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
});

test('throws on invalid MDX', () => {
  expect(() => parseMdx('a <3')).toThrow(/Unexpected character `3`/);
});
