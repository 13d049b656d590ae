/**
 * Lesson prose (the serializable markdown tree) as speech.
 *
 * @module
 */

import type { FlowContent, PhrasingContent } from '@copekit/schema';
import type { SpeechParagraph, SpeechPart } from './speech.js';

/**
 * Paragraphs for prose content: headings and `**strong**` text get strong
 * emphasis, `*emphasis*` moderate; each list item is its own paragraph (a
 * numbered list says its numbers); links say their text; a thematic break
 * is a one-second pause.
 *
 * @example
 * ```ts
 * speakProse([{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Stop.' }] }] }]);
 * // => [[{ type: 'emphasis', text: 'Stop.', level: 'strong' }]]
 * ```
 */
export function speakProse(content: readonly FlowContent[]): SpeechParagraph[] {
  return content.flatMap((block): SpeechParagraph[] => {
    switch (block.type) {
      case 'paragraph':
        return [block.children.flatMap(inline)];
      case 'heading':
        return [[{ type: 'emphasis', text: plain(block.children), level: 'strong' }]];
      case 'list':
        return block.items.flatMap((item, index) => {
          const paragraphs = speakProse(item);
          if (!block.ordered || paragraphs.length === 0) return paragraphs;
          return [[{ type: 'text', text: `${index + 1}. ` }, ...paragraphs[0]!], ...paragraphs.slice(1)];
        });
      case 'blockquote':
        return speakProse(block.children);
      case 'thematicBreak':
        return [[{ type: 'pause', seconds: 1 }]];
    }
  });
}

function inline(node: PhrasingContent): SpeechPart[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', text: node.value }];
    case 'inlineCode':
      return [{ type: 'text', text: node.value }];
    case 'break':
      return [{ type: 'text', text: ' ' }];
    case 'strong':
      return [{ type: 'emphasis', text: plain(node.children), level: 'strong' }];
    case 'emphasis':
      return [{ type: 'emphasis', text: plain(node.children), level: 'moderate' }];
    case 'link':
      return node.children.flatMap(inline);
  }
}

/** The words of inline content, without marks. */
function plain(children: readonly PhrasingContent[]): string {
  return children
    .map((child) => {
      if (child.type === 'text' || child.type === 'inlineCode') return child.value;
      if (child.type === 'break') return ' ';
      return plain(child.children);
    })
    .join('');
}
