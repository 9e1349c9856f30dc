import { expect, test } from '@playwright/test';
import { chartSlugs, pages } from './site-map';

test('sitemap.xml lists every page and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of pages) expect(sitemap).toContain(`<loc>http://localhost:3000${path}</loc>`);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: http://localhost:3000/sitemap.xml');
});

for (const slug of chartSlugs) {
  test(`/charts/${slug} has an Open Graph image and Dataset JSON-LD`, async ({ page, request }) => {
    await page.goto(`/charts/${slug}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe(`http://localhost:3000/images/${slug}.png`);
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
  test(`${path} describes its data as a Dataset with its downloads`, async ({ page }) => {
    await page.goto(path);
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(jsonLd['@type']).toBe('Dataset');
    expect(jsonLd.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual([
      `http://localhost:3000/data/${file}.csv`,
      `http://localhost:3000/data/${file}.json`,
    ]);
  });
}
