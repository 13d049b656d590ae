/**
 * The bundle as a file: JSON indented by two spaces, keys in the order the
 * compiler produces them, and a trailing newline.
 *
 * @module
 */

import type { Bundle } from '@copekit/schema';

/**
 * Serializes a bundle to its file text. The same bundle always gives the same
 * text, byte for byte.
 *
 * @example
 * ```ts
 * import { compile, serializeBundle } from '@copekit/compiler';
 *
 * const { bundle } = compile(files);
 * if (bundle) await writeFile('out/bundle.json', serializeBundle(bundle));
 * ```
 */
export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
