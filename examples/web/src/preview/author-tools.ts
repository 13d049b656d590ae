/**
 * The author preview panel: compiler messages, the lesson and step picker,
 * and live updates. Each save in the curriculum folder recompiles it on the
 * dev server, which pushes the result here (Vite HMR custom event); the page
 * swaps in the new bundle at the same step, or keeps the last good lesson
 * while there are errors. Loaded only in preview mode.
 *
 * @module
 */

import type { SerializedMessage } from '@copekit/compiler';
import type { Announce } from '../announcer.js';
import type { App } from '../app/app.js';
import type { Replay } from '../app/replay.js';
import { el, replaceChildren } from '../render/dom.js';
import type { CompiledCurriculum } from '../../vite-plugin-copekit.js';
import { createMessagesPanel } from './messages-panel.js';
import { createPicker } from './picker.js';

/** Options of {@link mountAuthorTools}. */
export interface AuthorToolsOptions {
  /** Where the panel goes (outside `<main>`). */
  container: HTMLElement;
  /** Messages of the first build. */
  messages: readonly SerializedMessage[];
  announce: Announce;
}

/** Mounts the panel and listens for curriculum updates. */
export function mountAuthorTools(app: App, options: AuthorToolsOptions): void {
  const status = el('p', { class: 'build-status' });
  const panel = createMessagesPanel();
  const picker = createPicker((pick) => app.open(pick.lesson, { step: pick.step, audience: pick.audience }));
  const replayNote = el('div', { class: 'replay-note' });
  const refreshPicker = (): void => {
    const { bundle, params, step } = app.state();
    picker.refresh(bundle, { ...(params.lesson === undefined ? {} : { lesson: params.lesson }), ...(step === undefined ? {} : { step }), audience: params.audience });
  };
  replaceChildren(
    options.container,
    el('aside', { class: 'author-tools', 'aria-labelledby': 'author-tools-title' }, el('h2', { id: 'author-tools-title' }, 'Author preview'), status, panel.element, picker.element, replayNote),
  );
  status.textContent = `Built: ${panel.show(options.messages)}.`;
  refreshPicker();
  app.onReplay((replay) => showReplay(replayNote, replay));

  import.meta.hot?.on('copekit:update', (compiled: CompiledCurriculum) => {
    const summary = panel.show(compiled.messages);
    const kept = compiled.bundle === null ? ' The lesson shown is from the last build without errors.' : '';
    status.textContent = `Rebuilt at ${new Date().toLocaleTimeString()}: ${summary}.${kept}`;
    app.updateBundle(compiled.bundle);
    refreshPicker();
    options.announce(`Curriculum rebuilt: ${summary}.`);
  });
}

function showReplay(container: HTMLElement, replay: Replay): void {
  const placeholders = replay.answers.filter((answer) => answer.placeholder);
  replaceChildren(
    container,
    replay.reached ? null : el('p', { class: 'message-error' }, 'Could not reach that step; the session stops at the last step it could reach.'),
    placeholders.length === 0
      ? null
      : el(
          'div',
          {},
          el('p', {}, 'Placeholder answers given on the way (change them with Back):'),
          el('ul', {}, ...placeholders.map((answer) => el('li', {}, el('code', {}, answer.item), ` = ${JSON.stringify(answer.value)}`))),
        ),
  );
}
