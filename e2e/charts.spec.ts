import { expect, test } from './reused-page';
import { TABLE_PAGE_SIZE } from '@/lib/pagination';
import {
  briefingPanelCount,
  briefingTimelineSlugs,
  chartPanelCount,
  chartSlugs,
  claimCount,
  eventCount,
  latestEvents,
} from './site-map';
import { DERIVED_2023_PERMITS } from '@/lib/testing/expected';
import { gotoReady, holdScripts } from './ready';

const latestEventCount = latestEvents.length;
const latestEnergyCount = latestEvents.filter((event) => event.topic === 'energy').length;

test.describe('charts are in the server HTML', () => {
  for (const [path, panels] of [
    ['/', briefingPanelCount],
    ...chartSlugs.map((slug) => [`/charts/${slug}`, 2 * chartPanelCount(slug)] as const),
  ] as const) {
    test(path, async ({ request }) => {
      const html = await (await request.get(path)).text();
      const charts =
        html.match(
          /<div class="chart-variant chart-variant-(?:narrow|wide)"[^>]*><svg[^>]*role="img"/g,
        ) ?? [];
      // Chart pages carry both sizes of every panel; the briefing page's compact charts the
      // narrow size of each panel in its grid. Bar marks, axis ticks and labels included.
      expect(panels).toBeGreaterThan(0);
      expect(charts.length).toBe(panels);
      if (path === '/') {
        // The timelines are links there, not charts.
        expect(briefingTimelineSlugs.length).toBeGreaterThan(0);
        for (const slug of briefingTimelineSlugs) {
          expect(html).not.toContain(`data-chart="${slug}"`);
          expect(html).toContain(`href="/charts/${slug}"`);
        }
      }
      expect(html).toContain('<rect');
      expect(html).toContain('<text');
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const slug of chartSlugs) {
    test(`/charts/${slug} shows its chart and every section`, async ({ page }) => {
      await page.goto(`/charts/${slug}`);
      const svg = page.locator('.chart-variant-wide svg').first();
      await expect(svg).toBeVisible();
      // A one-bar panel is about 90px tall at 720px wide.
      expect((await svg.boundingBox())?.height).toBeGreaterThan(60);
      for (const section of ['Table', 'Sources', 'Download']) {
        await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible();
      }
    });
  }

  test('the narrow chart shows on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/charts/recruits');
    await expect(page.locator('.chart-variant-narrow svg').first()).toBeVisible();
    await expect(page.locator('.chart-variant-wide svg').first()).toBeHidden();
  });

  test('the tables show every row of their page', async ({ page }) => {
    for (const [path, rows] of [
      ['/events', Math.min(eventCount, TABLE_PAGE_SIZE)],
      ['/claims', Math.min(claimCount, TABLE_PAGE_SIZE)],
      ['/', latestEventCount],
    ] as const) {
      await page.goto(path);
      const bodyRows = page.locator('.data-table tbody tr');
      await expect(bodyRows).toHaveCount(rows);
      await expect(bodyRows.first()).toBeVisible();
      await expect(bodyRows.last()).toBeVisible();
    }
  });

  test('the briefing page shows the chart of every figure, and links the timeline', async ({
    page,
  }) => {
    await page.goto('/');
    // One size of each panel in the grid shows, whichever fits its grid cell.
    const shown = page.locator('.chart-variant svg[role="img"]').filter({ visible: true });
    await expect(shown).toHaveCount(briefingPanelCount);
    for (const slug of briefingTimelineSlugs) {
      await expect(page.locator(`#events ~ p a[href="/charts/${slug}"]`)).toBeVisible();
    }
  });
});

test.describe('the live chart takes over', () => {
  for (const width of [1280, 360]) {
    test(`with no layout shift at ${width}px, and shows quote and source in its tooltip`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await gotoReady(page, '/charts/recruits');
      await page.evaluate(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            (window as unknown as { shifts: number }).shifts += (
              entry as unknown as { value: number }
            ).value;
          }
        }).observe({ type: 'layout-shift', buffered: false });
      });
      const canvas = page.locator('.chart-canvas').first();
      const before = await canvas.boundingBox();
      await expect(canvas).toHaveAttribute('data-live', 'false');
      await canvas.hover({ position: { x: 40, y: 20 } });
      await expect(canvas).toHaveAttribute('data-live', 'true');
      await expect(canvas.locator('.recharts-surface')).toBeVisible();
      expect(await canvas.boundingBox()).toEqual(before);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);

      const box = before!;
      await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2);
      const tooltip = page.locator('.chart-tooltip');
      await expect(tooltip).toContainText('Recruited: more than 100');
      await expect(tooltip).toContainText('so far been recruited by the Russian military');
      await expect(tooltip).toContainText('According to available data');
      await expect(tooltip).toContainText('Source: IntelliNews, 29 January 2026');
    });
  }

  test('from the keyboard', async ({ page }) => {
    await gotoReady(page, '/charts/work-permits');
    const canvas = page.locator('.chart-canvas').first();
    // Focusable once hydrated: before that, focus does nothing (and should not).
    await expect(canvas).toHaveAttribute('tabindex', '0');
    await canvas.focus();
    await expect(canvas).toHaveAttribute('data-live', 'true');
    const surface = canvas.locator('.recharts-surface');
    await surface.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.chart-tooltip')).toContainText('[2023]: 1,418 (derived)');
    await expect(page.locator('.chart-tooltip')).toContainText(
      `Derived: ${DERIVED_2023_PERMITS.working}`,
    );
    await expect(page.locator('.chart-tooltip')).toContainText(
      'Calculated by the Bangladesh–Russia briefing from figures in IntelliNews',
    );
  });
});

test('a derived bar is drawn hatched, a lower bound with an open arrow, a range with a light segment', async ({
  request,
}) => {
  const permits = await (await request.get('/charts/work-permits')).text();
  expect(permits).toMatch(/fill="url\(#c-work-permits-[a-z-]+-wide-hatch\)"/);
  const recruits = await (await request.get('/charts/recruits')).text();
  expect(recruits).toMatch(/<polyline points="[^"]+"><\/polyline>/);
  expect(recruits).toContain('stroke-dasharray="4 3"');
  const migrants = await (await request.get('/charts/migrant-workforce')).text();
  expect(migrants).toContain('fill="var(--chart-bar-tint)"');
});

test('each chart page has its tabs in the URL', async ({ page }) => {
  await page.goto('/charts/rooppur?tab=sources');
  await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('approximately 350 MW');
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page).toHaveURL(/\?tab=table$/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\?tab=sources$/);
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await page.goto('/charts/rooppur?tab=%3Cscript%3E');
  await expect(page.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
});

test('the baked SVG survives hydration', async ({ page }) => {
  await gotoReady(page, '/');
  // Interacting with a table proves React has hydrated the page.
  await page.getByLabel('Topic').selectOption('energy');
  await expect(page.locator('.row-count')).toHaveText(
    `Showing ${latestEnergyCount} of ${latestEventCount} events`,
  );
  await expect(
    page.locator('.chart-canvas[data-live="false"] .chart-variant svg[role="img"]'),
  ).toHaveCount(briefingPanelCount);
});

test('a tab clicked before the page’s scripts arrive opens when they do', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/charts/recruits', { waitUntil: 'domcontentloaded' });
  await page.getByRole('tab', { name: 'Table' }).click();
  expect(await page.locator('html').getAttribute('data-islands')).toBeNull();
  release();
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#panel-table')).toBeVisible();
  await expect(page.locator('#panel-chart')).toBeHidden();
});
