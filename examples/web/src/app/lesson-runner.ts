/**
 * Runs one lesson on the page: creates or restores the session, renders each
 * frame, saves the snapshot after every accepted event, appends records to
 * the log, ticks running practices, and handles the pages around the steps
 * (completed, left, cannot restore).
 *
 * @module
 */

import { createSession, SessionError, SnapshotError, type Audience, type DeliveryMode, type Frame, type SendResult, type Session, type SessionEvent, type SessionOptions } from '@copekit/engine';
import { riskItems } from '@copekit/engine/frames';
import type { Bundle } from '@copekit/schema';
import type { Announce } from '../announcer.js';
import type { RecordLog } from '../record-log.js';
import { replaceChildren } from '../render/dom.js';
import { createStepView, stepHeading, stepKey, type StepFrame, type StepView } from '../render/step-view.js';
import type { ViewContext } from '../render/view-types.js';
import type { SnapshotStore } from '../storage.js';
import { cannotRestorePage, completedPage, exitedPage, notFoundPage, restoreProblem, type LessonPage } from './lesson-pages.js';
import { createPracticeTicker } from './practice-ticker.js';
import { replayTo, type Replay } from './replay.js';

/** Options of {@link createLessonRunner}. */
export interface LessonRunnerOptions {
  bundle: Bundle;
  lesson: string;
  participant: string;
  audience: Audience;
  region?: string;
  /** Where pages are rendered (the page's `<main>`). */
  root: HTMLElement;
  store: SnapshotStore;
  log: RecordLog;
  announce: Announce;
  /** Link to the lesson list. */
  menuHref: string;
  reducedMotion(): boolean;
  /** Called after an author jump or a live curriculum update ran the session to a step. */
  onReplay?(replay: Replay): void;
  /** Creates the session; `createSession` on the bundle by default (the program page passes the program's session). */
  createSession?(options: SessionOptions): Session;
}

/** A running lesson. */
export interface LessonRunner {
  /** The session, or `null` while a page without one is shown (cannot restore, unknown lesson). */
  session(): Session | null;
  /** Author preview: runs a new session to `step`, keeping the current answers where they fit. */
  jumpTo(step: string): void;
  /** Author preview: carries the session over to a recompiled bundle, at the same step. */
  replaceBundle(bundle: Bundle): void;
  /** Sends held risk answers (the page is closing). */
  flush(): void;
  /** Stops ticking and listening. */
  stop(): void;
}

/**
 * Starts the lesson: resumes the saved session when there is one, shows
 * what is wrong when it cannot (and starts over only when asked), or starts
 * a new session.
 */
