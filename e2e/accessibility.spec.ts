import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chartSlugs, pages } from './site-map';

/** WCAG 2.2 AA and everything below it, as axe-core tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const path of [...pages, ...chartSlugs.map((slug) => `/embed/${slug}`)]) {
      test(path, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      });
    }
  });
}

test('axe finds nothing once a chart is live and a tab is switched', async ({ page }) => {
  await page.goto('/charts/timeline');
  await page.locator('.chart-canvas').first().hover();
  await expect(page.locator('.chart-canvas[data-live="true"] .recharts-surface')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('the page does not scroll sideways at 360px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [
    '/',
    '/events',
    '/claims',
    '/charts/timeline',
    '/claims/work-permits-2023',
    '/sources',
  ]) {
    await page.goto(path);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      path,
    ).toBeLessThanOrEqual(360);
  }
});
