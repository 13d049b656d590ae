/**
 * The shipped curriculum (`/curriculum`), read from disk and compiled with
 * `@copekit/compiler`, once per test file.
 */

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@copekit/compiler';
import { readCurriculum } from '@copekit/compiler/node';
import type { Bundle } from '@copekit/schema';

const root = resolve(fileURLToPath(import.meta.url), '../../../../../curriculum');

let compiled: Promise<Bundle> | undefined;

/** The bundle of the shipped curriculum; throws with every error when it does not compile. */
export function shippedBundle(): Promise<Bundle> {
  compiled ??= readCurriculum(root).then((files) => {
    const { bundle, messages } = compile(files);
    const errors = messages.filter((message) => message.fatal === true).map((message) => `${message.file}:${message.line}:${message.column} ${message.reason}`);
    if (bundle === undefined) throw new Error(`The shipped curriculum does not compile:\n${errors.join('\n')}`);
    return bundle;
  });
  return compiled;
}
