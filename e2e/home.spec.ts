import { expect, test } from '@playwright/test';

test('the home page lists every claim formatted, and events in date order with undated last', async ({
  page,
}) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bangladesh–Russia');

  const permits = page.locator('#claim-work-permits-2024');
  await expect(permits).toContainText('2,777');
  await expect(page.locator('#claim-remittances-2025')).toContainText('$32bn');
  await expect(page.locator('#claim-remittances-2025')).toContainText('a record');
  await expect(page.locator('#claim-bangladeshis-recruited-by-russian-military')).toContainText(
    'more than 100',
  );
  await expect(page.locator('#claim-bangladeshi-recruits-killed')).toContainText('about 30');
  await expect(page.locator('#claim-russia-migrant-workers')).toContainText('12–14mn');
  await expect(page.locator('#claim-work-permits-2023')).toContainText(
    'computed as 2,777 ÷ (1 + 95.8 ÷ 100)',
  );

  const eventDates = await page.locator('ol li strong').allTextContents();
  const firstUndated = eventDates.indexOf('date not given');
  expect(firstUndated).toBeGreaterThan(0);
  expect(eventDates.slice(firstUndated).every((d) => d === 'date not given')).toBe(true);
  expect(eventDates[0]).toBe('January 2009 – August 2024');
  expect(eventDates[firstUndated - 1]).toBe('20 January 2026');
});

test('an unknown page answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
