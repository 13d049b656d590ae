import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { IdScope, where } from './id-scope.js';

const at = (line: number, column: number) => ({ start: { line, column }, end: { line, column: column + 1 } });

describe('IdScope', () => {
  it('reports a repeated id at the repeat, naming the first place', () => {
    const file = new VFile({ path: 'a.mdx' });
    const scope = new IdScope('step');
    expect([scope.add(file, 'intro', at(2, 7)), scope.add(file, 'plan', at(9, 7)), scope.add(file, 'intro', at(20, 7))]).toEqual([true, true, false]);
    expect(file.messages.map((message) => [String(message), message.ruleId, message.note])).toEqual([
      [
        'a.mdx:20:7-20:8: Duplicate step id `intro`: already used at 2:7.',
        'duplicate-id',
        'Give this step an id that is not used elsewhere in the lesson.',
      ],
    ]);
    expect([scope.has('plan'), scope.has('other')]).toEqual([true, false]);
  });

  it('names its scope in the fix', () => {
    const file = new VFile({ path: 'curriculum.yaml' });
    const scope = new IdScope('module', 'curriculum.yaml');
    scope.add(file, 'sleep', undefined);
    scope.add(file, 'sleep', at(4, 3));
    expect(file.messages.map((message) => [message.reason, message.note])).toEqual([
      ['Duplicate module id `sleep`: already used at another place.', 'Give this module an id that is not used elsewhere in curriculum.yaml.'],
    ]);
  });
});

describe('where', () => {
  it('formats a point', () => {
    expect([where({ line: 3, column: 9 }), where(undefined)]).toEqual(['3:9', 'another place']);
  });
});
