import { describe, expect, it } from 'vitest';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { tagProblems } from '../../test/html-checks.js';
import { html } from './html.js';
import { ARCHIVE_CSP, renderPage } from './page.js';

describe('renderPage', () => {
  const page = renderPage({ bundle: baseBundle, title: 'T <1>', root: '../', lessonHash: 'sha256:abc', body: html`<p>body</p>` });

  it('declares the strict policy literally in the head', () => {
    expect(ARCHIVE_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${ARCHIVE_CSP}">`);
  });

  it('stamps version and hashes in header and footer, escapes the title and links home', () => {
    const [header, footer] = [page.split('<main>')[0]!, page.split('</main>')[1]!];
    for (const part of [header, footer]) {
      expect(part).toContain('<code>1.0.0</code>');
      expect(part).toContain(baseBundle.hash);
      expect(part).toContain('sha256:abc');
    }
    expect(page).toContain('<title>T &lt;1&gt; · Demo pain skills 1.0.0</title>');
    expect(page).toContain('<a href="../index.html">Demo pain skills</a>');
    expect(tagProblems(page)).toEqual([]);
  });

  it('leaves the lesson hash out when there is none', () => {
    expect(renderPage({ bundle: baseBundle, title: 'Index', root: '', body: html`` })).not.toContain('Lesson hash');
  });
});
