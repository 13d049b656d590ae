/**
 * The shipped curriculum, compiled once per test file.
 */
import type { Bundle } from '@copekit/schema';
import { compileCurriculum } from '../../vite-plugin-copekit.js';
import { shippedCurriculum } from '../../web-config.js';

let compiled: Promise<Bundle> | undefined;

/** The bundle of the shipped curriculum (which must compile without errors). */
export function shippedBundle(): Promise<Bundle> {
  compiled ??= compileCurriculum(shippedCurriculum).then(({ bundle, messages }) => {
    if (bundle === null) throw new Error(`The shipped curriculum has errors: ${JSON.stringify(messages)}`);
    return bundle;
  });
  return compiled;
}
