// @vitest-environment happy-dom
import type { SerializedMessage } from '@copekit/compiler';
import type { Session } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/support/shipped-bundle.js';
import type { App, AppState } from '../app/app.js';
import type { Replay } from '../app/replay.js';
import { mountAuthorTools } from './author-tools.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});
afterEach(() => document.body.replaceChildren());

function fakeApp(state: AppState) {
  const opened: unknown[] = [];
  let listener: ((replay: Replay) => void) | undefined;
  const app: App = {
    state: () => state,
    open: (lesson, options) => void opened.push({ lesson, ...options }),
    updateBundle: () => {},
    onReplay: (next) => void (listener = next),
    flush: () => {},
  };
  return { app, opened, replay: (replay: Replay) => listener!(replay) };
}

const warning: SerializedMessage = { reason: 'Reading grade 8 is above 6', ruleId: 'readability', severity: 'warning', file: 'sleep/better-sleep.mdx', line: 4, column: 1 };

describe('the author tools', () => {
  it('show the build summary and messages in a labelled panel outside main', () => {
    const container = document.createElement('div');
    document.body.append(container);
    mountAuthorTools(fakeApp({ params: { participant: 'preview', audience: 'participant' }, bundle }).app, { container, messages: [warning], announce: () => {} });
    const aside = container.querySelector('aside')!;
    expect(aside.getAttribute('aria-labelledby')).toBe('author-tools-title');
    expect(aside.querySelector('h2')!.textContent).toBe('Author preview');
    expect(aside.querySelector('.build-status')!.textContent).toBe('Built: 0 errors, 1 warning.');
    expect(aside.querySelector('.message-place')!.textContent).toBe('sleep/better-sleep.mdx:4:1');
  });

  it('select the current lesson and step, and open what the author picks', () => {
    const container = document.createElement('div');
    const { app, opened } = fakeApp({ params: { participant: 'preview', audience: 'coach', lesson: 'daily-check-in' }, bundle, step: 'activity' });
    mountAuthorTools(app, { container, messages: [], announce: () => {} });
    const value = (id: string) => container.querySelector<HTMLSelectElement>(`#${id}`)!.value;
    expect([value('pick-lesson'), value('pick-step'), value('pick-audience')]).toEqual(['daily-check-in', 'activity', 'coach']);
    container.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(opened).toEqual([{ lesson: 'daily-check-in', step: 'activity', audience: 'coach' }]);
  });

  it('list the placeholder answers of a jump, and say when the step was not reached', () => {
    const container = document.createElement('div');
    const fake = fakeApp({ params: { participant: 'preview', audience: 'participant' }, bundle });
    mountAuthorTools(fake.app, { container, messages: [], announce: () => {} });
    const session = {} as Session;
    fake.replay({ session, reached: true, answers: [{ item: 'pain-today', value: 0, placeholder: true }, { item: 'practised', value: 'no', placeholder: false }] });
    const note = container.querySelector('.replay-note')!;
    expect([...note.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['pain-today = 0']);
    fake.replay({ session, reached: false, answers: [] });
    expect(note.textContent).toBe('Could not reach that step; the session stops at the last step it could reach.');
  });
});
