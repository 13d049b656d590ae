import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build } from './api.js';
import { loadBundle } from './load-bundle.js';
import { SourceError } from './source-error.js';
import { breakLesson, createTestCurriculum, type TestCurriculum } from './test-curriculum.js';
import { UsageError } from './usage-error.js';

let curriculum: TestCurriculum;
beforeEach(async () => {
  curriculum = await createTestCurriculum();
});
afterEach(async () => {
  await curriculum.remove();
});

describe('loadBundle', () => {
  it('compiles a folder and reads a bundle file to the same bundle', async () => {
    await build({ dir: curriculum.dir, out: join(curriculum.root, 'bundle.json') });
    const fromFolder = await loadBundle('curriculum', { cwd: curriculum.root });
    const fromFile = await loadBundle('bundle.json', { cwd: curriculum.root });
    expect(fromFile).toEqual(fromFolder);
    expect(fromFolder.lessons).toHaveLength(6);
  });

  it('throws a SourceError with the compiler report when the folder does not compile', async () => {
    await breakLesson(curriculum);
    const error = await loadBundle(curriculum.dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toContain('`units`');
  });

  it('refuses a JSON file that is not a bundle, naming the field', async () => {
    await writeFile(join(curriculum.root, 'other.json'), '{"schemaVersion": 1}');
    const error = await loadBundle('other.json', { cwd: curriculum.root }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/^`other\.json` is not a bundle: .*is required/);
  });

  it('does not treat `ref:path` as a git revision unless asked', async () => {
    await expect(loadBundle('HEAD:curriculum', { cwd: curriculum.root })).rejects.toThrow('No file or folder `HEAD:curriculum`.');
  });
});
