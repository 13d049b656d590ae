/**
 * The same sources give a byte-identical bundle whatever the order of the
 * files, the time zone or the locale: nothing reads the clock or compares by
 * locale.
 */

import { afterEach, describe, expect, it, vi } from 'vitest';
import { compile, serializeBundle, type SourceFile } from '../src/index.js';
import { fixtureFiles } from './fixture.js';

/** The files in a different, deterministic order. */
function shuffled(files: readonly SourceFile[], seed: number): SourceFile[] {
  const copy = [...files];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

const serialize = (files: readonly SourceFile[]) => {
  const { bundle } = compile(files);
  if (bundle === undefined) throw new Error('no bundle');
  return serializeBundle(bundle);
};

describe('determinism', () => {
  const timeZone = process.env.TZ;
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    if (timeZone === undefined) delete process.env.TZ;
    else process.env.TZ = timeZone;
  });

  it('gives the same bytes for files in any order', () => {
    const expected = serialize(fixtureFiles);
    expect(serialize([...fixtureFiles].reverse())).toBe(expected);
    expect(serialize(shuffled(fixtureFiles, 7))).toBe(expected);
  });

  it('gives the same bytes in another time zone, without reading the clock or the locale', () => {
    const expected = serialize(fixtureFiles);
    process.env.TZ = 'Pacific/Kiritimati';
    const refuse = (name: string) => () => {
      throw new Error(`${name} was used`);
    };
    vi.spyOn(String.prototype, 'localeCompare').mockImplementation(refuse('localeCompare'));
    vi.spyOn(Date, 'now').mockImplementation(refuse('Date.now'));
    vi.stubGlobal('Intl', new Proxy({}, { get: refuse('Intl') }));
    vi.stubGlobal('Date', new Proxy(Date, { construct: refuse('new Date') }));
    expect(serialize(shuffled(fixtureFiles, 42))).toBe(expected);
  });

  it('gives the same messages, in the same order, for files in any order', () => {
    const broken = fixtureFiles.map((file) => (file.path.endsWith('.mdx') ? { ...file, value: file.value.replace('<Step id="', '<Step id="X') } : file));
    const messages = (files: readonly SourceFile[]) => compile(files).messages.map(String);
    expect(messages([...broken].reverse())).toEqual(messages(broken));
    expect(messages(broken)).toHaveLength(6);
  });
});
