/**
 * The frame of every archive page: a strict Content Security Policy, inline
 * CSS, and the curriculum version and hashes in header and footer.
 *
 * @module
 */

import type { Bundle } from '@copekit/schema';
import { html, SafeHtml } from './html.js';
import { ARCHIVE_CSS } from './styles.js';

/** The Content Security Policy of every page: nothing loads, nothing runs. A constant without `"` or `<`, so it is inserted as is. */
export const ARCHIVE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** What a page shows besides its body. */
export interface PageOptions {
  bundle: Bundle;
  /** Page title, before the curriculum title. */
  title: string;
  /** Relative path to the archive root: `''` or `'../'`. */
  root: string;
  /** The lesson hash, on lesson pages. */
  lessonHash?: string;
  body: SafeHtml;
}

/** A complete HTML document. */
export function renderPage({ bundle, title, root, lessonHash, body }: PageOptions): string {
  const { curriculum } = bundle;
  const stamp = html`<dl class="stamp">
<dt>Curriculum</dt><dd><code>${curriculum.id}</code> version <code>${curriculum.version}</code></dd>
<dt>Bundle hash</dt><dd><code>${bundle.hash}</code></dd>
${lessonHash === undefined ? false : html`<dt>Lesson hash</dt><dd><code>${lessonHash}</code></dd>\n`}</dl>`;
  const page = html`<!DOCTYPE html>
<html lang="${curriculum.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${new SafeHtml(ARCHIVE_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@copekit/research">
<title>${title} · ${curriculum.title} ${curriculum.version}</title>
<style>
${new SafeHtml(ARCHIVE_CSS)}
</style>
</head>
<body>
<header class="archive-header">
<p><a href="${root}index.html">${curriculum.title}</a> · static archive</p>
${stamp}
</header>
<main>
${body}
</main>
<footer class="archive-footer">
<p>Static archive of <code>${curriculum.id}</code> version <code>${curriculum.version}</code>, bundle <code>${bundle.hash}</code>${lessonHash === undefined ? false : html`, lesson <code>${lessonHash}</code>`}.
Rendered from the compiled bundle by @copekit/research. Every branch is shown; this page runs no scripts and loads nothing from the network.</p>
</footer>
</body>
</html>
`;
  return page.value;
}
