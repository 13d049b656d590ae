import { describe as group, expect, test } from 'vitest';
import { locateInDocument } from './locate.js';
import { parseYaml } from './yaml.js';

const source = [
  'id: a',
  'objectives:',
  '  - Find activities',
  '  - Plan breaks',
  'references:',
  '  - title: Heapy 2017',
  '    year: 2017',
  'base: &base',
  '  minutes: 5',
  'alias: *base',
  '"quoted key": x',
  '1: one',
  'empty:',
].join('\n');
const document = parseYaml(source);

/** The source text at a path. */
function at(path: ReadonlyArray<string | number>): string | undefined {
  const range = locateInDocument(document, path);
  return range === undefined ? undefined : source.slice(range[0], range[1]);
}

group('locateInDocument', () => {
  test('finds the key of a mapping entry', () => {
    expect(at(['id'])).toBe('id');
    expect(at(['objectives'])).toBe('objectives');
    expect(at(['quoted key'])).toBe('"quoted key"');
    expect(at(['1'])).toBe('1');
    expect(at(['empty'])).toBe('empty');
  });

  test('finds the item of a list', () => {
    expect(at(['objectives', 1])).toBe('Plan breaks');
    expect(at(['references', 0])).toBe('title: Heapy 2017\n    year: 2017\n');
  });

  test('goes through lists of mappings and through aliases', () => {
    expect(at(['references', 0, 'year'])).toBe('year');
    expect(at(['alias', 'minutes'])).toBe('minutes');
  });

  test('finds the whole document for an empty path', () => {
    expect(locateInDocument(document, [])).toEqual([0, source.length]);
  });

  test('gives undefined for paths that lead nowhere', () => {
    expect(at(['missing'])).toBeUndefined();
    expect(at(['objectives', 5])).toBeUndefined();
    expect(at(['objectives', 'x'])).toBeUndefined();
    expect(at(['id', 0])).toBeUndefined();
    expect(at(['empty', 'x'])).toBeUndefined();
    expect(locateInDocument(parseYaml(''), ['id'])).toBeUndefined();
  });
});
