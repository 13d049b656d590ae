/**
 * The static archive of a bundle: an index and one page per lesson.
 *
 * @module
 */

import type { Bundle } from '@copekit/schema';
import { compareIds } from '../json/canonical-json.js';
import { renderIndexPage } from './index-page.js';
import { renderLessonPage } from './lesson-page.js';
import { renderContext } from './render-context.js';

const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Renders a bundle as a static, self-contained HTML site for the trial
 * record: `index.html` and `lessons/<id>.html`, keyed by relative path. Every
 * block is shown with all branches visible; every page carries the
 * curriculum version and the bundle hash (lesson pages also the lesson hash);
 * pages have no scripts and load nothing (a strict Content Security Policy).
 * The same bundle always gives the same bytes.
 *
 * @throws {Error} when a lesson id cannot be a file name (ids must be kebab-case) or repeats.
 *
 * @example
 * ```ts
 * import { renderArchive } from '@copekit/research';
 *
 * const files = renderArchive(bundle);
 * files.get('index.html');              // the curriculum overview
 * files.get('lessons/pacing-basics.html');
 * ```
 */
export function renderArchive(bundle: Bundle): Map<string, string> {
  const seen = new Set<string>();
  for (const lesson of bundle.lessons) {
    if (!FILE_ID.test(lesson.id)) throw new Error(`Lesson id ${JSON.stringify(lesson.id)} is not kebab-case, so it cannot name an archive page; fix the id in the lesson's front matter and rebuild the bundle.`);
    if (seen.has(lesson.id)) throw new Error(`Lesson id "${lesson.id}" appears twice in the bundle; rebuild it with the compiler.`);
    seen.add(lesson.id);
  }
  const files = new Map<string, string>();
  files.set('index.html', renderIndexPage(renderContext(bundle, '')));
  const lessonContext = renderContext(bundle, '../');
  for (const lesson of [...bundle.lessons].sort((a, b) => compareIds(a.id, b.id))) files.set(`lessons/${lesson.id}.html`, renderLessonPage(lesson, lessonContext));
  return files;
}
