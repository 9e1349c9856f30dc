import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './reused-page';
import { NEXT_PORT } from '../playwright.config';
import { readFeed } from './feed-reader';
import { pageAddress } from '../lib/http/page-address.js';
import { inlineScriptHashes } from '../lib/security/page-scripts.js';
import { pageScripts } from '../lib/http/deferred-scripts.js';
import { rawRequest } from './raw-http';
import { chartSlugs, energyEventCount, eventCount, localizedPages } from './site-map';

/** The static export under nginx behaves as `next start` does. Runs in the "export" project. */
const nextStart = `http://127.0.0.1:${NEXT_PORT}`;
const compared = [
  'content-type',
  'content-disposition',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'access-control-allow-origin',
];

/**
 * The policy with its script hashes set aside, and whether those hashes are exactly those of
 * the inline scripts in the HTML sent with it: each build's pages carry their own scripts
 * (their addresses differ), so the two servers' hashes differ while both are right.
 */
function policyOf(response: {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}) {
  const policy = String(response.headers['content-security-policy'] ?? '');
  if (!policy) return { policy };
  const hashes = policy.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
  const isPage = String(response.headers['content-type'] ?? '').startsWith('text/html');
  const rest = policy.replace(/ 'sha256-[A-Za-z0-9+/=]+'/g, '');
  if (/frame-ancestors \*/.test(policy)) return { policy }; // embeds: one fixed hash
  return {
    policy: rest,
    hashesMatchScripts: isPage
      ? JSON.stringify(hashes) === JSON.stringify(inlineScriptHashes(response.body))
      : hashes.length === 0,
  };
}

test('serves every page and file with the same headers as next start', async ({ baseURL }) => {
  const paths = [
    ...localizedPages.map((page) => page.path),
    ...chartSlugs.flatMap((slug) => [
      ...['', '/bn', '/ru'].flatMap((root) => [
        `${root}/embed/${slug}`,
        `${root}/oembed/${slug}.json`,
        `${root}/images/${slug}.png`,
        `${root}/images/${slug}.svg`,
      ]),
      `/data/chart-${slug}.csv`,
      `/data/chart-${slug}.json`,
    ]),
    '/bn/feed.xml',
    '/ru/feed.xml',
    '/data/claims-index.bn.json',
    '/bn/embed/no-such-chart',
    '/bn.html',
    '/ru/charts.html',
    `/oembed?url=${encodeURIComponent(`${baseURL}/bn/charts/recruits`)}&format=json`,
    `/oembed?url=${encodeURIComponent(`${baseURL}/ru/embed/timeline`)}`,
    '/data/claims.csv',
    '/data/events.json',
    '/data/datapackage.json',
    '/sitemap.xml',
    '/robots.txt',
    '/feed.xml',
    '/data/events-index.json',
    '/data/corrections.csv',
    '/icon.svg',
    '/no-such-page',
    // Files in out/ that are no address of the site.
    '/embed/recruits.gz',
    '/data/claims.csv.gz',
    '/embed/recruits.br',
    '/index.html.br',
    '/_not-found',
    '/index.html',
    '/charts.html',
    '/404.html',
    '/_headers',
    '/_redirects',
    '/_next/image?url=%2Ficon.svg&w=64&q=75',
    `/oembed?url=${encodeURIComponent(`${baseURL}/charts/recruits`)}&format=json`,
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
    expect(policyOf(exported), `${path} content-security-policy`).toEqual(policyOf(started));
    if (policyOf(started).hashesMatchScripts !== undefined)
      expect(policyOf(started).hashesMatchScripts, `${path}: its scripts' hashes`).toBe(true);
  }
});

test('says that responses vary by encoding, and serves a bad Range the whole file', async ({
  baseURL,
}) => {
  for (const path of ['/', '/charts/recruits', '/data/claims.csv', '/embed/recruits']) {
    const response = await rawRequest(baseURL!, 'GET', path, undefined, {
      'Accept-Encoding': 'gzip',
    });
    expect(response.headers['vary'], path).toMatch(/Accept-Encoding/);
  }
  for (const range of ['bytes=abc', 'bytes=99999999-', 'bytes=5-2', 'bytes=0-1']) {
    const response = await rawRequest(baseURL!, 'GET', '/embed.js', undefined, { Range: range });
    expect(response.status, range).toBe(200);
    // One set of security headers, never two.
    expect(response.headers['x-frame-options'], range).toBe('DENY');
  }
});

