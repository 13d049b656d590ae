/**
 * End-to-end test of the program page in headless Chromium: the week
 * overview, today's check-in run as part of the program, practice logged
 * from the page, progress charts, and the program saved across reloads.
 */
import type { ProgramSnapshot } from '@copekit/program';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { programKey } from '../src/app/program-store.js';
import { axeViolations } from './support/axe.js';
import { useBuiltSite } from './support/built-site-page.js';
import { stored, waitForHeading } from './support/lesson-driver.js';

const { open, url } = useBuiltSite();

const program = (page: Page) => stored<ProgramSnapshot>(page, programKey('demo'));

describe('the program page', () => {
  it('shows the week, the open session, today’s check-in and progress charts, accessibly', async () => {
    const page = await open('?view=program');
    await waitForHeading(page, 'Your program');
    expect(await page.locator('.program-week').innerText()).toBe('Week 1 of 8');
    expect(await page.getByRole('link', { name: 'Session 1: How pain works, and muscle relaxation' }).getAttribute('href')).toBe('?view=program&lesson=pain-and-relaxation');
    expect(await page.locator('.session-entry.status-locked').count()).toBe(7);
    expect(await page.getByRole('img', { name: /^Average pain by week \(0 to 10\)\. Week 1: no data\./ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect((await program(page))?.state.sessions[0]).toMatchObject({ lesson: 'pain-and-relaxation', unlockedBy: 'start' });
  });

  it('runs today’s check-in as part of the program, then shows it done and charts the answers', async () => {
    const page = await open('?view=program');
    await page.getByRole('link', { name: "Start today's check-in" }).click();
    await waitForHeading(page, 'Pain');
    await page.locator('#item-pain-today__6').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#item-practised__0').check();
    await page.locator('#item-practice-minutes').fill('25');
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForHeading(page, 'Activity');
    await page.locator('#item-active-minutes').fill('40');
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForHeading(page, 'Sleep');
    await page.locator('#item-sleep-quality__7').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForHeading(page, 'Thank you');
    // Leaving mid-lesson and coming back resumes the program's session.
    await page.reload();
    await waitForHeading(page, 'Thank you');
    await page.getByRole('button', { name: 'Finish' }).click();
    await waitForHeading(page, 'Lesson complete');

    const saved = await program(page);
    expect(saved?.state.checkIns).toEqual([expect.objectContaining({ measures: { pain: 6, practised: true, practiceMinutes: 25, activityMinutes: 40, sleepQuality: 7 } })]);
    expect(saved?.state.open).toEqual([]);

    await page.goto(`${url()}?view=program`);
    await waitForHeading(page, 'Your program');
    expect(await page.locator('.program-check-in p').innerText()).toBe('Done for today. Thank you.');
    expect(await page.getByRole('img', { name: /^Average pain by week \(0 to 10\)\. Week 1: 6\./ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /^Practice minutes by week\. Week 1: 25\./ }).count()).toBe(1);
  });

  it('refuses a session that is not open yet, with a way back', async () => {
    const page = await open('?view=program&lesson=mini-practices');
    await waitForHeading(page, 'This is not open yet');
    expect(await page.locator('main p').first().innerText()).toContain('opens after session 1 is completed');
  });
});
