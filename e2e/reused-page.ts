import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * Playwright's `test`, with a `page` kept for the worker's next test instead of a new one each.
 *
 * Opening a page in a new browser context costs about half a core-second here (a new renderer,
 * the site's scripts compiled cold), more than most tests spend on the page itself, and on two
 * cores the end-to-end tests are bound by it. So each worker keeps one page per set of context
 * options (JavaScript on or off, mostly) and hands it to the next test, reset first: viewport,
 * emulated media and permissions as the options say, no routes, no listeners, at about:blank.
 * After a failed test its page is closed, so the next test starts on a new one.
 *
 * A test whose subject is a cold start (what loads before the first paint, what a first visit
 * transfers) asks for a new page with `test.use({ reusePage: false })`.
 */
type ReusedPageOptions = { reusePage: boolean };
type Pool = Map<string, Page>;

export const test = base.extend<ReusedPageOptions, { reusedPages: Pool }>({
  reusePage: [true, { option: true }],

  reusedPages: [
    async ({}, provide) => {
      const pool: Pool = new Map();
      await provide(pool);
      for (const page of pool.values()) await page.context().close();
    },
    { scope: 'worker' },
  ],

  page: async (
    {
      browser,
      reusePage,
      reusedPages,
      baseURL,
      javaScriptEnabled,
      viewport,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      locale,
      colorScheme,
    },
    provide,
    testInfo,
  ) => {
    // The options this project and its tests set (playwright.config.ts, test.use).
    const options: BrowserContextOptions = {
      baseURL,
      javaScriptEnabled,
      viewport,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      locale,
      colorScheme,
    };
    if (!reusePage) {
      const context = await browser.newContext(options);
      await provide(await context.newPage());
      await context.close();
      return;
    }
    const key = JSON.stringify(options);
    let page = reusedPages.get(key);
    if (!page || page.isClosed()) {
      page = await (await browser.newContext(options)).newPage();
      reusedPages.set(key, page);
    }
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({
      media: null,
      colorScheme: colorScheme ?? 'light',
      reducedMotion: null,
      forcedColors: null,
    });
    await provide(page);
    if (testInfo.status !== testInfo.expectedStatus || page.isClosed()) {
      reusedPages.delete(key);
      await page.context().close();
      return;
    }
    // The events a test may listen to (Playwright's own listeners stay).
    for (const event of ['console', 'pageerror', 'dialog', 'request', 'response'] as const)
      page.removeAllListeners(event);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().clearPermissions();
    await page.goto('about:blank');
  },

  // A test's `context` is its page's, so what it grants applies to the page it uses.
  context: async ({ page }, provide) => {
    await provide(page.context());
  },
});

export { expect } from '@playwright/test';
