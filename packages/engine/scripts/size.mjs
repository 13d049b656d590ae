#!/usr/bin/env node
/**
 * `pnpm --filter @copekit/engine size` (and `pnpm size` from the root): runs
 * size-limit on the checks of package.json (the engine entry, and the baseline
 * `size/xstate-baseline.js`: the least an XState app bundles to run a machine)
 * and prints each size, the engine's limit, and the engine / baseline ratio
 * measured in the same run. Exits 1 when a limit is exceeded.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const sizeLimitManifest = require.resolve('size-limit/package.json');
const bin = join(dirname(sizeLimitManifest), JSON.parse(readFileSync(sizeLimitManifest, 'utf8')).bin);

const run = spawnSync(process.execPath, [bin, '--json'], { cwd: packageDir, encoding: 'utf8' });
let checks;
try {
  checks = JSON.parse(run.stdout);
} catch {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const [engine, baseline] = checks;
for (const check of checks) {
  const verdict = check.sizeLimit === undefined ? '' : `  limit ${kB(check.sizeLimit)}  ${check.passed ? 'PASS' : 'MISS'}`;
  console.log(`${kB(check.size).padStart(9)}  ${check.name}${verdict}`);
}
console.log(`engine / baseline = ${(engine.size / baseline.size).toFixed(2)} (minified and gzipped, same run)`);
if (run.status !== 0 || checks.some((check) => check.passed === false)) process.exitCode = 1;
