import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readYamlSource } from './yaml-source.js';

describe('readYamlSource', () => {
  it('reads data and locates keys and list items in the file', () => {
    const file = new VFile({ path: 'curriculum.yaml' });
    const { data, locate } = readYamlSource(file, '# comment\nid: c\nmodules:\n  - id: a\n  - id: b\n', 'manifest');
    expect(data).toEqual({ id: 'c', modules: [{ id: 'a' }, { id: 'b' }] });
    expect([locate(['id'])?.start, locate(['modules', 1])?.start, locate(['modules', 1, 'id'])?.start, locate(['nope'])]).toEqual([
      { line: 2, column: 1, offset: 10 },
      { line: 5, column: 5, offset: 39 },
      { line: 5, column: 5, offset: 39 },
      undefined,
    ]);
    expect(file.messages).toEqual([]);
  });

  it('reports YAML problems under the given rule, and refuses custom tags', () => {
    const file = new VFile({ path: 'instruments/x.yaml' });
    const { data } = readYamlSource(file, 'id: x\nid: y\nrun: !!js/function "f() {}"\n', 'instrument');
    expect(data).toBeUndefined();
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['2:1 instrument', '3:6 instrument']);
  });
});
