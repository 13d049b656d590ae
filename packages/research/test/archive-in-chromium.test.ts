/**
 * The static archive of the shipped curriculum opens in headless Chromium from
 * `file://` with no network: every page is loaded with all requests
 * intercepted, and any that is not a `file:` URL is recorded and aborted.
 * Chromium is launched with the web example's helper (Debian's chromium).
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bundle } from '@copekit/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchChromium } from '../../../examples/web/test/support/chromium.js';
import { writeArchive } from '../src/node/write-archive.js';
import { shippedBundle } from './shipped-curriculum.js';

let bundle: Bundle;
let dir: string;
let browser: Browser;

beforeAll(async () => {
  bundle = await shippedBundle();
  dir = await mkdtemp(join(tmpdir(), 'copekit-archive-'));
  await writeArchive(bundle, dir);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

/** What a page did when opened: requests made, network requests refused, console errors. */
interface Visit {
  page: Page;
  requests: string[];
  blocked: string[];
  errors: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const visit: Visit = { page, requests: [], blocked: [], errors: collectErrors(page) };
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    visit.requests.push(url);
    if (url.startsWith('file:')) await route.continue();
    else {
      visit.blocked.push(url);
      await route.abort('internetdisconnected');
    }
  });
  await page.goto(pathToFileURL(join(dir, path)).href, { waitUntil: 'load' });
  return visit;
}

describe('the archive of the shipped curriculum in Chromium, offline', () => {
  const pages = () => ['index.html', ...bundle.lessons.map((lesson) => `lessons/${lesson.id}.html`)];

  it('opens every page from file:// without a single network request or console error', async () => {
    for (const path of pages()) {
      const { page, requests, blocked, errors } = await visit(path);
      expect(requests, path).toEqual([pathToFileURL(join(dir, path)).href]);
      expect(blocked, path).toEqual([]);
      expect(errors, path).toEqual([]);
      await page.close();
    }
    expect(pages().length).toBe(bundle.lessons.length + 1);
  });

  it('would catch a request to the network (control page outside the archive)', async () => {
    await writeFile(join(dir, 'control.html'), '<!doctype html><title>control</title><img src="https://example.org/pixel.png" alt="">');
    const { page, blocked } = await visit('control.html');
    expect(blocked).toEqual(['https://example.org/pixel.png']);
    await page.close();
    await rm(join(dir, 'control.html'));
  });

  it('shows the curriculum version and bundle hash on every page, and the lesson hash on lesson pages', async () => {
    for (const path of pages()) {
      const { page } = await visit(path);
      const header = await page.locator('header').innerText();
      const footer = await page.locator('footer').innerText();
      for (const text of [header, footer]) {
        expect(text, path).toContain(bundle.curriculum.version);
        expect(text, path).toContain(bundle.hash);
      }
      const lesson = bundle.lessons.find((candidate) => path === `lessons/${candidate.id}.html`);
      if (lesson !== undefined) expect(header, path).toContain(lesson.hash);
      await page.close();
    }
  });

  it('renders the flow diagram of every lesson as a visible SVG with one box per step', async () => {
    for (const lesson of bundle.lessons) {
      const { page } = await visit(`lessons/${lesson.id}.html`);
      const svg = page.locator('svg[role="img"]').first();
      const box = await svg.boundingBox();
      expect(box?.width, lesson.id).toBeGreaterThan(100);
      expect(box?.height, lesson.id).toBeGreaterThan(50);
      const text = await svg.locator('text').allTextContents();
      for (const step of lesson.steps) expect(text.join(' '), `${lesson.id} › ${step.id}`).toContain(step.title ?? step.id);
      await page.close();
    }
  });
});
