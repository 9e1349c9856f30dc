import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsLightAndDark } from './axe';
import { chartSlugs } from './site-map';
import { gotoReady } from './ready';

// Every page is checked by axe, light and dark, and at 360 px in pages.spec.ts, on the same
// visit as its other checks; the embeds here.
test.describe('axe, light and dark', () => {
  for (const path of chartSlugs.map((slug) => `/embed/${slug}`)) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolationsLightAndDark(page);
    });
  }
});

test('axe finds nothing once a chart is live and a tab is switched', async ({ page }) => {
  await gotoReady(page, '/charts/timeline');
  await page.locator('.chart-canvas').first().hover();
  await expect(page.locator('.chart-canvas[data-live="true"] .recharts-surface')).toBeVisible();
  await expectNoAxeViolations(page);
});
