import { describe as group, expect, test } from 'vitest';
import { parseYaml } from './yaml.js';

group('parseYaml', () => {
  test('reads the YAML 1.2 core schema', () => {
    expect(parseYaml('a: 010\nb: 0o10\nc: yes\nd: 2024-01-02\ne: ~\nf: 1.5\ng: .inf\n').toJS()).toEqual({
      a: 10,
      b: 8,
      c: 'yes',
      d: '2024-01-02',
      e: null,
      f: 1.5,
      g: Number.POSITIVE_INFINITY,
    });
  });

  test('does not merge `<<` keys', () => {
    expect(parseYaml('base: &b {x: 1}\nmerged:\n  <<: *b\n').toJS()).toEqual({ base: { x: 1 }, merged: { '<<': { x: 1 } } });
  });

  test('resolves no language or YAML 1.1 tags, keeping them as warnings', () => {
    const document = parseYaml('a: !!js/function "f(){}"\nb: !!binary aGk=\nc: !!timestamp 2024-01-02\nd: !!str 1\n');
    expect(document.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ['TAG_RESOLVE_FAILED', 'Unresolved tag: tag:yaml.org,2002:js/function'],
      ['TAG_RESOLVE_FAILED', 'Unresolved tag: tag:yaml.org,2002:binary'],
      ['TAG_RESOLVE_FAILED', 'Unresolved tag: tag:yaml.org,2002:timestamp'],
    ]);
    expect(document.toJS()).toMatchObject({ d: '1' });
  });

  test('reports repeated keys as errors', () => {
    expect(parseYaml('a: 1\na: 2\n').errors.map((error) => error.code)).toEqual(['DUPLICATE_KEY']);
  });

  test('ignores the `\\r` gray-matter leaves before the closing line of a CRLF file', () => {
    const document = parseYaml('\r\na: 1\r\nb: 2\r');
    expect(document.errors).toEqual([]);
    expect(document.toJS()).toEqual({ a: 1, b: 2 });
    expect(document.contents?.range[0]).toBe(2);
  });
});