test('serves the same bytes for data files and embeds, but for the origin each names', async ({
  baseURL,
}) => {
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
    // Each build names the origin it is served at (SITE_URL), and nothing else differs.
    expect(exported.body.replaceAll(baseURL!, 'ORIGIN'), path).toBe(
      started.body.replaceAll(nextStart, 'ORIGIN'),
    );
    expect(exported.body, path).not.toContain(nextStart);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a chart page shows its chart and a table its rows', async ({ page }) => {
    await page.goto('/charts/timeline');
    await expect(page.locator('.chart-variant-wide svg[role="img"]')).toBeVisible();
    await page.goto('/events');
    await expect(page.locator('.data-table tbody tr')).toHaveCount(eventCount);
  });
});

test('tables sort and filter from the URL', async ({ page }) => {
  await page.goto('/events?topic=energy');
  await expect(page.locator('.row-count')).toHaveText(
    `Showing ${energyEventCount} of ${eventCount} events`,
  );
  await page.getByRole('columnheader', { name: /Date/ }).getByRole('button').click();
  await expect(page).toHaveURL(/topic=energy&sort=date&dir=desc/);
});

/**
 * The export names only the origin it was built for (SITE_URL): no
 * "localhost", and no other host but the standards' namespaces. Framework
 * bundles under _next/ are Next's code, not our text.
 */
test('every published file names only the configured origin', async ({ baseURL }) => {
  // XML namespaces and schema vocabularies, not links.
  const standards = new Set([
    'http://www.w3.org',
    'http://www.sitemaps.org',
    'https://schema.org',
    'https://specs.frictionlessdata.io',
    'https://datapackage.org',
  ]);
  const offending = new Set<string>();
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const file = path.join(directory, name);
      if (statSync(file).isDirectory()) {
        if (name !== '_next') walk(file);
        continue;
      }
      if (/\.(gz|br|png|ico|woff2?|xlsx)$/.test(name)) continue;
      const text = readFileSync(file, 'utf8');
      if (text.includes('localhost')) offending.add(`${file}: localhost`);
      for (const [origin] of text.matchAll(/https?:\/\/[A-Za-z0-9.-]+(?::\d+)?/g)) {
        if (origin !== baseURL && !standards.has(origin)) offending.add(`${file}: ${origin}`);
      }
    }
  };
  walk('out');
  expect([...offending]).toEqual([]);
});

test('a feed reader reads the feed: new events and corrections, at the configured origin', async ({
  request,
  baseURL,
}) => {
  const feed = readFeed(await (await request.get('/feed.xml')).text());
  expect(feed.bozo, feed.bozoException ?? '').toBe(false);
  expect(feed.version).toBe('atom10');
  expect(feed.links).toContainEqual({ rel: 'self', href: `${baseURL}/feed.xml` });
  const titles = feed.entries.map((entry) => entry.title);
  expect(titles).toContain('Russian Ambassador Khozin meets BNP chairman Tarique Rahman');
  expect(titles.some((title) => title.startsWith('Correction: '))).toBe(true);
  expect(new Set(feed.entries.map((entry) => entry.id)).size).toBe(feed.entries.length);
});

test('_headers has one policy rule per page address and none for the compressed copies', () => {
  const rules = readFileSync('out/_headers', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/'));
  expect(rules.filter((rule) => /\.(gz|br)\b/.test(rule))).toEqual([]);
  const pagesInOut = readdirSync('out', { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  for (const file of pagesInOut) {
    const address = pageAddress(file.split(path.sep).join('/'));
    expect(rules, address).toContain(address);
  }
});

/**
 * What a page makes the reader download before it is usable: the scripts its HTML loads. The
 * interface's words are rendered on the server; no page may ship the message catalogues or the
 * ICU runtime (next-intl's client code reached every page once, through a server import).
 * 200 KB gzipped is a ceiling above today's heaviest page (React and Next included), so that
 * a new client import shows up here.
 */
const PAGE_SCRIPTS_BUDGET = 200 * 1024;

test('no page loads the message catalogues, and each page’s scripts stay within budget', () => {
  const pagesInOut = readdirSync('out', { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('_'),
  );
  expect(pagesInOut.length).toBeGreaterThan(10);
  for (const file of pagesInOut) {
    const html = readFileSync(path.join('out', file), 'utf8');
    const scripts = pageScripts(html);
    let bytes = 0;
    for (const script of scripts) {
      const body = readFileSync(path.join('out', script));
      bytes += gzipSync(body).length;
      expect(body.includes('MISSING_MESSAGE'), `${file} loads ${script}, with use-intl`).toBe(
        false,
      );
    }
    expect(bytes, file).toBeLessThanOrEqual(PAGE_SCRIPTS_BUDGET);
  }
});
