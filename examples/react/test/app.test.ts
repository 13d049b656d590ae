// @vitest-environment happy-dom
/**
 * The React example's components over the shipped curriculum (compiled with
 * the web example's test helper), rendered with react-dom in happy-dom.
 */
import type { Bundle } from '@copekit/react';
import { act, createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { shippedBundle } from '../../web/test/support/shipped-bundle.js';
import { App } from '../app/App.js';
import { snapshotKey } from '../app/storage.js';
import { button, byLabel, click, heading, renderApp, typeAndLeave, type Rendered } from './render.js';

let bundle: Bundle;
let rendered: Rendered | undefined;
beforeAll(async () => {
  bundle = await shippedBundle();
});
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

function show(lesson: string, storage = memoryStorage()) {
  rendered?.unmount();
  rendered = renderApp(createElement(App, { bundle, lesson, participant: 'p-1', storage }));
  return storage;
}
const saved = (storage: ReturnType<typeof memoryStorage>, lesson: string) => JSON.parse(storage.values.get(snapshotKey('p-1', lesson))!).state;

describe('the React example', () => {
  it('runs the daily check-in, focusing each step heading and saving after every answer', () => {
    const storage = show('daily-check-in');
    expect(heading()).toBe('Pain');
    expect(document.activeElement).toBe(document.querySelector('h1'));
    click(byLabel('5'));
    expect(saved(storage, 'daily-check-in').answers['daily-check-in']).toEqual({ 'pain-today': 5 });
    click(button('Continue'));
    expect(heading()).toBe('Practice');
    expect(document.activeElement).toBe(document.querySelector('h1'));
    click(byLabel('Yes'));
    typeAndLeave(byLabel('About how many minutes did you practise in total?'), '20');
    click(button('Continue'));
    expect(heading()).toBe('Activity');
    expect(saved(storage, 'daily-check-in').answers['daily-check-in']).toEqual({ 'pain-today': 5, practised: 'yes', 'practice-minutes': 20 });
  });

  it('marks unanswered questions, announces them and focuses the first', () => {
    show('daily-check-in');
    click(button('Continue'));
    expect(document.querySelector('[role="status"]')!.textContent).toBe('Please answer: How strong was your pain today, on average?');
    expect(document.querySelector('[role="radiogroup"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('.field-error')!.textContent).toBe('Please answer this question.');
    expect(document.activeElement!.id).toBe('pain-today-0');
  });

  it('resumes saved progress, and refuses damaged progress until the participant starts over', () => {
    const storage = show('daily-check-in');
    click(byLabel('3'));
    click(button('Continue'));
    show('daily-check-in', storage);
    expect(heading()).toBe('Practice');
    click(button('Back'));
    expect(byLabel('3').checked).toBe(true);

    storage.values.set(snapshotKey('p-1', 'daily-check-in'), '{damaged');
    // React logs the error the boundary caught; keep the test output clean.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    show('daily-check-in', storage);
    logged.mockRestore();
    expect(heading()).toBe('We could not open your saved progress');
    expect(storage.values.get(snapshotKey('p-1', 'daily-check-in'))).toBe('{damaged');
    click(button('Start again and delete saved progress'));
    expect(heading()).toBe('Pain');
    expect(storage.values.has(snapshotKey('p-1', 'daily-check-in'))).toBe(false);
  });

  it('leaves and resumes a lesson, and completes it', () => {
    const storage = show('daily-check-in');
    click(byLabel('2'));
    click(button('Save and exit'));
    expect(heading()).toBe('You left this lesson');
    expect(saved(storage, 'daily-check-in').status).toBe('exited');
    show('daily-check-in', storage);
    click(button('Resume the lesson'));
    expect(heading()).toBe('Pain');
    click(button('Continue'));
    click(byLabel('No'));
    click(button('Continue'));
    typeAndLeave(byLabel('About how many minutes were you up and active today, like walking or chores?'), '30');
    click(button('Continue'));
    click(byLabel('7'));
    click(button('Continue'));
    expect(document.body.textContent).toContain('There is always tomorrow.');
    click(button('Finish'));
    expect(heading()).toBe('Lesson complete');
    expect(document.activeElement).toBe(document.querySelector('h1'));
    expect(saved(storage, 'daily-check-in').status).toBe('completed');
  });

  it('sends a held risk answer when going back, so it is never lost', () => {
    show('weekly-mood');
    click(button('Continue'));
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[value="0"]')) click(radio);
    click(button('Continue'));
    click(byLabel('Yes'));
    click(button('Back'));
    expect(heading()).toBe('Help is here');
  });

  it('holds a risk answer until Continue, then shows the crisis resources', () => {
    show('weekly-mood');
    click(button('Continue'));
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[value="0"]')) click(radio);
    click(button('Continue'));
    click(byLabel('Yes'));
    expect(heading()).toBe('A few more questions');
    click(button('Continue'));
    expect(heading()).toBe('Help is here');
    expect(document.querySelector('.step.safety')).not.toBeNull();
    expect([...document.querySelectorAll('.crisis a')].map((link) => link.getAttribute('href'))).toContain('tel:988');
  });

  it('runs a practice with a timer from the session clock', async () => {
    show('pain-and-relaxation');
    while (heading() !== 'Muscle relaxation') {
      for (const group of document.querySelectorAll('[role="radiogroup"]')) if (group.querySelector('input:checked') === null) click(group.querySelector('input')!);
      click(button('Continue'));
    }
    expect(document.querySelector('[role="timer"]')!.textContent).toBe('0:00');
    click(button('Start practice'));
    expect(document.querySelector('[aria-live="polite"]')!.textContent).toBe('Find a comfortable seat. Let the chair hold your weight.');
    await act(() => new Promise((resolve) => setTimeout(resolve, 1_300)));
    expect(document.querySelector('[role="timer"]')!.textContent).toBe('0:01');
    click(button('Finish practice'));
    expect(button('Practise again')).toBeDefined();
  });
});
