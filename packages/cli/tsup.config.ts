import { defineConfig } from 'tsup';

export default defineConfig({
  // `index` is the API; `cli` is the executable that bin/copekit.js imports.
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
