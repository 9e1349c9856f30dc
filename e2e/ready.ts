import type { Page } from '@playwright/test';

/**
 * Opens a page and waits until its islands answer a reader: the page's scripts load after its
 * first paint (lib/http/deferred-scripts.js), so a click before then reaches plain HTML.
 */
export async function gotoReady(page: Page, path: string) {
  const response = await page.goto(path);
  await page.locator('html[data-islands="ready"]').waitFor({ state: 'attached' });
  return response;
}
