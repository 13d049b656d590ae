/**
 * The page: the lesson list, or the lesson named in the URL. In the author
 * preview it also takes new bundles as the curriculum is saved, and jumps to
 * any lesson and step.
 *
 * @module
 */

import type { Audience, Clock } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import type { Announce } from '../announcer.js';
import { createRecordLog } from '../record-log.js';
import { replaceChildren } from '../render/dom.js';
import { lessonMenu } from '../render/lesson-menu.js';
import { programView } from '../render/program-view.js';
import { statusPage } from '../render/status-views.js';
import { createSnapshotStore, type KeyValueStorage, type SnapshotStore } from '../storage.js';
import { createLessonRunner, type LessonRunner } from './lesson-runner.js';
import { readParams, writeParams, type PageParams } from './page-url.js';
import { openProgram } from './program-store.js';
import type { Replay } from './replay.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The page's `<main>`. */
  root: HTMLElement;
  /** The compiled curriculum; `null` in the preview while it has errors. */
  bundle: Bundle | null;
  storage: KeyValueStorage;
  announce: Announce;
  /** The page URL's query string. */
  search: string;
  /** Writes the query string without reloading (`history.replaceState`). */
  replaceSearch(search: string): void;
  /** Author preview mode. */
  preview: boolean;
  reducedMotion(): boolean;
  /** The program's clock; `Date.now` when absent. */
  clock?: Clock;
  /** The participant's IANA time zone; the browser's when absent. */
  timeZone?: string;
}

/** Sessions run as part of the program are saved in the program's snapshot, not one by one. */
const programSessions: SnapshotStore = {
  load: () => ({ status: 'none' }),
  save: () => true,
  remove: () => undefined,
  inProgress: () => false,
};

/** Where the page is, for the author tools. */
export interface AppState {
  params: PageParams;
  bundle: Bundle | null;
  /** The current step id, when a lesson step is shown. */
  step?: string;
}

/** The page. */
export interface App {
  state(): AppState;
  /** Author preview: opens a lesson, at a step when given. */
  open(lesson: string, options?: { step?: string; audience?: Audience }): void;
  /** Author preview: a recompiled curriculum (`null` while it has errors: the page keeps the last good one). */
  updateBundle(bundle: Bundle | null): void;
  /** Calls `listener` after each author jump or live update with how the session got there. */
  onReplay(listener: (replay: Replay) => void): void;
  /** Sends held risk answers (the page is closing). */
  flush(): void;
}

/**
 * Shows the page for the current URL.
 *
 * @example
 * ```ts
 * createApp({ root: main, bundle, storage: localStorage, announce, search: location.search, replaceSearch: (s) => history.replaceState(null, '', s), preview: false, reducedMotion: () => false });
 * ```
 */
export function createApp(options: AppOptions): App {
  const defaultParticipant = options.preview ? 'preview' : 'demo';
  const store = createSnapshotStore(options.storage);
  let params = readParams(options.search, defaultParticipant);
  let bundle = options.bundle;
  let runner: LessonRunner | null = null;
  const replayListeners: ((replay: Replay) => void)[] = [];
  const menuHref = writeParams({ participant: params.participant, audience: params.audience }, defaultParticipant);

  const showPage = (page: HTMLElement, title: string): void => {
    replaceChildren(options.root, page);
    document.title = `${title} · Copekit`;
  };

  function start(step?: string): void {
    runner?.stop();
    runner = null;
    if (bundle === null) {
      showPage(statusPage({ title: 'The curriculum has errors', body: ['Fix the errors listed in the author panel. This page updates when you save.'], tone: 'alert' }), 'Curriculum errors');
      return;
    }
    const current = bundle;
    if (params.view === 'program') {
      startProgram(current);
      return;
    }
    if (params.lesson === undefined) {
      showPage(
        lessonMenu(current, {
          programHref: writeParams({ participant: params.participant, audience: params.audience, view: 'program' }, defaultParticipant),
          hrefFor: (lesson) => writeParams({ ...params, lesson }, defaultParticipant),
          inProgress: (lesson) => store.inProgress(params.participant, lesson),
        }),
        current.curriculum.title,
      );
      return;
    }
    runner = createLessonRunner({
      bundle: current,
      lesson: params.lesson,
      participant: params.participant,
      audience: params.audience,
      ...(params.region === undefined ? {} : { region: params.region }),
      root: options.root,
      store,
      log: createRecordLog(options.storage, params.participant),
      announce: options.announce,
      menuHref,
      reducedMotion: options.reducedMotion,
      onReplay: (replay) => replayListeners.forEach((listener) => listener(replay)),
    });
    if (step !== undefined) runner.jumpTo(step);
  }

  /** The program page, or a lesson run as part of the program. */
  function startProgram(current: Bundle): void {
    const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const opened = openProgram({ bundle: current, storage: options.storage, participant: params.participant, timeZone, ...(options.clock === undefined ? {} : { clock: options.clock }) });
    if ('problem' in opened) {
      const again = (): void => {
        opened.startOver();
        start();
      };
      showPage(statusPage({ title: 'Your program could not be restored', body: [opened.problem, 'You can start the program again from the beginning.'], actions: [{ label: 'Start again', run: again }], tone: 'alert' }), 'Program');
      return;
    }
    const { program, save } = opened;
    const programHref = writeParams({ participant: params.participant, audience: params.audience, view: 'program' }, defaultParticipant);
    const lesson = params.lesson;
    if (lesson === undefined) {
      const render = (): void => {
        const onPractised = (skill: string): void => {
          const result = program.logPractice({ skill });
          options.announce(result.accepted ? 'Practice saved. Well done.' : result.message);
          render();
        };
        showPage(programView(program, { hrefFor: (id) => writeParams({ ...params, lesson: id }, defaultParticipant), onPractised }), 'Your program');
      };
      render();
      return;
    }
    const result = lesson === current.curriculum.program.checkIn ? program.openCheckIn() : program.openSession(lesson);
    if (!result.accepted) {
      showPage(statusPage({ title: 'This is not open yet', body: [result.message], menuHref: programHref }), 'Not open yet');
      return;
    }
    save();
    result.session.subscribe(() => void save());
    runner = createLessonRunner({
      bundle: current,
      lesson,
      participant: params.participant,
      audience: params.audience,
      root: options.root,
      store: programSessions,
      log: createRecordLog(options.storage, params.participant),
      announce: options.announce,
      menuHref: programHref,
      reducedMotion: options.reducedMotion,
      createSession: () => result.session,
    });
  }

  start(options.preview ? params.step : undefined);

  return {
    state() {
      const frame = runner?.session()?.getFrame();
      return { params, bundle, ...(frame?.step == null ? {} : { step: frame.step.id }) };
    },
    open(lesson, { step, audience } = {}) {
      params = { participant: params.participant, audience: audience ?? params.audience, lesson, ...(params.region === undefined ? {} : { region: params.region }) };
      options.replaceSearch(writeParams({ ...params, ...(step === undefined ? {} : { step }) }, defaultParticipant));
      start(step);
    },
    updateBundle(next) {
      if (next === null) return;
      const hadBundle = bundle !== null;
      bundle = next;
      if (runner !== null && hadBundle) runner.replaceBundle(next);
      else start();
    },
    onReplay: (listener) => void replayListeners.push(listener),
    flush: () => runner?.flush(),
  };
}
