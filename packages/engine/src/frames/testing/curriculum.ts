/// <reference types="node" />
/**
 * Test helper: the shipped curriculum (`/curriculum`), compiled in-process
 * once per test file.
 *
 * @module
 */

import { compile } from '@copekit/compiler';
import { readCurriculum } from '@copekit/compiler/node';
import type { Bundle } from '@copekit/schema';
import { fileURLToPath } from 'node:url';

/** Absolute path of the shipped curriculum. */
const curriculumDir = fileURLToPath(new URL('../../../../../curriculum/', import.meta.url));

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
