import type { Page } from '@playwright/test';
import { expect, test } from './reused-page';
import { energyEventCount, eventCount } from './site-map';
import { gotoReady, holdScripts } from './ready';

const dateCells = (page: Page) => page.locator('tbody tr td:first-child').allTextContents();

test('events sort by date with undated events last in both directions', async ({ page }) => {
  await gotoReady(page, '/events');
  const dateHeader = page.getByRole('columnheader', { name: /Date/ });
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  let dates = await dateCells(page);
  expect(dates[0]).toBe('January 2009 – August 2024');
  expect(dates.slice(dates.indexOf('date not given')).every((d) => d === 'date not given')).toBe(
    true,
  );

  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=date&dir=desc/);
  dates = await dateCells(page);
  expect(dates[0]).toBe('20 January 2026');
  const firstUndated = dates.indexOf('date not given');
  expect(firstUndated).toBe(9);
  expect(dates.slice(firstUndated).every((d) => d === 'date not given')).toBe(true);
});

test('every column sorts with a real button and aria-sort', async ({ page }) => {
  await gotoReady(page, '/claims');
  for (const name of ['Figure', 'Value', 'Qualifier', 'Refers to', 'Topic', 'Source']) {
    const header = page.getByRole('columnheader', { name: new RegExp(name) });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
  }
  // Value descending: the largest figure ($32bn) first.
  await page.getByRole('columnheader', { name: /Value/ }).getByRole('button').click();
  await page.getByRole('columnheader', { name: /Value/ }).getByRole('button').click();
  await expect(page.locator('tbody tr').first()).toContainText('$32bn');
});

test('filters by topic and text, keeps them in the URL, survives Back and reload', async ({
  page,
}) => {
  await gotoReady(page, '/events');
  await expect(page.locator('.row-count')).toHaveText(
    `Showing ${eventCount} of ${eventCount} events`,
  );
  await page.getByLabel('Topic').selectOption('energy');
  await expect(page).toHaveURL(/\?topic=energy$/);
  await expect(page.locator('.row-count')).toHaveText(
    `Showing ${energyEventCount} of ${eventCount} events`,
  );

  await page.getByLabel('Search').fill('gazprom');
  await expect(page).toHaveURL(/topic=energy&q=gazprom/);
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr')).toContainText('Gazprom');

  await page.reload();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.getByLabel('Search')).toHaveValue('gazprom');

  await page.goBack();
  await expect(page.locator('.row-count')).toHaveText(
    `Showing ${eventCount} of ${eventCount} events`,
  );
  await page.goForward();
  await expect(page.locator('tbody tr')).toHaveCount(1);

  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('.row-count')).toHaveText(
    `Showing ${eventCount} of ${eventCount} events`,
  );
});

test('a shared URL opens the same view', async ({ page }) => {
  await gotoReady(page, '/claims?sort=date&dir=desc&topic=labour-migration');
  await expect(page.getByLabel('Topic')).toHaveValue('labour-migration');
  await expect(page.getByRole('columnheader', { name: /Refers to/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(page.locator('tbody tr').first()).toContainText('2,777');
});

test('nonsense in the query string is ignored and never reflected', async ({ page }) => {
  const nonsense = '<script>window.pwned=1</script>';
  await gotoReady(
    page,
    `/events?sort=${encodeURIComponent(nonsense)}&dir=sideways&topic=${encodeURIComponent(nonsense)}&q=${'x'.repeat(500)}&tab=%3Cimg%20src=x%20onerror=alert(1)%3E`,
  );
  await expect(page.locator('.row-count')).toHaveText(
    `Showing ${eventCount} of ${eventCount} events`,
  );
  await expect(page.getByRole('columnheader', { name: /Date/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
  expect(await page.content()).not.toContain('window.pwned');
  await expect(page.getByLabel('Search')).toHaveValue('');
});

test('a search with markup is treated as text', async ({ page }) => {
  await gotoReady(page, '/claims?q=%3Cb%3Eremit%3C/b%3E');
  await expect(page.locator('tbody tr')).toHaveCount(0);
  await expect(page.getByLabel('Search')).toHaveValue('<b>remit</b>');
  await expect(page.locator('b', { hasText: 'remit' })).toHaveCount(0);
});

test('a topic chosen and text typed before the page’s scripts arrive are applied when they do', async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto('/events', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Topic').selectOption('energy');
  await page.getByLabel('Search').fill('gazprom');
  expect(await page.locator('html').getAttribute('data-islands')).toBeNull();
  release();
  await expect(page).toHaveURL(/topic=energy&q=gazprom/);
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr')).toContainText('Gazprom');
});

test('a sort button clicked before the page’s scripts arrive sorts when they do', async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto('/events', { waitUntil: 'domcontentloaded' });
  const dateHeader = page.getByRole('columnheader', { name: /Date/ });
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  await dateHeader.getByRole('button').click();
  expect(await page.locator('html').getAttribute('data-islands')).toBeNull();
  release();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=date&dir=desc/);
});
