import { builtLocales } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './reused-page';
import { estimateEmbedHeight } from '@/lib/embed/embed-height';
import { startHostSite, type HostSite } from './host-server';
import { briefing, chartSlugs, energyEventCount, eventCount } from './site-map';
import { gotoReady } from './ready';

const BUDGET = 25 * 1024;

/**
 * Bytes actually received for a page and everything it loads (DevTools' encodedDataLength), on a
 * first visit: with the browser's cache off, as DevTools' "Disable cache" turns it off.
 */
async function transferOf(
  page: Page,
  path: string,
): Promise<{ bytes: number; requests: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map<string, string>();
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await cdp.detach();
  return { bytes, requests: [...requests.values()] };
}

test.describe('each embed, in every language', () => {
  for (const path of builtLocales.flatMap((locale) =>
    chartSlugs.map((slug) => localePath(`/embed/${slug}`, locale)),
  )) {
    test(`${path} transfers at most 25 KB gzipped, in one request`, async ({ page }) => {
      const response = await page.request.get(path, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect(response.headers()['content-encoding']).toBe('gzip');
      const { bytes, requests } = await transferOf(page, path);
      expect(requests).toHaveLength(1);
      expect(bytes).toBeLessThanOrEqual(BUDGET);
      expect(bytes).toBeGreaterThan(1000);
      await expect(page.locator('svg[role="img"]').filter({ visible: true }).first()).toBeVisible();
    });
  }
});

test.describe('each embed', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const slug of chartSlugs) {
      test(`/embed/${slug} shows its chart, its notes folded, and its source`, async ({ page }) => {
        await page.goto(`/embed/${slug}`);
        await expect(
          page.locator('.chart-variant svg[role="img"]').filter({ visible: true }).first(),
        ).toBeVisible();
        await expect(page.locator('.chart-sources')).toContainText('IntelliNews');
        await expect(
          page.getByRole('link', { name: 'Data, sources and downloads' }),
        ).toHaveAttribute('href', `/charts/${slug}`);
        // Notes and corrections fold away, their summary saying what they hold.
        const model = briefing.chart(slug);
        if (model.notes.length + model.corrections.length > 0) {
          await expect(page.locator('.chart-notes-more > summary')).toBeVisible();
        }
      });
    }
  });

  for (const locale of builtLocales) {
    test(`its code is sized to fit at 640px, erring slightly tall (${locale})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 640, height: 800 });
      for (const slug of chartSlugs) {
        await page.goto(localePath(`/embed/${slug}`, locale));
        const actual = await page.evaluate(
          () => document.documentElement.getBoundingClientRect().height,
        );
        const estimate = estimateEmbedHeight(briefing.chart(slug, locale), locale);
        expect(estimate, slug).toBeGreaterThanOrEqual(actual);
        expect(estimate, slug).toBeLessThanOrEqual(actual * 1.2);
      }
    });
  }

  test('follows ?theme=, and ignores anything else', async ({ page }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/embed/rooppur?theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe('rgb(20, 20, 20)');
    await page.goto('/embed/rooppur?theme=%3Cscript%3Ealert(1)%3C/script%3E');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/embed/rooppur');
    expect(await background()).toBe('rgb(20, 20, 20)');
  });
});

test.describe('on another site', () => {
  let host: HostSite;
  test.beforeAll(async () => {
    host = await startHostSite();
  });
  test.afterAll(async () => {
    await host.close();
  });

  test('an embed renders in a cross-origin frame and our host script sizes it', async ({
    page,
    baseURL,
  }) => {
    const url = host.page(
      '/article',
      `<!doctype html><title>Article</title><p>Story text.</p>
       <iframe id="chart" src="${baseURL}/embed/recruits" title="Chart" width="100%" height="200" style="border:0;width:100%"></iframe>
       <script src="${baseURL}/embed.js" async></script>`,
    );
    await page.setViewportSize({ width: 700, height: 900 });
    await page.goto(url);
    const frame = page.frameLocator('#chart');
    await expect(
      frame.locator('.chart-variant svg[role="img"]').filter({ visible: true }).first(),
    ).toBeVisible();
    const inner = await page
      .frame({ url: /\/embed\/recruits$/ })!
      .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect(page.locator('#chart')).toHaveJSProperty('style.height', `${inner}px`);
  });

  test('our host script caps heights, and ignores messages that are not from our embeds', async ({
    page,
    baseURL,
  }) => {
    const url = host.page(
      '/capped',
      `<!doctype html><iframe id="chart" src="${baseURL}/embed/rooppur" title="Chart" style="border:0;width:100%"></iframe>
       <script src="${baseURL}/embed.js"></script>`,
    );
    await page.goto(url);
    const frame = page.frame({ url: /\/embed\/rooppur$/ })!;
    await expect(
      page
        .frameLocator('#chart')
        .locator('.chart-variant svg[role="img"]')
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    // From the host page itself: another origin, ignored.
    await page.evaluate(() =>
      window.postMessage({ type: 'bd-ru-briefing:resize', height: 50 }, '*'),
    );
    await page.waitForTimeout(200);
    expect(
      await page.locator('#chart').evaluate((el) => (el as HTMLElement).style.height),
    ).not.toBe('150px');
    // From our embed, an absurd height: capped.
    await frame.evaluate(() =>
      parent.postMessage({ type: 'bd-ru-briefing:resize', height: 1e6 }, '*'),
    );
    await expect(page.locator('#chart')).toHaveJSProperty('style.height', '4000px');
  });

  test('a chart page refuses to be framed; an embed is allowed', async ({ page, baseURL }) => {
    const url = host.page(
      '/framing',
      `<!doctype html><iframe id="page" src="${baseURL}/charts/recruits" title="Page"></iframe>
       <iframe id="embed" src="${baseURL}/embed/recruits" title="Embed"></iframe>`,
    );
    await page.goto(url);
    await expect(page.frameLocator('#embed').locator('h1')).toContainText('Bangladeshis recruited');
    await page.waitForTimeout(500);
    const framed = page.frames().find((f) => f.url().includes('/charts/recruits'));
    // Blocked by frame-ancestors 'none' / X-Frame-Options: Chromium shows its error page instead.
    const content = framed ? await framed.content() : '';
    expect(content).not.toContain('Bangladeshis recruited');
  });
});

test('a chart page offers oEmbed discovery and an embed code at the configured origin', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, '/charts/migrant-workforce?tab=embed');
  const discovery = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
  // The test builds set SITE_URL to the origin each server is reached at.
  expect(discovery).toBe(`${baseURL}/oembed/migrant-workforce.json`);
  const oembed = await (await request.get('/oembed/migrant-workforce.json')).json();
  expect(oembed).toMatchObject({ type: 'rich', version: '1.0', width: 640 });
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toContain(`<iframe src="${baseURL}/embed/migrant-workforce"`);
  expect(code).toContain('loading="lazy"');
  // oEmbed adds the link WordPress shows until the embed speaks (lib/embed/embed-code.ts).
  expect(oembed.html).toBe(
    `<blockquote class="wp-embedded-content" style="display:none"><a href="${baseURL}/charts/migrant-workforce">${oembed.title}</a></blockquote>${code}`,
  );
  // The embed's own address is discoverable too.
  await page.goto('/embed/migrant-workforce');
  expect(await page.locator('link[type="application/json+oembed"]').getAttribute('href')).toBe(
    `${baseURL}/oembed/migrant-workforce.json`,
  );
});

test('the oEmbed endpoint answers its standard query form', async ({ request, baseURL }) => {
  const file = await (await request.get('/oembed/recruits.json')).text();
  for (const address of [`${baseURL}/charts/recruits`, `${baseURL}/embed/recruits`]) {
    const response = await request.get('/oembed', {
      params: { url: address, maxwidth: 390, maxheight: 1000, format: 'json' },
    });
    expect(response.status(), address).toBe(200);
    expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expect(await response.text()).toBe(file);
  }
  // Unencoded, as some clients send it; and without a format, which means JSON.
  const plain = await request.get(`/oembed?url=${baseURL}/charts/recruits`);
  expect(await plain.text()).toBe(file);
  // A Bangla or Russian chart's address: that language's response.
  for (const root of ['/bn', '/ru']) {
    const translated = await (await request.get(`${root}/oembed/recruits.json`)).text();
    expect(translated).not.toBe(file);
    for (const address of [
      `${baseURL}${root}/charts/recruits`,
      `${baseURL}${root}/embed/recruits`,
    ]) {
      const response = await request.get('/oembed', { params: { url: address } });
      expect(response.status(), address).toBe(200);
      expect(await response.text(), address).toBe(translated);
    }
  }
  const xml = await request.get('/oembed', {
    params: { url: `${baseURL}/charts/recruits`, format: 'xml' },
  });
  expect(xml.status()).toBe(501);
  for (const url of [`${baseURL}/charts/nope`, `${baseURL}/sources`, '']) {
    const missing = await request.get('/oembed', { params: { url, format: 'json' } });
    expect(missing.status(), url).toBe(404);
  }
});

test('"download this view" gives the rows shown, in their order, with every column', async ({
  page,
}) => {
  await page.goto('/events?topic=energy&sort=date&dir=desc');
  await expect(page.locator('.row-count')).toHaveText(
    `Showing ${energyEventCount} of ${eventCount} events`,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this view (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('bd-ru-events-view.csv');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes.toString('utf8'), { bom: true, relax_quotes: false }) as string[][];
  const header = rows[0]!;
  expect(header).toContain('quote');
  expect(header).toContain('source_url');
  const ids = rows.slice(1).map((row) => row[header.indexOf('id')]);
  expect(ids).toEqual(['rooppur-power-announced', 'gazprom-agreement-cancelled']);
});
