/**
 * The lifecycle every end-to-end test file of the built site shares: build
 * the site and serve it once per file, launch Chromium, give each test a
 * fresh browser context, and fail a test whose page logged errors.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { buildSite, type BuiltSite } from './build-site.js';
import { collectErrors, launchChromium } from './chromium.js';
import { serveStatic, type StaticServer } from './static-server.js';

/** Opens pages of the built site; see {@link useBuiltSite}. */
export interface BuiltSitePages {
  /** The served site's base URL (valid once the file's tests run). */
  url(): string;
  /** A page in a fresh context at `search` (such as `?lesson=daily-check-in`), once its heading shows. */
  open(search: string): Promise<Page>;
}

/** Registers the file's hooks and returns a way to open pages of the built site. */
export function useBuiltSite(): BuiltSitePages {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let errors: string[] = [];

  beforeAll(async () => {
    site = await buildSite();
    server = await serveStatic(site.dir);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
  });

  afterEach(async () => {
    await context?.close();
    expect(errors).toEqual([]);
  });

  return {
    url: () => server.url,
    async open(search) {
      context = await browser.newContext();
      const page = await context.newPage();
      errors = collectErrors(page);
      await page.goto(`${server.url}${search}`);
      await page.locator('main h1').waitFor();
      return page;
    },
  };
}
