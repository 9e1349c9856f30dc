import { expect, test } from '@playwright/test';
import { chartSlugs, pages } from './site-map';

// The test builds set SITE_URL to the origin each server is reached at (package.json, "test").
test('sitemap.xml lists every page and robots.txt points to it', async ({ request, baseURL }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of pages) expect(sitemap).toContain(`<loc>${baseURL}${path}</loc>`);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

for (const slug of chartSlugs) {
  test(`/charts/${slug} has an Open Graph image and Dataset JSON-LD`, async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto(`/charts/${slug}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe(`${baseURL}/images/${slug}.png`);
    const png = await request.get(`/images/${slug}.png`);
    expect(png.headers()['content-type']).toBe('image/png');
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(jsonLd['@type']).toBe('Dataset');
    expect(jsonLd.description.length).toBeGreaterThan(50);
  });
}

for (const [path, file] of [
  ['/claims', 'claims'],
  ['/events', 'events'],
] as const) {
  test(`${path} describes its data as a Dataset with its downloads`, async ({ page, baseURL }) => {
    await page.goto(path);
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(jsonLd['@type']).toBe('Dataset');
    expect(jsonLd.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual([
      `${baseURL}/data/${file}.csv`,
      `${baseURL}/data/${file}.json`,
    ]);
  });
}
