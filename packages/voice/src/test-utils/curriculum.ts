/// <reference types="node" />
/**
 * Test helper: the shipped curriculum (`/curriculum`), compiled in-process
 * once per test file.
 *
 * `@copekit/compiler` is not a dependency of this package, so its sources are
 * imported by path (they resolve their own dependencies from the compiler's
 * folder).
 *
 * @module
 */

import type { Bundle } from '@copekit/schema';
import { fileURLToPath } from 'node:url';
import { compile } from '../../../compiler/src/index.js';
import { readCurriculum } from '../../../compiler/src/fs/index.js';

/** Absolute path of the shipped curriculum. */
export const curriculumDir = fileURLToPath(new URL('../../../../curriculum/', import.meta.url));

let compiled: Promise<Bundle> | undefined;

/** The shipped curriculum's bundle, compiled once and shared by the tests of a file. */
export function curriculumBundle(): Promise<Bundle> {
  compiled ??= readCurriculum(curriculumDir).then((files) => {
    const { bundle, messages } = compile(files);
    if (bundle === undefined) throw new Error(`The curriculum does not compile:\n${messages.map(String).join('\n')}`);
    return bundle;
  });
  return compiled;
}
