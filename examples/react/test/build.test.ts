/**
 * The React example builds with Vite's `build()` API (JSX compiled by Vite,
 * workspace packages from source).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

describe('the React example build', () => {
  it('produces a page and one script with the app and React in it', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'copekit-react-'));
    try {
      await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
      const assets = await readdir(join(outDir, 'assets'));
      const scripts = assets.filter((name) => name.endsWith('.js'));
      expect(scripts).toHaveLength(1);
      const html = await readFile(join(outDir, 'index.html'), 'utf8');
      expect(html).toContain(`./assets/${scripts[0]}`);
      const code = await readFile(join(outDir, 'assets', scripts[0]!), 'utf8');
      expect(code.includes('Start again and delete saved progress')).toBe(true);
      expect(code.includes('react.transitional.element')).toBe(true);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
