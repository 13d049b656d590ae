import { expect, test } from 'vitest';
import { parseRules } from './index.js';

test('lists every parse rule with the node types it checks', () => {
  expect(parseRules.map((rule) => rule.types)).toEqual([
    ['mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'],
    ['mdxjsEsm'],
    ['mdxJsxFlowElement', 'mdxJsxTextElement'],
    ['link', 'definition'],
    ['image', 'imageReference', 'code', 'html', 'footnoteDefinition', 'footnoteReference'],
  ]);
});
