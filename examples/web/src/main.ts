/**
 * Entry point: wires the page to the compiled curriculum, browser storage
 * and the live regions, and loads the author tools in preview mode.
 *
 * @module
 */

import { bundle, messages, preview } from 'virtual:copekit/bundle';
import { createAnnouncer } from './announcer.js';
import { createApp } from './app/app.js';
import { el } from './render/dom.js';
import { browserStorage } from './storage.js';
import './styles.css';

const main = document.getElementById('main')!;
const announce = createAnnouncer(document.getElementById('status')!, document.getElementById('alert')!);
const { storage, persistent } = browserStorage();
const motion = window.matchMedia('(prefers-reduced-motion: reduce)');

if (bundle !== null) document.documentElement.lang = bundle.curriculum.locale;
if (!persistent) {
  document.querySelector('.site-header')?.append(el('p', { class: 'notice' }, 'This browser does not let the page keep your progress. Your answers will be lost when you close it.'));
}

const app = createApp({
  root: main,
  bundle,
  storage,
  announce,
  search: window.location.search,
  replaceSearch: (search) => window.history.replaceState(null, '', search),
  preview,
  reducedMotion: () => motion.matches,
});

// Answers that may start the safety flow wait for a button press; if the page
// closes first, send them anyway, so a risk answer is never lost.
window.addEventListener('pagehide', () => app.flush());

// `import.meta.hot` exists only on the dev server, so builds leave the author tools out.
if (preview && import.meta.hot) {
  const tools = document.getElementById('author-tools')!;
  void import('./preview/author-tools.js').then(({ mountAuthorTools }) => mountAuthorTools(app, { container: tools, messages, announce }));
}