export function createLessonRunner(options: LessonRunnerOptions): LessonRunner {
  let bundle = options.bundle;
  let session: Session | null = null;
  let unsubscribe: (() => void) | undefined;
  let view: { key: string; step: StepView } | undefined;
  let lastFlow: Frame['flow'] = 'lesson';
  let warnedStorage = false;
  let risky = riskItems(bundle, options.lesson);
  const { participant, lesson } = options;
  const ticker = createPracticeTicker(() => session?.tick());
  const create = (sessionOptions: SessionOptions): Session => (options.createSession ?? ((given) => createSession(bundle, given)))(sessionOptions);

  const sessionOptions = (mode: DeliveryMode, snapshot?: unknown) => ({
    lesson,
    participant,
    mode,
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(snapshot === undefined ? {} : { snapshot }),
  });
  const requestedMode: DeliveryMode = options.audience === 'coach' ? 'guided' : 'self-directed';

  const context: ViewContext = {
    send,
    isRisk: (item) => risky.has(item),
    announce: options.announce,
    audience: options.audience,
    reducedMotion: options.reducedMotion,
  };

  function send(event: SessionEvent): SendResult {
    if (session === null) return { accepted: false, reason: 'not-allowed-now', message: 'No session is running.' };
    const result = session.send(event);
    if (result.accepted) save();
    return result;
  }

  function save(): void {
    if (session === null) return;
    if (!options.store.save(participant, lesson, session.getSnapshot()) && !warnedStorage) {
      warnedStorage = true;
      options.announce('Your progress could not be saved on this device.');
    }
  }

  function attach(next: Session): void {
    unsubscribe?.();
    session = next;
    for (const record of next.getRecords()) options.log.append(record);
    const frames = next.subscribe(render, { audience: options.audience });
    const records = next.onRecord((record) => options.log.append(record));
    unsubscribe = () => {
      frames.unsubscribe();
      records.unsubscribe();
    };
    view = undefined;
    render(next.getFrame({ audience: options.audience }));
  }

  function show({ page, title }: LessonPage): void {
    view?.step.dispose();
    view = undefined;
    ticker.stop();
    options.root.classList.remove('flow-safety');
    replaceChildren(options.root, page);
    document.title = `${title} · Copekit`;
    page.querySelector('h1')?.focus();
  }

  function render(frame: Frame): void {
    ticker.sync(frame);
    if (frame.status === 'completed' || frame.step === null) show(completedPage(frame, options.menuHref, startOver));
    else if (frame.status === 'exited') show(exitedPage(frame, options.menuHref, () => void send({ type: 'resume' })));
    else renderStep(frame as StepFrame);
  }

  function renderStep(frame: StepFrame): void {
    const key = stepKey(frame);
    if (view !== undefined && view.key === key) {
      view.step.update(frame);
      return;
    }
    view?.step.dispose();
    const step = createStepView(frame, context);
    view = { key, step };
    options.root.classList.toggle('flow-safety', frame.flow === 'safety');
    replaceChildren(options.root, step.element);
    document.title = `${stepHeading(frame)} · ${frame.lesson.title} · Copekit`;
    window.scrollTo({ top: 0, behavior: options.reducedMotion() ? 'instant' : 'smooth' });
    step.focusHeading();
    if (frame.flow === 'safety' && lastFlow === 'lesson') options.announce('Help is here. Crisis phone numbers are on this screen.', 'assertive');
    if (frame.flow === 'lesson' && lastFlow === 'safety') options.announce('Back to your lesson.');
    lastFlow = frame.flow;
  }

  function startOver(): void {
    options.store.remove(participant, lesson);
    begin(() => create(sessionOptions(requestedMode)));
  }

  /** Creates a session, or shows why it cannot be. */
  function begin(make: () => Session): void {
    try {
      attach(make());
    } catch (error) {
      session = null;
      if (error instanceof SnapshotError) show(cannotRestorePage(restoreProblem(error), options.menuHref, startOver, error.message));
      else if (error instanceof SessionError && error.code === 'unknown-lesson') show(notFoundPage(lesson, options.menuHref));
      else throw error;
    }
  }

  function replay(target: string, create: (snapshot?: unknown) => Session, earlier: Session | null): void {
    const answers = earlier?.getSnapshot().state.answers[lesson] ?? {};
    const result = replayTo(create, target, answers);
    attach(result.session);
    save();
    options.onReplay?.(result);
  }

  const saved = options.store.load(participant, lesson);
  if (saved.status === 'unreadable') show(cannotRestorePage(saved.problem, options.menuHref, startOver));
  else if (saved.status === 'saved') begin(() => create(sessionOptions(savedMode(saved.snapshot) ?? requestedMode, saved.snapshot)));
  else begin(() => create(sessionOptions(requestedMode)));

  return {
    session: () => session,
    jumpTo(step) {
      const mode = session?.mode ?? requestedMode;
      replay(step, (snapshot) => create(sessionOptions(mode, snapshot)), session);
    },
    replaceBundle(next) {
      const previous = session;
      bundle = next;
      risky = riskItems(bundle, lesson);
      if (previous === null) {
        begin(() => create(sessionOptions(requestedMode)));
        return;
      }
      const snapshot = previous.getSnapshot();
      const factory = (restore?: unknown) => create(sessionOptions(previous.mode, restore));
      try {
        attach(factory(snapshot));
      } catch (error) {
        if (!(error instanceof SnapshotError)) {
          begin(() => factory());
          return;
        }
        replay(snapshot.state.step, factory, previous);
      }
    },
    flush: () => view?.step.flush(),
    stop() {
      ticker.stop();
      unsubscribe?.();
      view?.step.dispose();
    },
  };
}

function savedMode(snapshot: unknown): DeliveryMode | undefined {
  const mode = (snapshot as { mode?: unknown }).mode;
  return mode === 'guided' || mode === 'self-directed' ? mode : undefined;
}
