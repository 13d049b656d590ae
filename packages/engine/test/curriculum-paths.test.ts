/**
 * Every path through every lesson of the shipped curriculum (`/curriculum`)
 * reaches completion, and none skips the safety flow. The curriculum is read
 * from disk and compiled with `@copekit/compiler`; lessons are found, not
 * listed, so new lessons are checked as soon as they are added.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type SourceFile } from '@copekit/compiler';
import type { Bundle } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { expectEveryPathCompletes } from './helpers/expect-paths.js';

const root = resolve(fileURLToPath(import.meta.url), '../../../../curriculum');

/** Every file of the curriculum, relative to its root, except dependencies and the changelog. */
function readCurriculum(folder: string): SourceFile[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      if (name === 'node_modules' || name.startsWith('CHANGELOG')) return [];
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return readCurriculum(path);
      return [{ path: relative(root, path).split('\\').join('/'), value: readFileSync(path, 'utf8') }];
    });
}

const { bundle, messages } = compile(readCurriculum(root));
const errors = messages.filter((message) => message.fatal === true).map((message) => `${message.file}:${message.line}:${message.column} ${message.reason}`);

describe('the shipped curriculum', () => {
  it('compiles', () => {
    expect(errors).toEqual([]);
    expect(bundle?.lessons.length).toBeGreaterThan(0);
  });

  it.each((bundle as Bundle | undefined)?.lessons.map((lesson) => lesson.id) ?? [])(
    'every path through %s reaches completion without skipping the safety flow',
    (lesson) => {
      const summary = expectEveryPathCompletes(bundle!, lesson);
      expect(summary.paths).toBeGreaterThan(0);
    },
  );
});
