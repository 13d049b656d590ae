/**
 * The small serializable markdown tree used for prose, homework and coach notes:
 * an mdast subset without positions, safe to render on any channel.
 *
 * @module
 */

/** Block-level content. */
export type FlowContent = Paragraph | Heading | List | Blockquote | ThematicBreak;

/** Inline content. */
export type PhrasingContent = Text | Strong | Emphasis | Link | InlineCode | Break;

export interface Paragraph {
  type: 'paragraph';
  children: PhrasingContent[];
}

export interface Heading {
  type: 'heading';
  /** 1–6. */
  depth: number;
  children: PhrasingContent[];
}

export interface List {
  type: 'list';
  ordered: boolean;
  /** Each item is its own flow content. */
  items: FlowContent[][];
}

export interface Blockquote {
  type: 'blockquote';
  children: FlowContent[];
}

export interface ThematicBreak {
  type: 'thematicBreak';
}

export interface Text {
  type: 'text';
  value: string;
}

export interface Strong {
  type: 'strong';
  children: PhrasingContent[];
}

export interface Emphasis {
  type: 'emphasis';
  children: PhrasingContent[];
}

/** A link; `url` is always `https:`, `mailto:` or `tel:`. */
export interface Link {
  type: 'link';
  url: string;
  children: PhrasingContent[];
}

export interface InlineCode {
  type: 'inlineCode';
  value: string;
}

export interface Break {
  type: 'break';
}
