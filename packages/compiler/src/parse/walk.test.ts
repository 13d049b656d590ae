import { expect, test } from 'vitest';
import { VFile } from 'vfile';
import { parseMdx } from './mdx/processor.js';
import { defineRule } from './rules/rule.js';
import { createTreeChecker } from './walk.js';

test('visits every node once, in document order, handing each to the rules for its type', () => {
  const seen: string[] = [];
  const texts = defineRule(['text'], (node) => seen.push(`text:${node.value}`));
  const elements = defineRule(['mdxJsxFlowElement', 'emphasis'], (node) => seen.push(node.type));
  const alsoText = defineRule(['text'], (node) => seen.push(`again:${node.value}`));
  const check = createTreeChecker([texts, elements, alsoText]);
  check(parseMdx('<Step id="a">\n\nOne *two*\n\n- three\n\n</Step>\n\nfour'), new VFile());
  expect(seen).toEqual([
    'mdxJsxFlowElement',
    'text:One ',
    'again:One ',
    'emphasis',
    'text:two',
    'again:two',
    'text:three',
    'again:three',
    'text:four',
    'again:four',
  ]);
});

test('passes the file to each check', () => {
  const file = new VFile();
  const check = createTreeChecker([defineRule(['paragraph'], (_, given) => given.message('seen'))]);
  check(parseMdx('a\n\nb'), file);
  expect(file.messages.map(String)).toEqual(['1:1: seen', '1:1: seen']);
});
