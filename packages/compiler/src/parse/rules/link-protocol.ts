/**
 * `link-protocol`: links work on every channel and stay safe only as full
 * `https:` addresses, `mailto:` or `tel:`. Relative links (there are no pages
 * to link to), `http:` and script URLs such as `javascript:` are refused, on
 * links and on the definitions that reference links point to.
 *
 * @module
 */

import { report } from '../../diagnostics.js';
import { defineRule } from './rule.js';
import { shorten } from './shorten.js';

const allowed = /^(?:https:\/\/|mailto:|tel:)/i;
const scheme = /^([a-z][a-z\d+.-]*):/i;

const allowedList = 'only `https:`, `mailto:` and `tel:` links are allowed';
const fullAddress = 'Write a full address starting with `https://`, or `mailto:` for an email address, or `tel:` for a phone number.';

/** Refuses links and definitions to anything but `https:`, `mailto:` and `tel:`. */
export const linkProtocol = defineRule(['link', 'definition'], (node, file) => {
  const url = node.url.trim();
  if (allowed.test(url)) return;
  const protocol = scheme.exec(url)?.[1]?.toLowerCase();
  report(file, {
    ruleId: 'link-protocol',
    reason: problem(url, protocol),
    place: node.position,
    fix: protocol === 'http' ? `Use \`https://\` instead of \`http://\`. ${fullAddress}` : fullAddress,
  });
});

/** What is wrong with `url`, whose scheme is `protocol`. */
function problem(url: string, protocol: string | undefined): string {
  if (url === '') return 'This link has no address.';
  if (protocol === undefined || protocol === 'https') return `The link \`${shorten(url)}\` is not a full address; ${allowedList}.`;
  return `The link \`${shorten(url)}\` uses \`${protocol}:\`; ${allowedList}.`;
}
