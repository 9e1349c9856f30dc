import type { Page } from '@playwright/test';
import { expect, test } from './reused-page';
import { expectNoAxeViolationsLightAndDark } from './axe';
import { localizedPages } from './site-map';
import { DERIVED_2023_PERMITS } from '@/lib/testing/expected';
import { gotoReady } from './ready';

/**
 * Records what the page's Content-Security-Policy blocks: the browser's violation events and
 * its console reports. Added before any of the page's scripts, by the browser's own means;
 * read once, after the page has loaded.
 */
async function recordPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) reports.push(message.text());
  });
  const recorder = await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'an inline script'}`),
    );
  });
  return async () => {
    const found = [
      ...reports,
      ...(await page.evaluate(
        () => (window as unknown as { policyViolations: string[] }).policyViolations,
      )),
    ];
    // The page goes on to the worker's next test (e2e/reused-page.ts): without the recorder.
    await recorder.dispose();
    return found;
  };
}

/** Resolves once React has hydrated the document: it marks the DOM nodes it owns. */
const hydrated = (page: Page) =>
  page.waitForFunction(() =>
    Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__react')),
  );

test.describe('every page, in every language', () => {
  for (const { path, tag, siteName } of localizedPages) {
    test(`${path} answers 200 with a title, a description and one h1 in its language, hydrates with no policy violation, passes axe light and dark, and fits 360 px`, async ({
      page,
    }) => {
      const violations = await recordPolicyViolations(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      // The page's own inline scripts run (allowed by their hashes), so React hydrates.
      await hydrated(page);
      expect(await violations()).toEqual([]);
      await expect(page).toHaveTitle(new RegExp(siteName));
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length).toBeGreaterThan(40);
      await expect(page.locator('h1')).toHaveCount(1);
      // Everything is in place in the HTML: nothing streamed out of order into hidden
      // segments that only a script would reveal (React's $RC / <div hidden id="S:…">).
      const html = await response!.text();
      expect(html).not.toContain('<div hidden id="S:');
      expect(html).not.toContain('$RC(');
      await expectNoAxeViolationsLightAndDark(page);
      await page.setViewportSize({ width: 360, height: 800 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        'no sideways scroll at 360 px',
      ).toBeLessThanOrEqual(360);
    });
  }
});

test.describe('a page paints before it asks for any script, then hydrates', () => {
  // On a first visit: nothing cached, nothing compiled.
  test.use({ reusePage: false });
  for (const path of ['/', '/charts/work-permits', '/events', '/claims', '/bn/events']) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await hydrated(page);
      const { paint, firstScript } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        firstScript: Math.min(
          ...performance
            .getEntriesByType('resource')
            .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
            .map((entry) => entry.startTime),
        ),
      }));
      expect(paint).toBeGreaterThan(0);
      expect(firstScript, 'the first script is requested after the first paint').toBeGreaterThan(
        paint!,
      );
      // The browser fetches a linked icon when the page loads, which for our pages is before
      // their first paint: the icon is inline, so there is no such request.
      await expect(page.locator('link[rel="icon"]')).toHaveAttribute(
        'href',
        /^data:image\/svg\+xml,%3Csvg/,
      );
    });
  }
});

test.describe('unknown addresses give the 404 page', () => {
  for (const path of [
    '/charts/no-such-chart',
    '/claims/no-such-claim',
    '/no-such-page',
    '/charts/work-permits/extra',
    '/images/no-such.png',
    // The end-to-end fixture's fictional article is never in the production build.
    '/claims/fictional-work-permits-2025',
    '/sources/fictional-gazette-2026-03-02',
  ]) {
    test(path, async ({ page }) => {
      const violations = await recordPolicyViolations(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      if (!path.startsWith('/images/')) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
        await hydrated(page);
      }
      expect(await violations()).toEqual([]);
    });
  }
});

test('the briefing page leads with headline figures linked to their claims', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Bangladesh–Russia relations since August 2024');
  const cards = page.locator('.figure-card');
  await expect(cards.filter({ hasText: '2,777' })).toContainText('stated');
  await expect(cards.filter({ hasText: '$32bn' })).toContainText('a record');
  await expect(cards.filter({ hasText: 'more than 100' })).toContainText(
    'date not given (“so far”)',
  );
  await cards.filter({ hasText: 'about 30' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/claims\/bangladeshi-recruits-killed$/);
  await expect(page.locator('.claim-quote')).toContainText('approximately 30 have been killed');
});

test('a claim page shows provenance, where it is used, and copies its citation', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, '/claims/work-permits-2023');
  await expect(page.locator('.formula')).toHaveText(DERIVED_2023_PERMITS.working);
  const used = page.getByRole('region', { name: 'Where it is used' });
  await expect(
    used.getByRole('link', { name: 'Russian work permits for Bangladeshi citizens' }),
  ).toHaveAttribute('href', '/charts/work-permits');
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`: ${DERIVED_2023_PERMITS.working}.`);
  expect(copied).toContain('Calculated by the Bangladesh–Russia briefing');
  expect(copied).toContain('/claims/work-permits-2023');
});

test('the sources page says "not given" for what the articles do not give', async ({ page }) => {
  await page.goto('/sources');
  const monitor = page.locator('#source-monitor-2026-01-21');
  await expect(monitor.locator('dd').nth(0)).toHaveText('not given');
  await expect(monitor).toContainText('not given: the article does not print its address');
});

test('the print stylesheet shows every chart-page section and hides the controls', async ({
  page,
}) => {
  await page.goto('/charts/recruits');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  for (const id of ['chart', 'table', 'sources', 'download']) {
    await expect(page.locator(`#panel-${id}`)).toBeVisible();
  }
});
