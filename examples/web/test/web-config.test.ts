import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleRoot, shippedCurriculum, webConfig } from '../web-config.js';

describe('webConfig', () => {
  it('points at the example and the shipped curriculum', () => {
    expect(existsSync(join(exampleRoot, 'index.html'))).toBe(true);
    expect(existsSync(join(shippedCurriculum, 'curriculum.yaml'))).toBe(true);
  });

  it('is a complete inline config that resolves workspace packages to their sources', () => {
    const config = webConfig({ outDir: '/tmp/out', port: 0, logLevel: 'silent' });
    expect(config).toMatchObject({ configFile: false, root: exampleRoot, base: './', logLevel: 'silent', build: { outDir: '/tmp/out', emptyOutDir: true }, server: { host: '127.0.0.1', port: 0, strictPort: false } });
    expect(config.resolve?.conditions?.[0]).toBe('@copekit/source');
    expect(config.plugins?.map((plugin) => (plugin as { name: string }).name)).toEqual(['copekit']);
  });

  it('keeps a fixed port strict, and uses Vite defaults when none is given', () => {
    expect(webConfig({ port: 5173 }).server).toEqual({ host: '127.0.0.1', port: 5173, strictPort: true });
    expect(webConfig().server).toEqual({ host: '127.0.0.1' });
    expect(webConfig().build?.outDir).toBe('dist');
  });
});
