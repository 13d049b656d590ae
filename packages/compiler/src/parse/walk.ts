/**
 * Walks an mdast tree once, in document order, handing each node to the rules
 * registered for its type.
 *
 * @module
 */

import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { TreeRule } from './rules/rule.js';

/** A walker for a fixed set of rules. */
export type TreeChecker = (tree: Root, file: VFile) => void;

/**
 * Builds a walker that runs `rules` over a tree in a single pass.
 *
 * @example
 * const check = createTreeChecker([noEsm, noHtml]);
 * check(tree, file);
 */
export function createTreeChecker(rules: readonly TreeRule[]): TreeChecker {
  const checks = new Map<string, TreeRule['check'][]>();
  for (const rule of rules) {
    for (const type of rule.types) {
      const list = checks.get(type) ?? [];
      list.push(rule.check);
      checks.set(type, list);
    }
  }
  return (tree, file) => {
    const stack: Nodes[] = [tree];
    let node: Nodes | undefined;
    while ((node = stack.pop()) !== undefined) {
      const list = checks.get(node.type);
      if (list !== undefined) for (const check of list) check(node, file);
      if ('children' in node) {
        const children: readonly Nodes[] = node.children;
        for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Nodes);
      }
    }
  };
}
