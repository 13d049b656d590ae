import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';

const lesson = `---
id: only-lesson
title: Only
module: pacing
minutes: 5
references: [A source.]
---

<Step id="a">
<Ratng id="x" />
</Step>
`;

const describeAll = (files: Parameters<typeof compile>[0]) =>
  compile(files).messages.map((message) => `${message.file}${message.line === undefined ? '' : `:${message.line}:${message.column}`} ${message.ruleId}`);

describe('compile', () => {
  it('reports what is missing from an empty curriculum', () => {
    const result = compile([]);
    expect(result.bundle).toBeUndefined();
    expect(result.stats).toEqual({ parsed: 0, cached: 0 });
    expect(describeAll([])).toEqual(['curriculum.yaml manifest', 'package.json package-version']);
  });

  it('still checks lessons without curriculum.yaml, leaving out checks that need it', () => {
    expect(describeAll([{ path: 'pacing/only-lesson.mdx', value: lesson }])).toEqual([
      'curriculum.yaml manifest',
      'pacing/only-lesson.mdx:10:1 unknown-component',
      'package.json package-version',
    ]);
  });

  it('ignores files that are not curriculum sources', () => {
    const files = [
      { path: 'README.md', value: '# Not a lesson {x}' },
      { path: 'instruments/nested/x.yaml', value: ': not yaml' },
      { path: 'notes.yaml', value: ': not yaml' },
    ];
    expect(describeAll(files)).toEqual(['curriculum.yaml manifest', 'package.json package-version']);
  });

  it('counts parsed lessons without a cache', () => {
    expect(compile([{ path: 'pacing/only-lesson.mdx', value: lesson }]).stats).toEqual({ parsed: 1, cached: 0 });
  });
});
