import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breakLesson, createTestCurriculum, type TestCurriculum } from './test-curriculum.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
/** tsx's loader, resolved here: the child runs in a temporary folder where `tsx` cannot be found by name. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let curriculum: TestCurriculum;
beforeEach(async () => {
  curriculum = await createTestCurriculum();
});
afterEach(async () => {
  await curriculum.remove();
});

/**
 * Runs the CLI entry (`src/cli.ts`, what `bin/copekit.js` runs once built)
 * in a child process, from source, so it never tests a stale `dist/`.
 */
function copekit(...argv: string[]) {
  const entry = join(packageDir, 'src', 'cli.ts');
  return spawnSync(process.execPath, ['--conditions=@copekit/source', '--import', tsx, entry, ...argv], {
    cwd: curriculum.root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
}

describe('the copekit process', () => {
  it('exits 1 on a broken lesson and prints a positioned message', async () => {
    await breakLesson(curriculum);
    const result = copekit('validate', '--no-cache');

    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^curriculum\/pacing\/pacing-plan\.mdx\n27:\d+-27:\d+ error .* unknown-attribute copekit\n/);
    expect(result.stdout).toMatch(/\n\n✖ 1 error, 0 warnings\n$/);
  });

  it('exits 0 on a clean curriculum and 2 on a usage error', () => {
    expect(copekit('validate', '--no-cache', '--max-grade', '30')).toMatchObject({ status: 0, stdout: '✓ 6 lessons, 0 warnings\n' });
    expect(copekit('build')).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('needs `--out <file>`') });
  });
});

describe('bin/copekit.js', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'copekit-bin-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('asks to build first when dist/ is missing', async () => {
    await mkdir(join(folder, 'bin'));
    await copyFile(join(packageDir, 'bin', 'copekit.js'), join(folder, 'bin', 'copekit.js'));
    const result = spawnSync(process.execPath, [join(folder, 'bin', 'copekit.js'), 'validate'], { encoding: 'utf8' });

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'copekit: the CLI is not built yet (packages/cli/dist/cli.js is missing).\nRun `pnpm build` first, then try again.\n',
    );
  });
});
