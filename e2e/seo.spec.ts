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
      `${baseURL}/data/${file}.xlsx`,
      `${baseURL}/data/${file}.json`,
    ]);
  });
}

for (const path of ['/', '/charts/recruits', '/events', '/claims']) {
  test(`${path} has a complete social preview, its image sized as it is`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const og = async (property: string) =>
      page.locator(`meta[property="og:${property}"]`).getAttribute('content');
    expect(await og('type')).toBe('website');
    expect(await og('site_name')).toBe('Bangladesh–Russia briefing');
    expect(await og('locale')).toBe('en_GB');
    expect(await og('image:alt')).toBeTruthy();
    const png = await (await request.get((await og('image'))!)).body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk holds the real size.
    expect(Number(await og('image:width'))).toBe(png.readUInt32BE(16));
    expect(Number(await og('image:height'))).toBe(png.readUInt32BE(20));
  });
}
