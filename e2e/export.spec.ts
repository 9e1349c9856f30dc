import { expect, test } from '@playwright/test';
import { NEXT_PORT } from '../playwright.config';
import { rawRequest } from './raw-http';
import { chartSlugs, pages } from './site-map';

/** The static export under nginx behaves as `next start` does. Runs in the "export" project. */
const nextStart = `http://127.0.0.1:${NEXT_PORT}`;
const compared = [
  'content-type',
  'content-disposition',
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
];

test('serves every page and file with the same headers as next start', async ({ baseURL }) => {
  const paths = [
    ...pages,
    ...chartSlugs.flatMap((slug) => [
      `/embed/${slug}`,
      `/oembed/${slug}.json`,
      `/images/${slug}.png`,
      `/images/${slug}.svg`,
      `/data/chart-${slug}.csv`,
      `/data/chart-${slug}.json`,
    ]),
    '/data/claims.csv',
    '/data/events.json',
    '/data/datapackage.json',
    '/sitemap.xml',
    '/robots.txt',
    '/icon.svg',
    '/no-such-page',
  ];
  for (const path of paths) {
    const [exported, started] = await Promise.all([
      rawRequest(baseURL!, 'GET', path),
      rawRequest(nextStart, 'GET', path),
    ]);
    expect(exported.status, path).toBe(started.status);
    for (const header of compared) {
      expect(exported.headers[header], `${path} ${header}`).toBe(started.headers[header]);
    }
  }
});

test('serves the same bytes for data files and embeds', async ({ baseURL }) => {
  for (const path of [
    '/data/claims.csv',
    '/data/datapackage.json',
    '/embed/timeline',
    '/oembed/recruits.json',
  ]) {
    const [exported, started] = await Promise.all([
      rawRequest(baseURL!, 'GET', path),
      rawRequest(nextStart, 'GET', path),
    ]);
    expect(exported.body, path).toBe(started.body);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a chart page shows its chart and a table its rows', async ({ page }) => {
    await page.goto('/charts/timeline');
    await expect(page.locator('.chart-variant-wide svg[role="img"]')).toBeVisible();
    await page.goto('/events');
    await expect(page.locator('.data-table tbody tr')).toHaveCount(24);
  });
});

test('tables sort and filter from the URL', async ({ page }) => {
  await page.goto('/events?topic=energy');
  await expect(page.locator('.row-count')).toHaveText('Showing 2 of 24 events');
  await page.getByRole('columnheader', { name: /Date/ }).getByRole('button').click();
  await expect(page).toHaveURL(/topic=energy&sort=date&dir=desc/);
});
