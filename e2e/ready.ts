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

/**
 * Holds back every script a page requests until `release` is called: what a reader does
 * before the scripts arrive, on a slow connection.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.endsWith('.js'),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  return release;
}
