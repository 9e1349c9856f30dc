import { expect, test } from './reused-page';
import {
  axeViolations,
  COLOUR_RULES,
  expectNoAxeViolations,
  expectNoAxeViolationsLightAndDark,
} from './axe';
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

test('the axe check reports what fails, in the light scheme and in the dark one', async ({
  page,
}) => {
  // Once React has taken over the page, which would otherwise remove what is added here.
  await gotoReady(page, '/about');
  // Two paragraphs added to a real page: grey on grey, and a dark grey that only the dark scheme
  // puts on a near-black background.
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML(
      'beforeend',
      `<style>@media (prefers-color-scheme: dark) { #dim { color: #333 } }</style>
       <p id="faint" style="color: #999; background: #aaa">Faint in both schemes</p>
       <p id="dim">Readable in the light scheme only</p>`,
    );
  });
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page)).toEqual(['color-contrast: #faint']);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, COLOUR_RULES)).toEqual(['color-contrast: #faint, #dim']);
});
