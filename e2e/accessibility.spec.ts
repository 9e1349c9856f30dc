import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chartSlugs, pages } from './site-map';

/** WCAG 2.2 AA and everything below it, as axe-core tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe's default mode opens a blank page per run to merge results across cross-origin frames,
 * which costs more than the run itself here; these pages have no frames (asserted), so its
 * legacy mode, one run in the page, checks the same rules at a third of the time.
 */
const axe = (page: Page) => new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
const listed = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test.describe('axe, light and dark', () => {
  for (const path of [...pages, ...chartSlugs.map((slug) => `/embed/${slug}`)]) {
    test(path, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      expect(page.frames()).toHaveLength(1);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const lightBackground = await background();
      expect(listed((await axe(page).analyze()).violations), 'light').toEqual([]);
      // The theme follows prefers-color-scheme through CSS alone, so it switches in place.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background()).not.toBe(lightBackground);
      expect(listed((await axe(page).analyze()).violations), 'dark').toEqual([]);
    });
  }
});

test('axe finds nothing once a chart is live and a tab is switched', async ({ page }) => {
  await page.goto('/charts/timeline');
  await page.locator('.chart-canvas').first().hover();
  await expect(page.locator('.chart-canvas[data-live="true"] .recharts-surface')).toBeVisible();
  expect(listed((await axe(page).analyze()).violations)).toEqual([]);
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
