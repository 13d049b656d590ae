import { describe, expect, it } from 'vitest';
import { speakProse } from './speak-prose.js';

describe('speakProse', () => {
  it('speaks paragraphs with emphasis for strong and emphasised text, and links by their text', () => {
    expect(
      speakProse([
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children: [{ type: 'text', value: 'Please get help.' }] },
            { type: 'text', value: ' Call ' },
            { type: 'link', url: 'tel:911', children: [{ type: 'text', value: '911' }] },
            { type: 'text', value: ', ' },
            { type: 'emphasis', children: [{ type: 'text', value: 'today' }, { type: 'break' }, { type: 'inlineCode', value: 'now' }] },
            { type: 'break' },
            { type: 'inlineCode', value: 'ok' },
          ],
        },
      ]),
    ).toEqual([
      [
        { type: 'emphasis', text: 'Please get help.', level: 'strong' },
        { type: 'text', text: ' Call ' },
        { type: 'text', text: '911' },
        { type: 'text', text: ', ' },
        { type: 'emphasis', text: 'today now', level: 'moderate' },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'ok' },
      ],
    ]);
  });

  it('speaks headings with emphasis, list items as paragraphs, numbers for ordered lists, quotes and breaks', () => {
    const item = (value: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }];
    expect(
      speakProse([
        { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Steps' }] },
        { type: 'list', ordered: true, items: [item('Stand up.'), item('Stretch.'), []] },
        { type: 'list', ordered: false, items: [item('Water.')] },
        { type: 'blockquote', children: item('A quote.') },
        { type: 'thematicBreak' },
      ]),
    ).toEqual([
      [{ type: 'emphasis', text: 'Steps', level: 'strong' }],
      [
        { type: 'text', text: '1. ' },
        { type: 'text', text: 'Stand up.' },
      ],
      [
        { type: 'text', text: '2. ' },
        { type: 'text', text: 'Stretch.' },
      ],
      [{ type: 'text', text: 'Water.' }],
      [{ type: 'text', text: 'A quote.' }],
      [{ type: 'pause', seconds: 1 }],
    ]);
  });
});
