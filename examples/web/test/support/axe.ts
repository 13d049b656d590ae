/**
 * axe-core in the page: WCAG 2.2 A and AA rules plus best practices.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The rule sets checked. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page (injecting it when needed) and returns one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (tags) => {
    const { run } = (window as unknown as { axe: { run: typeof import('axe-core').run } }).axe;
    const results = await run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  }, axeTags);
}
