// @vitest-environment happy-dom
import type { Bundle } from '@copekit/schema';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/support/shipped-bundle.js';
import { memoryStorage } from '../storage.js';
import { createApp, type AppOptions } from './app.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});
afterEach(() => document.body.replaceChildren());

function start(overrides: Partial<AppOptions> = {}) {
  const root = document.createElement('main');
  document.body.append(root);
  const searches: string[] = [];
  const app = createApp({
    root,
    bundle,
    storage: memoryStorage(),
    announce: () => {},
    search: '',
    replaceSearch: (search) => void searches.push(search),
    preview: false,
    reducedMotion: () => true,
    ...overrides,
  });
  return { app, root, searches };
}
const heading = (root: HTMLElement) => root.querySelector('h1')!.textContent;

describe('the page', () => {
  it('lists the lessons when the URL names none, linking with the participant kept', () => {
    const { root, app } = start({ search: '?participant=p-9' });
    expect(heading(root)).toBe(bundle.curriculum.title);
    expect(root.querySelector('a[href="?lesson=daily-check-in&participant=p-9"]')).not.toBeNull();
    expect(app.state()).toEqual({ params: { participant: 'p-9', audience: 'participant' }, bundle });
  });

  it('runs the lesson the URL names, and reports its step', () => {
    const { root, app } = start({ search: '?lesson=daily-check-in' });
    expect(heading(root)).toBe('Pain');
    expect(app.state().step).toBe('pain');
  });

  it('shows coach notes to coaches', () => {
    const { root } = start({ search: '?lesson=daily-check-in&audience=coach' });
    expect(root.querySelector('.coach-note')).not.toBeNull();
    const participant = start({ search: '?lesson=daily-check-in' });
    expect(participant.root.querySelector('.coach-note')).toBeNull();
  });

  it('ignores the step parameter outside the preview', () => {
    const { root } = start({ search: '?lesson=daily-check-in&step=sleep' });
    expect(heading(root)).toBe('Pain');
  });
});

describe('the page in preview', () => {
  it('jumps to the step in the URL, as the preview participant', () => {
    const { root, app } = start({ search: '?lesson=daily-check-in&step=sleep', preview: true });
    expect(heading(root)).toBe('Sleep');
    expect(app.state().params.participant).toBe('preview');
  });

  it('opens a lesson at a step, writing the URL without reloading', () => {
    const { root, app, searches } = start({ preview: true });
    const replays: string[] = [];
    app.onReplay((replay) => void replays.push(replay.session.lesson));
    app.open('weekly-mood', { step: 'pain', audience: 'coach' });
    expect(heading(root)).toBe('Pain');
    expect(searches).toEqual(['?lesson=weekly-mood&step=pain&audience=coach']);
    expect(app.state()).toMatchObject({ params: { lesson: 'weekly-mood', audience: 'coach' }, step: 'pain' });
    expect(replays).toEqual(['weekly-mood']);
  });

  it('says the curriculum has errors until a bundle arrives, and keeps the last good one after', () => {
    const { root, app } = start({ preview: true, bundle: null, search: '?lesson=daily-check-in' });
    expect(heading(root)).toBe('The curriculum has errors');
    app.updateBundle(bundle);
    expect(heading(root)).toBe('Pain');
    app.updateBundle(null);
    expect(heading(root)).toBe('Pain');
    expect(app.state().bundle).toBe(bundle);
  });

  it('refreshes the lesson list with a new bundle', () => {
    const { root, app } = start({ preview: true });
    const renamed = structuredClone(bundle);
    renamed.curriculum.title = 'Renamed program';
    app.updateBundle(renamed);
    expect(heading(root)).toBe('Renamed program');
  });
});
