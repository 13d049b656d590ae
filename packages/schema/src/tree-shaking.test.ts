/// <reference types="node" />
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { build } from 'tsup';

const index = fileURLToPath(new URL('./index.ts', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'copekit-schema-treeshake-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bundles an entry that imports `names` from the package, as an app's bundler would. */
async function bundle(names: string[]): Promise<string> {
  const name = names.join('-');
  const entry = join(work, `${name}.ts`);
  writeFileSync(entry, `import { ${names.join(', ')} } from ${JSON.stringify(index)};\nconsole.log(${names.join(', ')});\n`);
  await build({ entry: { [name]: entry }, outDir: join(work, 'out'), format: 'esm', config: false, silent: true, dts: false, sourcemap: false });
  return readFileSync(join(work, 'out', `${name}.js`), 'utf8');
}

it('leaves out the validators and schemas an app does not import', async () => {
  const code = await bundle(['validateLessonFrontMatter']);
  expect(code).toContain('"check-in"');
  // Constants only the bundle and components validators hold.
  expect(code).not.toContain('"thought-record"');
  expect(code).not.toContain('"coach-note"');
  expect(code).not.toContain('^[0-9]+:[0-5][0-9]$');
  // No schema object (their descriptions) comes along.
  expect(code).not.toContain('Copekit lesson front matter');
  expect(code.length).toBeLessThan(20_000);
}, 60_000);

it('keeps what is imported, without compiling code at run time', async () => {
  const code = await bundle(['validateBundle', 'schemaErrors', 'bundleSchema']);
  expect(code).toContain('"thought-record"');
  expect(code).toContain('Copekit bundle');
  expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
}, 60_000);
