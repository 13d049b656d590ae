/**
 * Crisis resources: styled to stand out, each reachable resource a large
 * link (`tel:` or `https:`), the not-a-crisis-service statement beside them.
 *
 * @module
 */

import type { FrameCrisis } from '@copekit/engine';
import { el } from './dom.js';
import { safeUrl } from './safe-url.js';
import type { BlockView } from './view-types.js';

/**
 * The view; `key` makes its DOM ids unique in the page. Resources without a safe link (for example `sms:`) show their
 * contact as text.
 *
 * @example
 * ```ts
 * step.append(createCrisisView(block, 'block-3').element);
 * ```
 */
export function createCrisisView(block: FrameCrisis, key: string): BlockView<FrameCrisis> {
  const headingId = `${key}-heading`;
  const resources = block.resources.map((resource) => {
    const href = safeUrl(resource.href);
    return el(
      'li',
      { class: `crisis-resource crisis-${resource.channel}` },
      href === null
        ? el('p', { class: 'crisis-contact' }, el('strong', {}, resource.label), resource.label.includes(resource.contact) ? '' : ` (${resource.contact})`)
        : el('a', { class: 'crisis-action', href }, resource.label),
      el('p', { class: 'crisis-description' }, resource.description),
    );
  });
  const element = el(
    'section',
    { class: 'crisis', 'aria-labelledby': headingId },
    el('h2', { id: headingId }, 'Get help now'),
    el('p', { class: 'crisis-region' }, `Crisis support in ${block.region.name}:`),
    el('ul', { class: 'crisis-resources' }, ...resources),
    el('p', { class: 'crisis-statement' }, block.statement),
  );
  return { element, items: [], update() {} };
}
