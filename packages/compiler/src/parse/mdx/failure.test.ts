import { describe as group, expect, test } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { parseMdx } from './processor.js';
import { literalLessThanAs, toFailure } from './failure.js';

/** What `parseMdx` throws for `text`. */
function thrown(text: string): unknown {
  try {
    parseMdx(text);
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${JSON.stringify(text)} not to parse`);
}

group('toFailure', () => {
  test('reads a tokenizer error, dropping the tokenizer’s private point fields', () => {
    expect(toFailure(thrown('a <3'))).toEqual({
      source: 'micromark-extension-mdx-jsx',
      ruleId: 'unexpected-character',
      message: expect.stringMatching(/^Unexpected character `3`/),
      point: { line: 1, column: 4, offset: 3 },
      place: { line: 1, column: 4, offset: 3 },
    });
  });

  test('reads an error whose place is a range, anchoring on its start', () => {
    expect(toFailure(thrown('a </b> c'))).toMatchObject({
      source: 'mdast-util-mdx-jsx',
      ruleId: 'unexpected-closing-slash',
      point: { line: 1, column: 4, offset: 3 },
      place: { start: { line: 1, column: 4, offset: 3 }, end: { line: 1, column: 5, offset: 4 } },
    });
  });

  test('reads an error without a place', () => {
    expect(toFailure(thrown('<Step>'))).toMatchObject({
      source: 'mdast-util-mdx-jsx',
      ruleId: 'end-tag-mismatch',
      message: 'Expected a closing tag for `<Step>` (1:1-1:7)',
      point: undefined,
      place: undefined,
    });
  });

  test('keeps points without offsets as they are', () => {
    const message = new VFileMessage('x', { place: { line: 2, column: 3 }, source: 's', ruleId: 'r' });
    expect(toFailure(message)).toEqual({ source: 's', ruleId: 'r', message: 'x', point: undefined, place: { line: 2, column: 3 } });
  });

  test('reads plain errors and thrown values that are not errors', () => {
    expect(toFailure(new Error('boom'))).toEqual({ source: '', ruleId: '', message: 'boom', point: undefined, place: undefined });
    expect(toFailure('text')).toEqual({ source: '', ruleId: '', message: 'text', point: undefined, place: undefined });
  });

  test('reads a message without source or rule id', () => {
    expect(toFailure(new VFileMessage('bare'))).toMatchObject({ source: '', ruleId: '', message: 'bare' });
  });
});

test('literalLessThanAs escapes the example', () => {
  expect(literalLessThanAs('<3')).toBe('To write a literal `<`, use `\\<`, as in `\\<3`.');
});
