/**
 * Reads and checks `copekit.lock.json` text.
 *
 * @module
 */

import type { Lockfile } from './types.js';

const HASH = /^sha256:[0-9a-f]{64}$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * Parses lockfile text and checks it has the shape of
 * `schemas/lockfile.schema.json`. Throws an `Error` that names the field at
 * fault and how to fix it.
 *
 * @example
 * ```ts
 * const lock = parseLock(await readFile('copekit.lock.json', 'utf8'));
 * ```
 */
export function parseLock(text: string): Lockfile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`copekit.lock.json is not valid JSON (${(error as Error).message}); regenerate it with \`copekit lock\`.`);
  }
  const root = record(data, '(root)');
  const known = ['lockfileVersion', 'curriculum', 'bundleHash', 'lessons', 'engineVersion'];
  for (const key of Object.keys(root)) if (!known.includes(key)) fail(key, `is not a lockfile field (expected one of ${known.join(', ')})`);
  if (root['lockfileVersion'] !== 1) fail('lockfileVersion', 'must be 1; this lock was written by another Copekit version');
  const curriculum = record(root['curriculum'], 'curriculum');
  const lessons = record(root['lessons'], 'lessons');
  for (const [id, hash] of Object.entries(lessons)) {
    if (!KEBAB.test(id)) fail(`lessons.${id}`, 'is not a kebab-case lesson id');
    matching(hash, HASH, `lessons.${id}`, 'a `sha256:<64 hex digits>` hash');
  }
  return {
    lockfileVersion: 1,
    curriculum: {
      id: matching(curriculum['id'], KEBAB, 'curriculum.id', 'a kebab-case curriculum id'),
      version: matching(curriculum['version'], SEMVER, 'curriculum.version', 'a semver version such as 1.2.0'),
    },
    bundleHash: matching(root['bundleHash'], HASH, 'bundleHash', 'a `sha256:<64 hex digits>` hash'),
    lessons: lessons as Record<string, string>,
    engineVersion: matching(root['engineVersion'], SEMVER, 'engineVersion', 'a semver version such as 0.1.0'),
  };
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(field, 'must be an object');
  return value as Record<string, unknown>;
}

function matching(value: unknown, pattern: RegExp, field: string, what: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) fail(field, `must be ${what}, found ${JSON.stringify(value) ?? 'nothing'}`);
  return value as string;
}

function fail(field: string, problem: string): never {
  throw new Error(`copekit.lock.json: \`${field}\` ${problem}. Regenerate the file with \`copekit lock\` rather than editing it by hand.`);
}
