import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * Playwright's `test`, with a `page` kept for the worker's next test instead of a new one each.
 *
 * Opening a page in a new browser context and loading one of ours costs about 0.8 core-seconds
 * here (a new renderer, the site's scripts compiled cold; 0.1–0.2 in a page already open), more
 * than most tests spend on the page itself, and on two cores the end-to-end tests are bound by
 * it. So each worker keeps one page per set of context
 * options (JavaScript on or off, in practice) and hands it to the next test, reset first:
 * viewport, emulated media and permissions as the options say, the pointer at the corner, no
 * routes, no listeners for the page events tests listen to, at about:blank. After a failed
 * test its page is closed, so the next test starts on a new one. A test that adds an init script
 * disposes of it (pages.spec.ts).
 *
 * A test whose subject is a cold start (what a page loads before its first paint) asks for a new
 * page with `test.use({ reusePage: false })`; one that counts what a first visit transfers turns
 * the browser's cache off (embeds.spec.ts).
 */
type ReusedPageOptions = { reusePage: boolean };
type Pool = Map<string, Page>;

export const test = base.extend<ReusedPageOptions, { reusedPages: Pool }>({
  reusePage: [true, { option: true }],

  reusedPages: [
    // On the browser, so that its pages close before it does.
    async ({ browser }, provide) => {
      const pool: Pool = new Map();
      await provide(pool);
      for (const page of pool.values()) if (browser.isConnected()) await page.context().close();
    },
    { scope: 'worker' },
  ],

  page: async (
    {
      browser,
      reusePage,
      reusedPages,
      acceptDownloads,
      bypassCSP,
      clientCertificates,
      colorScheme,
      contrast,
      deviceScaleFactor,
      extraHTTPHeaders,
      forcedColors,
      geolocation,
      hasTouch,
      httpCredentials,
      ignoreHTTPSErrors,
      isMobile,
      javaScriptEnabled,
      locale,
      offline,
      permissions,
      proxy,
      reducedMotion,
      screen,
      storageState,
      timezoneId,
      userAgent,
      viewport,
      baseURL,
      serviceWorkers,
      contextOptions,
      actionTimeout,
      navigationTimeout,
    },
    provide,
    testInfo,
  ) => {
    // Every context option a project or test can set, as Playwright's own `context` takes them;
    // named twice, since Playwright reads a fixture's dependencies from its destructured names.
    const set: BrowserContextOptions = {
      acceptDownloads,
      bypassCSP,
      clientCertificates,
      colorScheme,
      contrast,
      deviceScaleFactor,
      extraHTTPHeaders,
      forcedColors,
      geolocation,
      hasTouch,
      httpCredentials,
      ignoreHTTPSErrors,
      isMobile,
      javaScriptEnabled,
      locale,
      offline,
      permissions,
      proxy,
      reducedMotion,
      screen,
      storageState,
      timezoneId,
      userAgent,
      viewport,
      baseURL,
      serviceWorkers,
    };
    const options: BrowserContextOptions = {
      ...contextOptions,
      ...Object.fromEntries(Object.entries(set).filter(([, value]) => value !== undefined)),
    };
    const open = async () => {
      const context = await browser.newContext(options);
      context.setDefaultTimeout(actionTimeout || 0);
      context.setDefaultNavigationTimeout(navigationTimeout || 0);
      return context.newPage();
    };
    if (!reusePage) {
      const page = await open();
      await provide(page);
      await page.context().close();
      return;
    }
    const key = JSON.stringify([options, actionTimeout, navigationTimeout]);
    let page = reusedPages.get(key);
    if (!page || page.isClosed()) {
      page = await open();
      reusedPages.set(key, page);
    }
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({
      media: null,
      colorScheme: colorScheme ?? 'light',
      contrast: contrast ?? null,
      forcedColors: forcedColors ?? null,
      reducedMotion: reducedMotion ?? null,
    });
    await provide(page);
    if (testInfo.status !== testInfo.expectedStatus || page.isClosed()) {
      reusedPages.delete(key);
      await page.context().close();
      return;
    }
    for (const event of ['console', 'pageerror', 'dialog', 'request', 'response'] as const)
      page.removeAllListeners(event);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().clearPermissions();
    if (permissions?.length) await page.context().grantPermissions(permissions);
    await page.goto('about:blank');
    // Off every element a test hovered, so the next page starts with no hover.
    await page.mouse.move(0, 0);
  },

  // A test's `context` is its page's, so what it grants applies to the page it uses.
  context: async ({ page }, provide) => {
    await provide(page.context());
  },
});

export { expect } from '@playwright/test';
