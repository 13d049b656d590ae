/**
 * End-to-end tests of the built web example in headless Chromium: the shipped
 * curriculum is compiled and the site built once with Vite's `build()`,
 * served from 127.0.0.1, and driven with playwright-core.
 */
import type { SessionRecord, SessionSnapshot } from '@copekit/engine';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordsKey } from '../src/record-log.js';
import { snapshotKey } from '../src/storage.js';
import { axeViolations } from './support/axe.js';
import { useBuiltSite } from './support/built-site-page.js';
import { answerAndContinue, focusedId, heading, stored, tabTo, waitForHeading } from './support/lesson-driver.js';

const { open, url } = useBuiltSite();

const answersOf = async (page: Page, lesson: string): Promise<Record<string, unknown>> => {
  const snapshot = await stored<SessionSnapshot>(page, snapshotKey('demo', lesson));
  return snapshot?.state.answers[lesson] ?? {};
};
const recordTypes = async (page: Page): Promise<string[]> => ((await stored<SessionRecord[]>(page, recordsKey('demo'))) ?? []).map((record) => record.type);

describe('the web example', () => {
  it('completes the daily check-in by keyboard alone, focusing each new step heading', async () => {
    const page = await open('?lesson=daily-check-in');
    const keys = page.keyboard;
    expect(await heading(page)).toBe('Pain');
    expect(await focusedId(page)).toBe('step-title');

    await keys.press('Tab');
    expect(await focusedId(page)).toBe('item-pain-today__0');
    await keys.press('Space');
    for (let count = 0; count < 3; count += 1) await keys.press('ArrowRight');
    await keys.press('Enter');
    await waitForHeading(page, 'Practice');
    expect(await focusedId(page)).toBe('step-title');

    await keys.press('Tab');
    await keys.press('Space');
    await page.locator('#item-practice-minutes').waitFor();
    await keys.press('Tab');
    expect(await focusedId(page)).toBe('item-practice-minutes');
    await keys.type('20');
    await keys.press('Enter');
    await waitForHeading(page, 'Activity');

    await keys.press('Tab');
    expect(await focusedId(page)).toBe('item-active-minutes');
    await keys.type('45');
    await keys.press('Enter');
    await waitForHeading(page, 'Sleep');

    await keys.press('Tab');
    await keys.press('Space');
    for (let count = 0; count < 6; count += 1) await keys.press('ArrowRight');
    await keys.press('Enter');
    await waitForHeading(page, 'Thank you');
    expect(await focusedId(page)).toBe('step-title');

    await tabTo(page, 'Finish');
    await keys.press('Enter');
    await waitForHeading(page, 'Lesson complete');
    expect(await answersOf(page, 'daily-check-in')).toEqual({ 'pain-today': 3, practised: 'yes', 'practice-minutes': 20, 'active-minutes': 45, 'sleep-quality': 6 });
    expect(await recordTypes(page)).toContain('lesson.completed');
  });

  it('shows errors inline, announces them and focuses the first question to fix', async () => {
    const page = await open('?lesson=daily-check-in');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.locator('#item-pain-today__error').innerText()).toBe('Please answer this question.');
    expect(await page.locator('#item-pain-today').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#item-pain-today').getAttribute('aria-describedby')).toContain('item-pain-today__error');
    expect(await focusedId(page)).toBe('item-pain-today__0');
    await expect.poll(() => page.locator('#status').innerText()).toBe('Please answer: How strong was your pain today, on average?');

    await page.locator('#item-pain-today__2').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#item-practised__0').check();
    await page.locator('#item-practice-minutes').fill('999');
    await page.locator('#item-practice-minutes').press('Tab');
    await expect.poll(() => page.locator('#item-practice-minutes__error').innerText()).toBe('Enter a whole number from 0 to 300 (minutes).');
    expect(await answersOf(page, 'daily-check-in')).toEqual({ 'pain-today': 2, practised: 'yes' });
  });

  it('saves after every answer and resumes after a reload with answers intact', async () => {
    const page = await open('?lesson=daily-check-in');
    await page.locator('#item-pain-today__7').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#item-practised__0').check();
    await page.locator('#item-practice-minutes').fill('15');
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForHeading(page, 'Activity');
    await page.locator('#item-active-minutes').fill('30');
    await page.locator('#item-active-minutes').press('Tab');
    await expect.poll(() => answersOf(page, 'daily-check-in')).toEqual({ 'pain-today': 7, practised: 'yes', 'practice-minutes': 15, 'active-minutes': 30 });

    await page.reload();
    await waitForHeading(page, 'Activity');
    expect(await page.locator('#item-active-minutes').inputValue()).toBe('30');
    await page.getByRole('button', { name: 'Back' }).click();
    await waitForHeading(page, 'Practice');
    expect(await page.locator('#item-practised__0').isChecked()).toBe(true);
    expect(await page.locator('#item-practice-minutes').inputValue()).toBe('15');
    await page.getByRole('button', { name: 'Back' }).click();
    await waitForHeading(page, 'Pain');
    expect(await page.locator('#item-pain-today__7').isChecked()).toBe(true);
  });

  it('leaves a lesson and resumes it by keyboard, and the lesson list marks it in progress', async () => {
    const page = await open('?lesson=daily-check-in');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, 'Save and exit');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'You left this lesson');
    expect(await focusedId(page)).toBe('');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await recordTypes(page)).toContain('session.exited');

    await page.goto(url());
    await waitForHeading(page, 'Coping skills for chronic pain');
    expect(await page.locator('a[href="?lesson=daily-check-in"]').locator('..').innerText()).toContain('in progress');
    expect(await page.locator('main section.crisis').getByRole('link', { name: 'Call 988', exact: true }).getAttribute('href')).toBe('tel:988');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${url()}?lesson=daily-check-in`);
    await waitForHeading(page, 'You left this lesson');
    await tabTo(page, 'Resume the lesson');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Pain');
    expect(await page.locator('#item-pain-today__0').isChecked()).toBe(true);
  });

  it('shows coach notes and instrument scores in the coach view', async () => {
    const page = await open('?lesson=weekly-mood&audience=coach');
    await answerAndContinue(page);
    await waitForHeading(page, 'Mood');
    await page.locator('#item-phq-2-q1__2').check();
    await page.locator('#item-phq-2-q2__2').check();
    await expect.poll(() => page.locator('.instrument-score').innerText()).toContain('Score 4');
    await answerAndContinue(page);
    await waitForHeading(page, 'A few more questions');
    expect(await page.locator('.coach-note').first().innerText()).toContain('For the coach');
    expect(await page.locator('#item-phq-9-q1').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses damaged saved progress and deletes it only when the participant agrees', async () => {
    const page = await open('?lesson=daily-check-in');
    const key = snapshotKey('demo', 'daily-check-in');
    await page.evaluate((name) => localStorage.setItem(name, '{"lesson": "daily-check-in", "participant": "demo", "state": '), key);
    await page.reload();
    await waitForHeading(page, 'We could not open your saved progress');
    expect(await page.locator('main').innerText()).toContain('The saved progress is damaged.');
    expect(await page.evaluate((name) => localStorage.getItem(name), key)).not.toBeNull();

    await page.getByRole('button', { name: 'Start again and delete saved progress' }).click();
    await waitForHeading(page, 'Pain');
    expect(await page.evaluate((name) => localStorage.getItem(name), key)).toBeNull();
  });

  it('runs the safety flow from the weekly mood risk answer: crisis screen with 988, alert record, return', async () => {
    const page = await open('?lesson=weekly-mood');
    await answerAndContinue(page);
    await waitForHeading(page, 'Mood');
    await answerAndContinue(page);
    await waitForHeading(page, 'A few more questions');

    await page.getByLabel('Yes').check();
    expect(await heading(page)).toBe('A few more questions');
    expect(await recordTypes(page)).not.toContain('safety.alert');
    await page.getByRole('button', { name: 'Continue' }).click();

    await waitForHeading(page, 'Help is here');
    expect(await page.locator('main.flow-safety').count()).toBe(1);
    const crisis = page.locator('main section.crisis');
    expect(await crisis.getByRole('link', { name: 'Call 988', exact: true }).getAttribute('href')).toBe('tel:988');
    expect(await crisis.innerText()).toContain('This program is not a crisis service.');
    await expect.poll(() => page.locator('#alert').innerText()).toBe('Help is here. Crisis phone numbers are on this screen.');
    expect(await recordTypes(page)).toContain('safety.alert');
    expect(await axeViolations(page)).toEqual([]);

    for (const title of ['A few questions', 'A few questions', 'A few questions', 'A few questions', 'What to do now', 'Keep these numbers close']) {
      await answerAndContinue(page);
      await waitForHeading(page, title);
    }
    await page.getByRole('button', { name: 'I have the numbers. Go back' }).click();
    await waitForHeading(page, 'A few more questions');
    expect(await page.locator('main.flow-safety').count()).toBe(0);
    expect(await recordTypes(page)).toContain('safety.acknowledged');
  });

  it('has no axe-core violations on any step of a session lesson, the practice screen running, or the end', async () => {
    const page = await open('?lesson=pain-and-relaxation');
    const seen: string[] = [];
    for (let step = 0; step < 12; step += 1) {
      const title = await heading(page);
      seen.push(title);
      expect({ step: title, violations: await axeViolations(page) }).toEqual({ step: title, violations: [] });
      if (title === 'Muscle relaxation') {
        await page.getByRole('button', { name: 'Start practice' }).click();
        await page.waitForFunction(() => document.querySelector('.timer')?.textContent === '0:01');
        expect({ step: 'practice running', violations: await axeViolations(page) }).toEqual({ step: 'practice running', violations: [] });
      }
      await answerAndContinue(page);
      await page.waitForFunction((previous) => document.querySelector('main h1')?.textContent !== previous, title);
    }
    expect(seen).toHaveLength(12);
    expect(await heading(page)).toBe('Lesson complete');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('runs a practice with a visible timer and cues, and stops motion when reduced motion is asked for', async () => {
    const page = await open('?lesson=pain-and-relaxation');
    while ((await heading(page)) !== 'Muscle relaxation') {
      const title = await heading(page);
      await answerAndContinue(page);
      await page.waitForFunction((previous) => document.querySelector('main h1')?.textContent !== previous, title);
    }
    const practice = page.locator('section.practice');
    expect(await practice.locator('.timer').innerText()).toBe('0:00');
    expect(await practice.locator('.cue-text').innerText()).toBe('Find a comfortable seat. Let the chair hold your weight.');
    const animation = () => practice.locator('.breath').evaluate((element) => getComputedStyle(element).animationName);

    await page.getByRole('button', { name: 'Start practice' }).click();
    expect(await practice.getAttribute('data-status')).toBe('running');
    expect(await animation()).toBe('breathe');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await animation()).toBe('none');
    await page.waitForFunction(() => document.querySelector('.timer')?.textContent === '0:02', undefined, { timeout: 5_000 });
    await expect.poll(() => page.locator('#status').innerText()).toBe('Practice started. Find a comfortable seat. Let the chair hold your weight.');

    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await practice.locator('.practice-status').innerText()).toBe('Paused');
    await page.getByRole('button', { name: 'Finish practice' }).click();
    expect(await practice.locator('.practice-status').innerText()).toBe('Finished');
    expect(await page.getByRole('button', { name: 'Finish practice' }).count()).toBe(0);
    const completed = ((await stored<SessionRecord[]>(page, recordsKey('demo'))) ?? []).find((record) => record.type === 'practice.completed');
    expect(completed).toBeDefined();
  });
});
