/**
 * Helpers that drive the lesson page like a participant.
 */
import type { Page } from 'playwright-core';

/** The text of the step heading. */
export function heading(page: Page): Promise<string> {
  return page.locator('main h1').innerText();
}

/** Waits until the step heading reads `text`. */
export async function waitForHeading(page: Page, text: string): Promise<void> {
  await page.waitForFunction((expected) => document.querySelector('main h1')?.textContent === expected, text, { timeout: 5_000 });
}

/** The id of the focused element (`''` when none). */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Presses Tab until the focused element's text is `text` (at most 20 times). */
export async function tabTo(page: Page, text: string): Promise<void> {
  for (let count = 0; count < 20; count += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
  }
  throw new Error(`Tab never reached “${text}”.`);
}

/** Answers every required single-choice question left open with its first option, then presses Continue. */
export async function answerAndContinue(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const group of document.querySelectorAll('fieldset[role="radiogroup"]')) {
      if (group.querySelector('input:checked') === null) group.querySelector('input')?.click();
    }
  });
  await page.locator('form.step-form button[type="submit"]').click();
}

/** Parsed JSON stored under `key` in the page's localStorage. */
export function stored<T>(page: Page, key: string): Promise<T | null> {
  return page.evaluate((name) => {
    const text = localStorage.getItem(name);
    return text === null ? null : JSON.parse(text);
  }, key);
}
