// @vitest-environment happy-dom
import type { SessionRecord } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/support/shipped-bundle.js';
import type { Politeness } from '../announcer.js';
import { createRecordLog } from '../record-log.js';
import { createSnapshotStore, memoryStorage, snapshotKey, type KeyValueStorage } from '../storage.js';
import { createLessonRunner, type LessonRunner, type LessonRunnerOptions } from './lesson-runner.js';
import type { Replay } from './replay.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

let runner: LessonRunner | undefined;
afterEach(() => {
  runner?.stop();
  document.body.replaceChildren();
});

interface Harness {
  root: HTMLElement;
  storage: KeyValueStorage;
  announced: [string, Politeness][];
  replays: Replay[];
  records(): SessionRecord[];
  start(overrides?: Partial<LessonRunnerOptions>): LessonRunner;
}

function harness(lesson: string, storage: KeyValueStorage = memoryStorage()): Harness {
  const root = document.createElement('main');
  document.body.append(root);
  const announced: [string, Politeness][] = [];
  const replays: Replay[] = [];
  return {
    root,
    storage,
    announced,
    replays,
    records: () => createRecordLog(storage, 'p-1').read(),
    start(overrides = {}) {
      runner = createLessonRunner({
        bundle,
        lesson,
        participant: 'p-1',
        audience: 'participant',
        root,
        store: createSnapshotStore(storage),
        log: createRecordLog(storage, 'p-1'),
        announce: (message, politeness = 'polite') => void announced.push([message, politeness]),
        menuHref: './',
        reducedMotion: () => true,
        onReplay: (replay) => void replays.push(replay),
        ...overrides,
      });
      return runner;
    },
  };
}

const heading = (root: HTMLElement) => root.querySelector('h1')!.textContent;
function choose(root: HTMLElement, id: string): void {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const press = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find((button) => button.textContent === name)!.click();
const submit = (root: HTMLElement) => root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));

