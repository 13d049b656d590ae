import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as research from './index.js';
import * as node from './node.js';

const here = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('public API', () => {
  it('exports exactly these values from @copekit/research', () => {
    expect(Object.keys(research).sort()).toMatchInlineSnapshot(`
      [
        "ARCHIVE_CSP",
        "EXPORT_COLUMNS",
        "LOCKFILE_NAME",
        "LockMismatchError",
        "MigrationError",
        "adherenceReport",
        "assertLock",
        "createLock",
        "csvCell",
        "diffBundles",
        "exportRecords",
        "formatAdherenceText",
        "formatDiffMarkdown",
        "formatDiffText",
        "migrateSnapshot",
        "parseLock",
        "readRecords",
        "renderArchive",
        "serializeLock",
        "verifyLock",
      ]
    `);
  });

  it('exports exactly these values from @copekit/research/node', () => {
    expect(Object.keys(node).sort()).toMatchInlineSnapshot(`
      [
        "writeArchive",
      ]
    `);
  });

  it('keeps Node built-ins out of everything but the node entry', () => {
    const offenders = sources(here)
      .filter((path) => !relative(here, path).startsWith('node'))
      .filter((path) => /from 'node:|require\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(here, path));
    expect(offenders).toEqual([]);
  });

  it('documents every exported function with an @example', () => {
    const docs = new Map(
      sources(here)
        .map((path) => readFileSync(path, 'utf8'))
        .flatMap((text) => [...text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:async )?function (\w+)/g)])
        .map(([, doc, name]) => [name!, doc!]),
    );
    const functions = Object.entries({ ...research, ...node })
      .filter(([, value]) => typeof value === 'function' && !/^class\b/.test(String(value)))
      .map(([name]) => name);
    expect(functions).toHaveLength(16);
    for (const name of functions) expect(docs.get(name), name).toContain('@example');
  });
});
