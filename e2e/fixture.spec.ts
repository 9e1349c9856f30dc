import { parse } from 'csv-parse/sync';
import { expect, test } from './reused-page';
import { readFeed } from './feed-reader';

/**
 * The site built with a third, FICTIONAL article added as a folder
 * (e2e/fixtures/sources/, exported to out-fixture/ by the test command):
 * everything it brings reaches charts, cards, tables, CSVs and the feed.
 * Runs in the "fixture" project only.
 */

test('the permits chart gains the later year', async ({ page }) => {
  await page.goto('/charts/work-permits?tab=table');
  const rows = page.getByRole('tabpanel').locator('tbody tr');
  await expect(rows.filter({ hasText: '3,100' })).toContainText('2025');
  const svg = page.locator('.chart-variant-wide svg[role="img"]').first();
  for (const year of ['[2023]', '2024', '2025']) await expect(svg).toContainText(year);
  await expect(page.locator('.chart-subtitle')).toContainText(
    'Russia issued 3,100 work permits to Bangladeshi citizens in 2025',
  );
});

test('the recruits chart shows both killed figures, each with its source', async ({ page }) => {
  await page.goto('/charts/recruits');
  const svg = page.locator('.chart-variant-wide svg[role="img"]').first();
  await expect(svg).toContainText('Killed · IntelliNews');
  await expect(svg).toContainText('Killed · The Fictional Gazette');
  await expect(svg).toContainText('about 45');
  await expect(page.locator('.chart-subtitle')).toContainText('the sources differ');
});

test('a figure both sources give is one mark, reported by two sources', async ({ page }) => {
  await page.goto('/charts/remittances');
  const svg = page.locator('.chart-variant-wide svg[role="img"]').first();
  // One drawn label (the mark's <title> repeats it for its tooltip).
  await expect(svg.locator('text').filter({ hasText: 'reported by 2 sources' })).toHaveCount(1);
  await expect(svg.locator('text').filter({ hasText: '$32bn' })).toHaveCount(1);
});

test('the headline card and the claims table show that sources differ', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('.figure-card-differs');
  await expect(card).toContainText('about 30');
  await expect(card).toContainText('about 45');
  await expect(card).toContainText('The sources differ.');
  await page.goto('/claims');
  await expect(page.locator('#claim-fictional-recruits-killed')).toContainText(
    'Sources differ: about 30 (IntelliNews)',
  );
});

test('the CSVs have every row', async ({ request }) => {
  const index = (await (await request.get('/data/claims-index.json')).json()) as { id: string }[];
  const claims = parse(await (await request.get('/data/claims.csv')).text(), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  expect(claims.map((row) => row.id).sort()).toEqual(index.map((row) => row.id).sort());
  expect(claims.map((row) => row.id)).toEqual(
    expect.arrayContaining(['fictional-work-permits-2025', 'fictional-recruits-killed']),
  );
  const killed = claims.filter((row) => row.period_group === 'bangladeshi-recruits-killed@as-of');
  expect(killed.map((row) => row.sources_differ)).toEqual(['yes', 'yes']);
  const events = await (await request.get('/data/events.csv')).text();
  expect(events).toContain('fictional-trade-council-meets');
  expect(events).toContain('fictional-shipping-board-visits');
});

test('a feed reader lists the new events', async ({ request, baseURL }) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const feed = readFeed(await response.text());
  expect(feed.bozo, feed.bozoException ?? '').toBe(false);
  expect(feed.version).toBe('atom10');
  const titles = feed.entries.map((entry) => entry.title);
  expect(titles).toEqual(
    expect.arrayContaining([
      'FICTIONAL: the Imaginary Trade Council meets in Dhaka',
      'FICTIONAL: the Made-up Shipping Board visits Chattogram',
    ]),
  );
  for (const entry of feed.entries) expect(entry.link.startsWith(`${baseURL}/`)).toBe(true);
});
