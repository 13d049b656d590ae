/**
 * The Vite configuration of the web example, as a function so that the
 * preview script, `vite.config.ts` and the end-to-end tests share it.
 *
 * Workspace packages resolve to their TypeScript sources (the
 * `@copekit/source` export condition), so no package build is needed first.
 *
 * @module
 */

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, type InlineConfig } from 'vite';
import { copekit } from './vite-plugin-copekit.js';

/** Folder of the web example. */
export const exampleRoot = dirname(fileURLToPath(import.meta.url));

/** The shipped curriculum. */
export const shippedCurriculum = resolve(exampleRoot, '../../curriculum');

/** Options of {@link webConfig}. */
export interface WebConfigOptions {
  /** Author preview: watch the curriculum and show compiler messages and the lesson picker. */
  preview?: boolean;
  /** Curriculum folder; the shipped curriculum when absent. */
  curriculum?: string;
  /** Where `build()` writes the site; `dist/` of the example when absent. */
  outDir?: string;
  /** Dev server port; Vite's default when absent, `0` for any free port. */
  port?: number;
  /** Vite's log level. */
  logLevel?: InlineConfig['logLevel'];
}

/**
 * A complete inline Vite config (no config file is read).
 *
 * @example
 * ```ts
 * import { build } from 'vite';
 * import { webConfig } from './web-config.js';
 *
 * await build(webConfig({ outDir: '/tmp/copekit-web' }));
 * ```
 */
export function webConfig(options: WebConfigOptions = {}): InlineConfig {
  return {
    configFile: false,
    root: exampleRoot,
    base: './',
    logLevel: options.logLevel ?? 'info',
    plugins: [copekit({ curriculum: options.curriculum ?? shippedCurriculum, preview: options.preview ?? false })],
    resolve: { conditions: ['@copekit/source', ...defaultClientConditions] },
    build: { outDir: options.outDir ?? 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
    server: { host: '127.0.0.1', ...(options.port === undefined ? {} : { port: options.port, strictPort: options.port !== 0 }) },
    clearScreen: false,
  };
}
