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

/** A paragraph. */
export interface Paragraph {
  type: 'paragraph';
  /** Inline content. */
  children: PhrasingContent[];
}

/** A heading. */
export interface Heading {
  type: 'heading';
  /** 1–6. */
  depth: number;
  /** Inline content. */
  children: PhrasingContent[];
}

/** A bulleted or numbered list. */
export interface List {
  type: 'list';
  /** True for a numbered list. */
  ordered: boolean;
  /** Each item is its own flow content. */
  items: FlowContent[][];
}

/** A block quote. */
export interface Blockquote {
  type: 'blockquote';
  /** Quoted flow content. */
  children: FlowContent[];
}

/** A thematic break (`---`). */
export interface ThematicBreak {
  type: 'thematicBreak';
}

/** Plain text. */
export interface Text {
  type: 'text';
  /** The text. */
  value: string;
}

/** Strong importance (`**bold**`). */
export interface Strong {
  type: 'strong';
  /** Inline content. */
  children: PhrasingContent[];
}

/** Emphasis (`*italic*`). */
export interface Emphasis {
  type: 'emphasis';
  /** Inline content. */
  children: PhrasingContent[];
}

/** A link; `url` is always `https:`, `mailto:` or `tel:`. */
export interface Link {
  type: 'link';
  /** The target URL. */
  url: string;
  /** Inline content. */
  children: PhrasingContent[];
}

/** Inline code. */
export interface InlineCode {
  type: 'inlineCode';
  /** The code text. */
  value: string;
}

/** A hard line break. */
export interface Break {
  type: 'break';
}
