import { expect, test } from '@playwright/test';
import { rawRequest } from './raw-http';
import { dataset } from './site-map';

/** A renamed claim's old address still works: 308 under next start, a redirecting page on static hosts. */
for (const rename of dataset.renamed.filter((r) => r.kind === 'claim')) {
  test(`/claims/${rename.from} leads to /claims/${rename.to}`, async ({ page, baseURL }) => {
    const raw = await rawRequest(baseURL!, 'GET', `/claims/${rename.from}`);
    if (raw.status === 308) expect(raw.headers.location).toBe(`/claims/${rename.to}`);
    else expect(raw.body).toContain(`url=/claims/${rename.to}"`);
    await page.goto(`/claims/${rename.from}`);
    await expect(page).toHaveURL(new RegExp(`/claims/${rename.to}$`));
    await expect(page.locator('h1')).toContainText(
      dataset.claims.find((c) => c.id === rename.to)!.label,
    );
  });
}

/** A renamed event's old anchor still lands on its row. */
for (const rename of dataset.renamed.filter((r) => r.kind === 'event')) {
  test(`/events#event-${rename.from} lands on its row`, async ({ page }) => {
    await page.goto(`/events#event-${rename.from}`);
    const row = page.locator(`tr#event-${rename.to}`);
    await expect(row.locator(`#event-${rename.from}`)).toHaveCount(1);
  });
}
