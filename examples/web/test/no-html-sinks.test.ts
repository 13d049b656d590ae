/**
 * Content never goes through an HTML parser: this test fails when the web
 * example's code (page, scripts, Vite plugin, tests) uses an HTML sink.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

/** Sinks that parse strings as HTML (or write them into the document). */
const sinks = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'createContextualFragment', 'DOMParser', 'setHTMLUnsafe', 'srcdoc'];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.name !== 'node_modules' && entry.name !== 'dist' && !entry.name.startsWith('.'))
      .map((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|html|css)$/.test(entry.name) ? [join(dir, entry.name)] : [])),
  );
  return nested.flat();
}

describe('HTML sinks', () => {
  it('appear nowhere in the web example', async () => {
    const files = (await sourceFiles(root)).filter((file) => file !== self);
    expect(files.map((file) => relative(root, file))).toContain('src/render/prose.ts');
    const uses: string[] = [];
    for (const file of files) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        for (const sink of sinks) if (line.includes(sink)) uses.push(`${relative(root, file)}:${index + 1} uses ${sink}`);
      });
    }
    expect(uses).toEqual([]);
  });
});
