/**
 * Crisis resources as plain text, always in full.
 *
 * @module
 */

import type { FrameCrisis } from '@copekit/engine';

/**
 * The lines of a crisis block: a heading with the region, every resource
 * (label, when to use it, and its web link if it has one), then the
 * not-a-crisis-service statement. Nothing is ever shortened.
 *
 * @example
 * ```ts
 * renderCrisis(crisis);
 * // => ['Get help now (United States):\n- Call 988: Call the 988 Suicide and Crisis Lifeline …', 'This program is not a crisis service. …']
 * ```
 */
export function renderCrisis(crisis: FrameCrisis): string[] {
  const resources = crisis.resources.map((resource) => {
    const link = resource.href?.startsWith('https:') ? ` ${resource.href}` : '';
    return `- ${resource.label}: ${resource.description}${link}`;
  });
  return [[`Get help now (${crisis.region.name}):`, ...resources].join('\n'), crisis.statement];
}
