/**
 * End-to-end test of the author preview: the Vite dev server in preview mode
 * on a scratch copy of the curriculum, driven in headless Chromium. A save
 * updates the open page without a reload; errors appear in the page with
 * file:line:column; the picker jumps to any lesson and step.
 */
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webConfig } from '../web-config.js';
import { axeViolations } from './support/axe.js';
import { collectErrors, launchChromium } from './support/chromium.js';
import { copyCurriculum, type CurriculumCopy } from './support/curriculum-copy.js';
import { heading, waitForHeading } from './support/lesson-driver.js';

let copy: CurriculumCopy;
let server: ViteDevServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  copy = await copyCurriculum();
  server = await createServer(webConfig({ preview: true, curriculum: copy.dir, port: 0, logLevel: 'silent' }));
  await server.listen();
  browser = await launchChromium();
  page = await browser.newPage();
  errors = collectErrors(page);
  await page.goto(`${server.resolvedUrls!.local[0]}?lesson=daily-check-in`);
  await page.locator('aside.author-tools').waitFor({ timeout: 20_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await copy?.remove();
});

const panel = () => page.locator('aside.author-tools');
const waitForText = (selector: string, text: string) =>
  page.waitForFunction(([css, expected]) => document.querySelector(css!)?.textContent?.includes(expected!) ?? false, [selector, text] as const, { timeout: 15_000 });

describe('the author preview', () => {
  it('shows the lesson beside the author panel, with no accessibility violations', async () => {
    await waitForHeading(page, 'Pain');
    expect(await panel().locator('.build-status').innerText()).toMatch(/^Built: /);
    expect(await panel().getByRole('heading', { name: 'Jump to a step' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('updates the open lesson when a lesson is saved, without reloading the page', async () => {
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await copy.edit('check-in/daily-check-in.mdx', (text) => text.replace('<Step id="pain" title="Pain">', '<Step id="pain" title="Your pain today">'));
    await waitForHeading(page, 'Your pain today');
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
    await waitForText('.build-status', 'Rebuilt at');
  });

  it('shows compiler messages with file:line:column and rule in the page, keeping the last good lesson', async () => {
    await copy.edit('check-in/daily-check-in.mdx', (text) => text.replace('<Rating id="pain-today"', '<Ratng id="pain-today"'));
    await waitForText('.messages', 'unknown-component');
    const message = panel().locator('.message-error').first();
    expect(await message.locator('.message-place').innerText()).toBe('check-in/daily-check-in.mdx:20:1');
    expect(await message.locator('.message-reason').innerText()).toBe('`<Ratng>` is not a Copekit component.');
    expect(await message.locator('.message-fix').innerText()).toBe('Fix: Did you mean `Rating`?');
    expect(await panel().locator('.build-status').innerText()).toContain('The lesson shown is from the last build without errors.');
    expect(await heading(page)).toBe('Your pain today');

    await copy.edit('check-in/daily-check-in.mdx', (text) => text.replace('<Ratng id="pain-today"', '<Rating id="pain-today"'));
    await page.waitForFunction(() => !document.querySelector('.messages')?.textContent?.includes('unknown-component'), undefined, { timeout: 15_000 });
  });

  it('jumps to any lesson and step with the picker, listing the placeholder answers given on the way', async () => {
    await panel().getByLabel('Lesson', { exact: true }).selectOption('weekly-mood');
    await panel().getByLabel('Step', { exact: true }).selectOption('pain');
    await panel().getByRole('button', { name: 'Open' }).click();
    await waitForHeading(page, 'Pain');
    expect(await page.locator('main .lesson-name').innerText()).toBe('Weekly mood and pain check');
    expect(new URL(page.url()).search).toBe('?lesson=weekly-mood&step=pain');
    expect(await panel().locator('.replay-note').innerText()).toContain('phq-2-q1 = 0');
    expect(await page.locator('main.flow-safety').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
