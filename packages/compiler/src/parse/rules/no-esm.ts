/**
 * `no-esm`: lessons import and export nothing. Components are built in, and
 * `import`/`export` lines are JavaScript (acorn parses them; nothing runs).
 *
 * @module
 */

import { report } from '../../diagnostics.js';
import { defineRule } from './rule.js';
import { shorten } from './shorten.js';

/** Refuses `import` and `export` lines. */
export const noEsm = defineRule(['mdxjsEsm'], (node, file) => {
  const keyword = node.value.trimStart().startsWith('import') ? 'import' : 'export';
  report(file, {
    ruleId: 'no-esm',
    reason: `\`${shorten(node.value)}\` is JavaScript: lessons may not \`${keyword}\` anything.`,
    place: node.position,
    fix: 'Remove the line: Copekit components are available without importing them. To start a line of text with this word, reword it or capitalise it (`Export …`).',
  });
});
