import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', frames: 'src/frames/index.ts', snapshot: 'src/snapshot-entry.ts' },
  format: ['esm', 'cjs'],
  // Each entry bundled whole: a chunk shared with the subpaths costs the main entry bytes.
  splitting: false,
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
