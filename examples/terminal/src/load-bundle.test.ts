import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from './load-bundle.js';
import { curriculumBundle } from '@copekit/engine/frames/testing';

const folder = mkdtempSync(join(tmpdir(), 'copekit-bundle-'));
const file = (name: string, text: string) => {
  writeFileSync(join(folder, name), text);
  return join(folder, name);
};
const build = 'Build it with `pnpm copekit build curriculum --out out/bundle.json`, or pass --bundle.';

describe('loadBundle', () => {
  it('reads a compiled bundle', async () => {
    const bundle = await curriculumBundle();
    expect(loadBundle(file('bundle.json', JSON.stringify(bundle))).hash).toBe(bundle.hash);
  });

  it('says how to build the bundle when it is missing, not JSON or not a bundle', () => {
    expect(() => loadBundle(join(folder, 'missing.json'))).toThrow(`No bundle at ${join(folder, 'missing.json')}. ${build}`);
    expect(() => loadBundle(file('broken.json', '{'))).toThrow(new RegExp(`^${join(folder, 'broken.json')} is not valid JSON \\(`));
    expect(() => loadBundle(file('other.json', '{ "schemaVersion": 2, "lessons": [] }'))).toThrow(
      `${join(folder, 'other.json')} is not a Copekit bundle (schemaVersion 1 with lessons). ${build}`,
    );
    expect(() => loadBundle(file('null.json', 'null'))).toThrow(expect.objectContaining({ code: 'bad-bundle' }));
  });
});
