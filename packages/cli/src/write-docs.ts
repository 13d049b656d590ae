/**
 * Regenerates the option tables of `docs/cli.md` from `options.ts`:
 * `pnpm --filter @copekit/cli docs`.
 *
 * @module
 */

import { readFile, writeFile } from 'node:fs/promises';
import { updateCliDocs } from './docs.js';

const file = new URL('../../../docs/cli.md', import.meta.url);
const current = await readFile(file, 'utf8');
const fresh = updateCliDocs(current);
if (fresh === current) {
  console.log('docs/cli.md is up to date.');
} else {
  await writeFile(file, fresh);
  console.log('Updated docs/cli.md.');
}
