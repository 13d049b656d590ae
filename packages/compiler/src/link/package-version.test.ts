import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readPackageVersion } from './package-version.js';

function read(text: string) {
  const file = new VFile({ path: 'package.json' });
  const version = readPackageVersion(file, text);
  return { version, messages: file.messages.map((message) => `${message.line ?? ''}:${message.column ?? ''} ${message.reason}`) };
}

describe('readPackageVersion', () => {
  it('reads a semantic version, pre-releases and build metadata included', () => {
    for (const version of ['1.0.0', '0.1.2-rc.1', '2.0.0+build.5']) {
      expect(read(JSON.stringify({ name: 'x', version }))).toEqual({ version, messages: [] });
    }
  });

  it('reports a missing or invalid version at the `version` key', () => {
    expect(read('{\n  "name": "x",\n  "version": "1.0"\n}').messages).toEqual(['3:3 The version "1.0" in package.json is not a semantic version.']);
    expect(read('{\n  "version": 1\n}').messages).toEqual(['2:3 The version 1 in package.json is not a semantic version.']);
    expect(read('{ "name": "x" }').messages).toEqual([': package.json has no `version`; the curriculum version comes from it.']);
  });

  it('reports JSON that does not parse', () => {
    expect(read('{ version: "1.0.0" }')).toMatchObject({ version: undefined, messages: [expect.stringMatching(/^: package.json is not valid JSON: /)] });
  });
});
