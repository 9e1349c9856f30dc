import { expect, test } from './reused-page';
import { siteRedirects } from '@/lib/redirects';
import { rawRequest } from './raw-http';
import { briefing } from './site-map';

/**
 * An address that leads elsewhere (a renamed claim, page 1 of a listing)
 * still works: 308 under next start, a refreshing page on a static host.
 */
for (const { from, to } of siteRedirects(briefing)) {
  test(`${from} leads to ${to}`, async ({ page, baseURL }) => {
    const raw = await rawRequest(baseURL!, 'GET', from);
    if (raw.status === 308) expect(raw.headers.location).toBe(to);
    else expect(raw.body).toContain(`url=${to}"`);
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.locator('h1')).toHaveCount(1);
  });
}

/** A renamed event's old anchor still lands on its row. */
for (const rename of briefing.corrections
  .flatMap((correction) => correction.renamed)
  .filter((r) => r.kind === 'event')) {
  test(`/events#event-${rename.from} lands on its row`, async ({ page }) => {
    await page.goto(`/events#event-${rename.from}`);
    const row = page.locator(`tr#event-${rename.to}`);
    await expect(row.locator(`#event-${rename.from}`)).toHaveCount(1);
  });
}
