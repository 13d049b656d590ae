/// <reference types="node" />
/**
 * Temporary folders for the tests of the file-system layer.
 *
 * @module
 */

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temporary folder that tests fill with files and remove afterwards. */
export interface TestFolder {
  /** Absolute path of the folder. */
  dir: string;
  /** Writes a file at a POSIX path relative to the folder, creating parent folders. */
  write(path: string, value: string): Promise<void>;
  /** Removes the folder and everything in it. */
  remove(): Promise<void>;
}

/** Creates an empty temporary folder. */
export async function createTestFolder(): Promise<TestFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'copekit-fs-'));
  return {
    dir,
    async write(path, value) {
      const file = join(dir, ...path.split('/'));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, value);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
