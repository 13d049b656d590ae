#!/usr/bin/env node
// The `copekit` command. Runs the built CLI (`pnpm build` creates dist/).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli.js', import.meta.url);
if (existsSync(entry)) {
  await import(entry.href);
} else {
  process.stderr.write('copekit: the CLI is not built yet (packages/cli/dist/cli.js is missing).\nRun `pnpm build` first, then try again.\n');
  process.exitCode = 2;
}
