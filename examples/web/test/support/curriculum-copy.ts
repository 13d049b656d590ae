/**
 * A scratch copy of the shipped curriculum that tests may edit.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedCurriculum } from '../../web-config.js';

/** A copy: its folder, an editor for its files, and `remove()`. */
export interface CurriculumCopy {
  dir: string;
  /** Rewrites the file at `path` (relative to the curriculum) with `edit(text)`. */
  edit(path: string, edit: (text: string) => string): Promise<void>;
  remove(): Promise<void>;
}

/** Copies the curriculum's source files (no `node_modules`, no tests). */
export async function copyCurriculum(): Promise<CurriculumCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'copekit-curriculum-'));
  await cp(shippedCurriculum, dir, { recursive: true, filter: (source) => !/[\\/](node_modules|test)$/.test(source) });
  return {
    dir,
    async edit(path, edit) {
      const file = join(dir, path);
      await writeFile(file, edit(await readFile(file, 'utf8')));
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
