import { lessonFrontMatterSchema, validateLessonFrontMatter } from '@copekit/schema';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkSchema, toPath } from './schema-problems.js';

describe('checkSchema', () => {
  it('reports each error at its key, or the nearest key above it, or the fallback', () => {
    const file = new VFile({ path: 'a.mdx' });
    const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 2 } });
    const places: Record<string, number> = { title: 3, objectives: 5, 'objectives.1': 7 };
    const valid = checkSchema(file, validateLessonFrontMatter, { id: 'a', title: 3, module: 'm', objectives: ['x', 4], tite: 'x' }, {
      ruleId: 'front-matter-schema',
      what: 'the front matter',
      schema: lessonFrontMatterSchema,
      locate: (path) => (path.join('.') in places ? at(places[path.join('.')]!) : undefined),
      fallback: at(1),
    });
    expect(valid).toBe(false);
    expect(file.messages.map((message) => `${message.line} ${message.reason} → ${String(message.note)}`)).toMatchInlineSnapshot(`
      [
        "1 \`minutes\` in the front matter is required. → Add \`minutes:\`.",
        "1 \`tite\` in the front matter is not a known property: check its spelling, or remove it. → Did you mean \`title\`?",
        "3 \`title\` in the front matter must be a string. → See schemas/lesson-front-matter.schema.json for what \`title\` takes.",
        "7 \`objectives.1\` in the front matter must be a string. → See schemas/lesson-front-matter.schema.json for what \`objectives.1\` takes.",
      ]
    `);
  });

  it('passes valid data', () => {
    const file = new VFile({ path: 'a.mdx' });
    const options = { ruleId: 'front-matter-schema', what: 'x', schema: lessonFrontMatterSchema, locate: () => undefined, fallback: undefined } as const;
    expect(checkSchema(file, validateLessonFrontMatter, { id: 'a', title: 'A', module: 'm', minutes: 5 }, options)).toBe(true);
    expect(file.messages).toEqual([]);
  });
});

describe('toPath', () => {
  it('splits a JSON pointer into keys and indexes', () => {
    expect([toPath(''), toPath('/program/sessions/0'), toPath('/a~1b/c~0d/01')]).toEqual([[], ['program', 'sessions', 0], ['a/b', 'c~d', '01']]);
  });
});
