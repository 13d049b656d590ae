/**
 * A temporary copy of the compiler's fixture curriculum for the CLI tests.
 *
 * @module
 */

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('../../compiler/test/fixtures/curriculum', import.meta.url));

/** The shipped curriculum (`/curriculum`). */
export const shippedCurriculum = fileURLToPath(new URL('../../../curriculum', import.meta.url));

/** A temporary folder holding a curriculum folder. */
export interface TestCurriculum {
  /** The temporary folder (use it as the current directory). */
  root: string;
  /** The curriculum folder inside it: `<root>/curriculum`. */
  dir: string;
  /** Reads a file of the curriculum (POSIX path relative to `dir`). */
  read(path: string): Promise<string>;
  /** Writes a file of the curriculum, creating folders. */
  write(path: string, value: string): Promise<void>;
  /** Replaces the first `search` in a file of the curriculum. */
  edit(path: string, search: string, replacement: string): Promise<void>;
  /** Removes the temporary folder. */
  remove(): Promise<void>;
}

/**
 * Copies a curriculum to a temporary folder: by default the compiler's
 * fixture curriculum (6 lessons, no errors), or `source` (such as
 * {@link shippedCurriculum}), leaving out `node_modules`.
 */
export async function createTestCurriculum(source: string = fixture): Promise<TestCurriculum> {
  const root = await mkdtemp(join(tmpdir(), 'copekit-cli-'));
  const dir = join(root, 'curriculum');
  await cp(source, dir, { recursive: true, filter: (path) => !path.split(/[\\/]/).includes('node_modules') });
  const pathOf = (path: string) => join(dir, ...path.split('/'));
  const curriculum: TestCurriculum = {
    root,
    dir,
    read: (path) => readFile(pathOf(path), 'utf8'),
    async write(path, value) {
      await mkdir(dirname(pathOf(path)), { recursive: true });
      await writeFile(pathOf(path), value);
    },
    async edit(path, search, replacement) {
      const text = await curriculum.read(path);
      if (!text.includes(search)) throw new Error(`${path} does not contain ${search}`);
      await curriculum.write(path, text.replace(search, replacement));
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
  return curriculum;
}

/** A typo that makes `pacing/pacing-plan.mdx` fail: the attribute `unit` of a `<NumberEntry>` (line 27) spelled `units`. */
export async function breakLesson(curriculum: TestCurriculum): Promise<void> {
  await curriculum.edit('pacing/pacing-plan.mdx', 'unit="minutes"', 'units="minutes"');
}

/** A paragraph far above reading grade 6, long enough (over 30 words) for the readability rule to judge. */
export const hardParagraph =
  'Comprehensive multidisciplinary rehabilitation programmes incorporating cognitive behavioural methodologies demonstrate considerable effectiveness regarding functional improvement, psychological wellbeing and occupational reintegration among individuals experiencing persistent musculoskeletal conditions, particularly when interventions emphasise graded exposure, self-management competencies and collaborative goal-setting.';

/** Adds {@link hardParagraph} to the first step of `relaxation/calm-breathing.mdx`, which then warns (readability) at the default grade. */
export async function addHardParagraph(curriculum: TestCurriculum): Promise<void> {
  await curriculum.edit('relaxation/calm-breathing.mdx', '## Why breathe slowly?\n', `## Why breathe slowly?\n\n${hardParagraph}\n`);
}
