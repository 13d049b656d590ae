/**
 * The rules checked on every lesson tree while parsing, in one pass.
 *
 * @module
 */

import { linkProtocol } from './link-protocol.js';
import { noEsm } from './no-esm.js';
import { noExpression } from './no-expression.js';
import { noHtml } from './no-html.js';
import type { TreeRule } from './rule.js';
import { unsupportedMarkdown } from './unsupported-markdown.js';

/** Every parse-stage tree rule. */
export const parseRules: readonly TreeRule[] = [noExpression, noEsm, noHtml, linkProtocol, unsupportedMarkdown];