describe('the lesson runner', () => {
  it('starts a new session, focuses the step heading and titles the page', () => {
    const page = harness('daily-check-in');
    page.start();
    expect(heading(page.root)).toBe('Pain');
    expect(document.activeElement).toBe(page.root.querySelector('h1'));
    expect(document.title).toBe('Pain · Daily check-in · Copekit');
    expect(page.records().map((record) => record.type)).toEqual(['session.started', 'step.entered']);
  });

  it('saves the snapshot after every accepted event and appends records', () => {
    const page = harness('daily-check-in');
    const session = page.start().session()!;
    choose(page.root, 'item-pain-today__4');
    expect(JSON.parse(page.storage.getItem(snapshotKey('p-1', 'daily-check-in'))!)).toEqual(session.getSnapshot());
    submit(page.root);
    expect(heading(page.root)).toBe('Practice');
    expect(JSON.parse(page.storage.getItem(snapshotKey('p-1', 'daily-check-in'))!).state.step).toBe('practice');
    expect(page.records().map((record) => record.type)).toEqual(['session.started', 'step.entered', 'item.answered', 'step.entered']);
  });

  it('resumes a saved session at the same step with its answers', () => {
    const page = harness('daily-check-in');
    page.start();
    choose(page.root, 'item-pain-today__4');
    submit(page.root);
    choose(page.root, 'item-practised__1');
    runner!.stop();
    const again = harness('daily-check-in', page.storage);
    again.start();
    expect(heading(again.root)).toBe('Practice');
    expect(again.root.querySelector<HTMLInputElement>('#item-practised__1')!.checked).toBe(true);
  });

  it('refuses damaged saved progress, keeps it, and deletes it only when asked', () => {
    const page = harness('daily-check-in');
    page.storage.setItem(snapshotKey('p-1', 'daily-check-in'), 'not json');
    page.start();
    expect(heading(page.root)).toBe('We could not open your saved progress');
    expect(page.root.textContent).toContain('The saved progress is damaged.');
    expect(page.storage.getItem(snapshotKey('p-1', 'daily-check-in'))).toBe('not json');
    expect(runner!.session()).toBeNull();
    press(page.root, 'Start again and delete saved progress');
    expect(heading(page.root)).toBe('Pain');
    expect(page.storage.getItem(snapshotKey('p-1', 'daily-check-in'))).toBeNull();
  });

  it('explains a snapshot of changed content with the engine reason in the details', () => {
    const page = harness('daily-check-in');
    page.start();
    choose(page.root, 'item-pain-today__4');
    runner!.stop();
    const changed = structuredClone(bundle);
    changed.lessons.find((lesson) => lesson.id === 'daily-check-in')!.hash = `sha256:${'0'.repeat(64)}`;
    const again = harness('daily-check-in', page.storage);
    again.start({ bundle: changed });
    expect(heading(again.root)).toBe('We could not open your saved progress');
    expect(again.root.textContent).toContain('This lesson has changed since you saved your progress.');
    expect(again.root.querySelector('details')).not.toBeNull();
  });

  it('shows a page for an unknown lesson', () => {
    const page = harness('no-such-lesson');
    page.start();
    expect(heading(page.root)).toBe('Lesson not found');
    expect(page.root.querySelector('a')!.getAttribute('href')).toBe('./');
  });

  it('enters the safety flow on a risk answer with an urgent announcement, and returns', () => {
    const page = harness('weekly-mood');
    page.start();
    submit(page.root);
    choose(page.root, 'item-phq-2-q1__0');
    choose(page.root, 'item-phq-2-q2__0');
    submit(page.root);
    choose(page.root, 'item-self-harm-thoughts__1');
    expect(page.root.classList.contains('flow-safety')).toBe(false);
    submit(page.root);
    expect(heading(page.root)).toBe('Help is here');
    expect(page.root.classList.contains('flow-safety')).toBe(true);
    expect(page.announced).toContainEqual(['Help is here. Crisis phone numbers are on this screen.', 'assertive']);
    expect(page.records().map((record) => record.type)).toContain('safety.alert');
  });

  it('sends a held risk answer when the page closes (flush)', () => {
    const page = harness('weekly-mood');
    page.start();
    submit(page.root);
    choose(page.root, 'item-phq-2-q1__0');
    choose(page.root, 'item-phq-2-q2__0');
    submit(page.root);
    choose(page.root, 'item-self-harm-thoughts__1');
    runner!.flush();
    expect(page.records().map((record) => record.type)).toContain('safety.alert');
    expect(JSON.parse(page.storage.getItem(snapshotKey('p-1', 'weekly-mood'))!).state.safetyStep).toBe('get-help');
  });

  it('shows the pages for a left and a completed lesson', () => {
    const page = harness('daily-check-in');
    page.start();
    press(page.root, 'Save and exit');
    expect(heading(page.root)).toBe('You left this lesson');
    press(page.root, 'Resume the lesson');
    expect(heading(page.root)).toBe('Pain');
    runner!.jumpTo('done');
    submit(page.root);
    expect(heading(page.root)).toBe('Lesson complete');
    expect(document.activeElement).toBe(page.root.querySelector('h1'));
    press(page.root, 'Do this lesson again');
    expect(heading(page.root)).toBe('Pain');
  });

  it('announces once when storage refuses to save', () => {
    const storage = memoryStorage();
    const page = harness('daily-check-in', { ...storage, setItem: () => { throw new Error('QuotaExceededError'); } });
    page.start();
    choose(page.root, 'item-pain-today__1');
    choose(page.root, 'item-pain-today__2');
    expect(page.announced.filter(([message]) => message === 'Your progress could not be saved on this device.')).toHaveLength(1);
  });

  it('jumps to a step for authors and reports the placeholder answers', () => {
    const page = harness('daily-check-in');
    page.start().jumpTo('sleep');
    expect(heading(page.root)).toBe('Sleep');
    expect(page.replays[0]!.answers.map((answer) => answer.item)).toEqual(['pain-today', 'practised', 'practice-minutes', 'active-minutes']);
  });

  it('carries the session over to a recompiled bundle: restored when the lesson is unchanged, replayed to the same step when it changed', () => {
    const page = harness('daily-check-in');
    page.start();
    choose(page.root, 'item-pain-today__6');
    submit(page.root);
    runner!.replaceBundle(structuredClone(bundle));
    expect(heading(page.root)).toBe('Practice');
    expect(page.replays).toHaveLength(0);

    const changed = structuredClone(bundle);
    const lesson = changed.lessons.find((candidate) => candidate.id === 'daily-check-in')!;
    lesson.hash = `sha256:${'1'.repeat(64)}`;
    lesson.steps[1]!.title = 'Your practice';
    runner!.replaceBundle(changed);
    expect(heading(page.root)).toBe('Your practice');
    expect(page.replays).toHaveLength(1);
    expect(runner!.session()!.getSnapshot().state.answers['daily-check-in']).toEqual({ 'pain-today': 6 });
  });

  it('shows the lesson-not-found page when a recompiled bundle drops the lesson', () => {
    const page = harness('daily-check-in');
    page.start();
    runner!.replaceBundle({ ...bundle, lessons: bundle.lessons.filter((lesson) => lesson.id !== 'daily-check-in') });
    expect(heading(page.root)).toBe('Lesson not found');
  });
});
