/**
 * Vite config of the React example. Workspace packages resolve to their
 * TypeScript sources (`@copekit/source`), so no package build is needed.
 * JSX is compiled by Vite's own transformer (no React plugin needed).
 */
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  base: './',
  resolve: { conditions: ['@copekit/source', ...defaultClientConditions] },
  oxc: { jsx: { runtime: 'automatic' } },
  build: { target: 'es2022', reportCompressedSize: false },
  server: { host: '127.0.0.1' },
  clearScreen: false,
});
