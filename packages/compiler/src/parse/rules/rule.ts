/**
 * The shape of a tree rule: the node types it looks at and a check that
 * reports problems on the file. Rules never walk the tree themselves; the
 * walker visits every node once and hands each to the rules that asked for
 * its type.
 *
 * @module
 */

import type { Nodes } from 'mdast';
import type {} from 'mdast-util-mdx';
import type { VFile } from 'vfile';

/** An mdast node type, MDX nodes included. */
export type NodeType = Nodes['type'];

/** The node of type `T`. */
export type NodeOf<T extends NodeType> = Extract<Nodes, { type: T }>;

/** A rule: the node types it checks, and its check. */
export interface TreeRule {
  /** Node types the rule checks. */
  readonly types: readonly NodeType[];
  /** Checks one node (always of one of `types`), reporting problems on `file`. */
  check(node: Nodes, file: VFile): void;
}

/**
 * Declares a rule; `check` receives nodes of the declared types only.
 *
 * @example
 * const noImages = defineRule(['image'], (node, file) => report(file, { … }));
 */
export function defineRule<T extends NodeType>(types: readonly T[], check: (node: NodeOf<T>, file: VFile) => void): TreeRule {
  // Safe: the walker hands a rule only nodes whose type is in `types`.
  return { types, check: check as (node: Nodes, file: VFile) => void };
}
