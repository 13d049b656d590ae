import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Bundle } from '@copekit/schema';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { hostileBundle, SCRIPT } from '../../test/fixtures/hostile-bundle.js';
import { lessonOf, stepOf, variant, wordingChanged } from '../../test/fixtures/variants.js';
import { hrefs, tagProblems } from '../../test/html-checks.js';
import { renderArchive } from './render-archive.js';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
const archive = renderArchive(baseBundle);
const page = (files: Map<string, string>, path: string) => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no page ${path}`);
  return text;
};
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('renderArchive', () => {
  it('renders an index and one page per lesson', () => {
    expect([...archive.keys()]).toEqual(['index.html', 'lessons/daily-check-in.html', 'lessons/pacing-basics.html', 'lessons/safety-check.html']);
  });

  it('makes complete, balanced documents with the strict policy and no scripts or external resources', () => {
    for (const [path, text] of archive) {
      expect(text.startsWith('<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="utf-8">\n' + CSP), path).toBe(true);
      expect(tagProblems(text), path).toEqual([]);
      expect(text).not.toMatch(/<script|<link|<iframe|<object|<embed|<img|\ssrc=|@import|\son[a-z]+=/i);
      expect(text.replace(/url\(#flow-arrow(?:-risk)?\)/g, '')).not.toContain('url(');
      expect(text.endsWith('</html>\n')).toBe(true);
    }
  });

  it('puts version and bundle hash on every page, and the lesson hash in header and footer of lesson pages', () => {
    for (const [path, text] of archive) {
      expect(text, path).toContain('version <code>1.0.0</code>');
      expect(occurrences(text, baseBundle.hash), path).toBeGreaterThanOrEqual(2);
    }
    for (const lesson of baseBundle.lessons) {
      const text = page(archive, `lessons/${lesson.id}.html`);
      expect(occurrences(text.split('<main>')[0]!, lesson.hash)).toBe(1);
      expect(occurrences(text.split('</main>')[1]!, lesson.hash)).toBe(1);
    }
  });

  it('lists every lesson with its hash, the program and instruments with licences on the index', () => {
    const index = page(archive, 'index.html');
    for (const lesson of baseBundle.lessons) {
      expect(index).toContain(`<a href="lessons/${lesson.id}.html"><code>${lesson.id}</code></a>`);
      expect(index).toContain(lesson.hash);
    }
    expect(index).toContain('<tr><td>1</td><td><a href="lessons/pacing-basics.html"><code>pacing-basics</code></a></td><td>Pace your day</td>');
    for (const instrument of baseBundle.instruments) {
      expect(index).toContain(`<td>${instrument.licence.status}</td><td>${instrument.licence.terms}</td>`);
      expect(index).toContain(`id="instrument-${instrument.id}"`);
    }
    expect(index).toContain('Risk rule <code>q2 &gt; 0</code>');
    expect(index).toContain('<h2 id="crisis">Crisis resources</h2>');
  });

  it('shows every step, every Show branch with its condition, every item and every coach note', () => {
    for (const lesson of baseBundle.lessons) {
      const text = page(archive, `lessons/${lesson.id}.html`);
      expect(occurrences(text, '<section class="step"')).toBe(lesson.steps.length);
      const json = JSON.stringify(lesson);
      expect(occurrences(text, '<p class="show-label">Shown only when')).toBe(occurrences(json, '"type":"show"'));
      expect(occurrences(text, '<p class="coach-label">Coach only</p>')).toBe(occurrences(json, '"type":"coach-note"'));
      expect(occurrences(text, '<p class="crisis-label">')).toBe(occurrences(json, '"type":"crisis"'));
      for (const match of json.matchAll(/"type":"item","kind":"[a-z-]+","id":"([a-z0-9-]+)"/g)) expect(text).toContain(`id="item-${match[1]}"`);
    }
    const pacing = page(archive, 'lessons/pacing-basics.html');
    expect(pacing).toContain('Shown only when <code>pain-now &gt;= 7</code></p>\n<div class="prose"><p>Your pain is high today.');
    expect(pacing).toContain('<p class="coach-label">Coach only</p>\n<p>Ask which activity matters most to them this week.</p>');
    expect(pacing).toContain('<li><span class="at">1:00</span>Breathe out slowly.</li>');
    expect(pacing).toContain('once per day for 7 days');
    const daily = page(archive, 'lessons/daily-check-in.html');
    expect(daily).toContain('Risk rule <code>mood-q2 &gt; 0</code>');
    expect(daily).toContain('<td><code>raised</code></td><td>Raised</td><td>3–6</td>');
  });

  it('escapes hostile text everywhere and links only to allowed protocols or its own pages', () => {
    const files = renderArchive(hostileBundle);
    for (const [path, text] of files) {
      expect(text, path).not.toMatch(/<script|<img|<style>body|="javascript:/i);
      expect(tagProblems(text), path).toEqual([]);
      for (const href of hrefs(text)) expect(href, path).toMatch(/^(?:https:\/\/|mailto:|tel:|#[a-z0-9-]+$|(?:\.\.\/)?(?:lessons\/)?[a-z0-9-]+\.html(?:#[a-z0-9-]+)?$)/);
    }
    const pacing = page(files, 'lessons/pacing-basics.html');
    expect(pacing).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(pacing).toContain('<span class="blocked-link"');
    expect(pacing).toContain('href="https://example.org/?q=&quot;&gt;&lt;script&gt;"');
    expect(pacing).toContain('<code>&lt;/code&gt;&lt;script&gt;</code>');
    expect(pacing).toContain('Shown only when <code>pain-now &gt;= 7 and &quot;&lt;/p&gt;&lt;script&gt;&quot; == &#39;x&#39;</code>');
    expect(page(files, 'index.html')).toContain('<strong>Call &lt;script&gt;');
  });

  it('escapes any label text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (label) => {
        const bundle = variant((copy) => {
          const pain = stepOf(copy, 'pacing-basics', 'why-pacing').blocks[1]!;
          if (pain.type === 'item') pain.label = `${label}${SCRIPT}`;
        });
        const text = page(renderArchive(bundle), 'lessons/pacing-basics.html');
        expect(text).not.toContain('<script');
        expect(text).toContain(`<p class="label">${label.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[char]};`)}&lt;script&gt;`);
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic: the same bundle gives the same bytes', () => {
    const again = renderArchive(structuredClone(baseBundle));
    expect([...again.entries()]).toEqual([...archive.entries()]);
    const reordered: Bundle = { ...baseBundle, lessons: [...baseBundle.lessons].reverse() };
    expect([...renderArchive(reordered).keys()]).toEqual([...archive.keys()]);
  });

  it('changes only what the content changed', () => {
    const changed = renderArchive(wordingChanged);
    expect(page(changed, 'lessons/pacing-basics.html')).toContain('can cause a flare-up');
    expect(page(changed, 'lessons/pacing-basics.html')).toContain(lessonOf(wordingChanged, 'pacing-basics').hash);
    expect(page(changed, 'lessons/safety-check.html')).toContain('version <code>1.1.0</code>');
  });

  it('refuses lesson ids that cannot be file names, and repeated ids', () => {
    const traversal = { ...baseBundle, lessons: [{ ...baseBundle.lessons[0]!, id: '../../etc/passwd' }] };
    expect(() => renderArchive(traversal)).toThrow('Lesson id "../../etc/passwd" is not kebab-case, so it cannot name an archive page');
    const twice = { ...baseBundle, lessons: [baseBundle.lessons[0]!, baseBundle.lessons[0]!] };
    expect(() => renderArchive(twice)).toThrow('Lesson id "daily-check-in" appears twice');
  });
});
