import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './reused-page';
import { JSDOM } from 'jsdom';
import { chartSlugs, pages } from './site-map';

/**
 * The page's HTML as crawlers and social previews read it: as sent, no script run.
 * (jsdom parses it as a browser would, and runs no scripts by default.)
 */
async function servedDocument(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const { document } = new JSDOM(await response.text()).window;
  return {
    meta: (property: string) =>
      document.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? null,
    jsonLd: () =>
      JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}'),
  };
}

// The test builds set SITE_URL to the origin each server is reached at (package.json, "test").
test('sitemap.xml lists every page and robots.txt points to it', async ({ request, baseURL }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of pages) expect(sitemap).toContain(`<loc>${baseURL}${path}</loc>`);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

for (const slug of chartSlugs) {
  test(`/charts/${slug} has an Open Graph image and Dataset JSON-LD`, async ({
    request,
    baseURL,
  }) => {
    const served = await servedDocument(request, `/charts/${slug}`);
    const image = served.meta('og:image');
    expect(image).toBe(`${baseURL}/images/${slug}.png`);
    const png = await request.get(`/images/${slug}.png`);
    expect(png.headers()['content-type']).toBe('image/png');
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
    const jsonLd = served.jsonLd();
    expect(jsonLd['@type']).toBe('Dataset');
    expect(jsonLd.description.length).toBeGreaterThan(50);
  });
}

for (const [path, file] of [
  ['/claims', 'claims'],
  ['/events', 'events'],
] as const) {
  test(`${path} describes its data as a Dataset with its downloads`, async ({
    request,
    baseURL,
  }) => {
    const jsonLd = (await servedDocument(request, path)).jsonLd();
    expect(jsonLd['@type']).toBe('Dataset');
    expect(jsonLd.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual([
      `${baseURL}/data/${file}.csv`,
      `${baseURL}/data/${file}.xlsx`,
      `${baseURL}/data/${file}.json`,
    ]);
  });
}

for (const path of ['/', '/charts/recruits', '/events', '/claims']) {
  test(`${path} has a complete social preview, its image sized as it is`, async ({ request }) => {
    const served = await servedDocument(request, path);
    const og = (property: string) => served.meta(`og:${property}`);
    expect(og('type')).toBe('website');
    expect(og('site_name')).toBe('Bangladesh–Russia briefing');
    expect(og('locale')).toBe('en_GB');
    expect(og('image:alt')).toBeTruthy();
    const png = await (await request.get(og('image')!)).body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk holds the real size.
    expect(Number(og('image:width'))).toBe(png.readUInt32BE(16));
    expect(Number(og('image:height'))).toBe(png.readUInt32BE(20));
  });
}
