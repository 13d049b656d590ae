import { defineConfig } from 'vitest/config';

/**
 * One Vitest run for the whole workspace. Workspace packages resolve to their
 * TypeScript sources through the `@copekit/source` export condition, so tests
 * never depend on a stale `dist/`.
 */
export default defineConfig({
  resolve: { conditions: ['@copekit/source'] },
  ssr: { resolve: { conditions: ['@copekit/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/src/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'curriculum/test/**/*.test.ts'],
    testTimeout: 30_000,
    // Type tests (`*.test-d.ts`). tsc checks the whole root project here; errors
    // outside test files are left to each package's own `tsc -p` (`pnpm typecheck`).
    typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts'], ignoreSourceErrors: true },
  },
});
