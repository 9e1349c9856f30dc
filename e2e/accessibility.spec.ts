import type { Page } from '@playwright/test';
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

/** Adds markup to the page once React has taken it over (before, hydration would remove it). */
async function addToPage(page: Page, html: string) {
  await page.evaluate((markup) => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', markup);
  }, html);
}

test.describe('the axe check fails where it should', () => {
  test('in the light scheme, on any WCAG rule: an image with no text alternative', async ({
    page,
  }) => {
    await gotoReady(page, '/about');
    await addToPage(page, '<img id="no-alt" src="/icon.svg" width="10" height="10">');
    expect(await axeViolations(page)).toEqual(['image-alt: #no-alt']);
    await expect(expectNoAxeViolationsLightAndDark(page)).rejects.toThrow(/^light\n/);
  });

  test('in both schemes, on colour: grey on grey', async ({ page }) => {
    await gotoReady(page, '/about');
    await addToPage(
      page,
      '<p id="faint" style="color: #999; background: #aaa">Faint in both schemes</p>',
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, COLOUR_RULES)).toEqual(['color-contrast: #faint']);
    await expect(expectNoAxeViolationsLightAndDark(page)).rejects.toThrow(/^light\n/);
  });

  test('in the dark scheme only: dark grey on the dark background', async ({ page }) => {
    await gotoReady(page, '/about');
    await addToPage(
      page,
      `<style>@media (prefers-color-scheme: dark) { #dim { color: #333 } }</style>
       <p id="dim">Readable in the light scheme only</p>`,
    );
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
    await expect(expectNoAxeViolationsLightAndDark(page)).rejects.toThrow(/^dark\n/);
  });
});
