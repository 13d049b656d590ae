import type { FlowContent } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { toPlainText } from './plain-text.js';

const text = (value: string) => ({ type: 'text' as const, value });
function para(children: Extract<FlowContent, { type: 'paragraph' }>['children']): FlowContent {
  return { type: 'paragraph', children };
}

describe('toPlainText', () => {
  it('separates paragraphs and headings by a blank line', () => {
    expect(
      toPlainText([
        { type: 'heading', depth: 2, children: [text('Why pace?')] },
        para([text('Doing '), { type: 'strong', children: [text('too much')] }, text(' hurts.')]),
        { type: 'thematicBreak' },
        para([text('Go '), { type: 'emphasis', children: [text('slow')] }, text('.')]),
      ]),
    ).toMatchInlineSnapshot(`
      "Why pace?

      Doing too much hurts.

      Go slow."
    `);
  });

  it('writes list items as `- ` and `1. ` lines, nested content indented', () => {
    expect(
      toPlainText([
        { type: 'list', ordered: false, items: [[para([text('Sit.')])], [para([text('Breathe.')])]] },
        {
          type: 'list',
          ordered: true,
          items: [
            [para([text('In.')]), { type: 'list', ordered: false, items: [[para([text('slowly')])]] }],
            [para([text('Out.')])],
          ],
        },
      ]),
    ).toMatchInlineSnapshot(`
      "- Sit.
      - Breathe.

      1. In.
         - slowly
      2. Out."
    `);
  });

  it('writes links as `label (url)`, reducing tel: and mailto: to the number or address', () => {
    const link = (url: string, label: string) => ({ type: 'link' as const, url, children: [text(label)] });
    expect(
      toPlainText([
        para([link('tel:988', 'Call the line'), text(', '), link('mailto:help@example.org', 'write'), text(' or see '), link('https://example.org', 'our site')]),
        para([link('tel:988', '988'), text(' and '), link('https://example.org', 'https://example.org')]),
      ]),
    ).toMatchInlineSnapshot(`
      "Call the line (988), write (help@example.org) or see our site (https://example.org)

      988 and https://example.org"
    `);
  });

  it('keeps inline code, turns breaks into new lines and unwraps block quotes', () => {
    expect(
      toPlainText([
        { type: 'blockquote', children: [para([text('Type '), { type: 'inlineCode', value: 'stop' }, { type: 'break' }, text('to end.')])] },
      ]),
    ).toBe('Type stop\nto end.');
  });
});
