import matter from 'gray-matter';
import { afterEach, describe as group, expect, test } from 'vitest';
import { readMatter } from './gray-matter.js';

declare global {
  // Set only if front matter ran as code.
  var __pwned: unknown;
}

afterEach(() => {
  delete globalThis.__pwned;
});

group('readMatter', () => {
  test('reads YAML into a document', () => {
    const result = readMatter('---\nid: a\nminutes: 5\n---\nText');
    expect(result.kind).toBe('yaml');
    expect(result.kind === 'yaml' ? result.document.toJS() : undefined).toEqual({ id: 'a', minutes: 5 });
  });

  test('reads `---yaml` and `---yml` as YAML', () => {
    expect(readMatter('---yaml\nid: a\n---\n').kind).toBe('yaml');
    expect(readMatter('---yml\nid: a\n---\n').kind).toBe('yaml');
  });

  test('reports an empty or comment-only block as empty', () => {
    expect(readMatter('---\n---\n')).toEqual({ kind: 'empty' });
    expect(readMatter('---\n# yaml-language-server: $schema=x.json\n---\n')).toEqual({ kind: 'empty' });
  });

  test.each(['js', 'javascript', 'JS', 'coffee', 'coffeescript', 'cson', 'json', 'toml', 'python'])(
    'refuses `---%s` even when called directly, without running it',
    (language) => {
      const text = `---${language}\n(globalThis.__pwned = 1, {id: "a"})\n---\n`;
      expect(readMatter(text)).toEqual({ kind: 'refused' });
      expect(globalThis.__pwned).toBeUndefined();
    },
  );

  test('never fills gray-matter’s cache, which it keys by file content', () => {
    const { cache } = matter as unknown as { cache: Record<string, unknown> };
    const text = '---\nid: never-cached\n---\nText';
    readMatter(text);
    readMatter(text);
    expect(Object.hasOwn(cache, text)).toBe(false);
    // Called without options, gray-matter caches: the check above can see it.
    matter(text);
    expect(Object.hasOwn(cache, text)).toBe(true);
    delete cache[text];
  });
});
