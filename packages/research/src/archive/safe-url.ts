/**
 * Which links an archive may contain.
 *
 * @module
 */

/** Whether a URL uses one of the protocols lessons may link to: `https:`, `mailto:` or `tel:`. */
export function isAllowedUrl(url: string): boolean {
  return /^(?:https:\/\/|mailto:|tel:)/i.test(url) && !/[\u0000-\u0020\u007f]/.test(url);
}
