/**
 * Which link targets the page renders as links.
 *
 * @module
 */

const allowedProtocols = new Set(['https:', 'mailto:', 'tel:']);

/**
 * The URL when it is an absolute `https:`, `mailto:` or `tel:` URL, else
 * `null` (the caller renders the link text without a link). Lesson links are
 * already limited to these by the compiler; the page checks again, as any
 * renderer of data should.
 *
 * @example
 * ```ts
 * safeUrl('tel:988'); // 'tel:988'
 * safeUrl('javascript:alert(1)'); // null
 * ```
 */
export function safeUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return allowedProtocols.has(parsed.protocol) ? parsed.href : null;
}
