import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREFIXED_LOCALES } from '../i18n/default-locale.js';
import { sitePolicy } from './headers.js';
import {
  netlifyHeaders,
  nginxHeaders,
  nginxHttpContext,
  nginxPagePolicies,
  type ExportedPage,
} from './static-hosts';

const PAGES: ExportedPage[] = [
  { file: 'index.html', scriptHashes: ["'sha256-home'"] },
  { file: 'charts.html', scriptHashes: ["'sha256-charts'"] },
  { file: 'charts/recruits.html', scriptHashes: ["'sha256-recruits'", "'sha256-shared'"] },
  { file: '404.html', scriptHashes: ["'sha256-404'"] },
];

describe('nginx header snippets', () => {
  it('deploy/nginx/http.conf matches lib/security/headers.js', () => {
    expect(readFileSync('deploy/nginx/http.conf', 'utf8')).toBe(nginxHttpContext());
  });

  it.each(['site', 'embed', 'public-files'] as const)(
    'deploy/nginx/security-headers-%s.conf matches lib/security/headers.js',
    (which) => {
      // If this fails: npm run headers:nginx, and commit the result.
      expect(readFileSync(`deploy/nginx/security-headers-${which}.conf`, 'utf8')).toBe(
        nginxHeaders(which),
      );
    },
  );
});

/** Netlify-style matching: exact paths, and a trailing /* for everything below. */
function matches(rule: string, path: string): boolean {
  if (rule.endsWith('/*')) return path.startsWith(rule.slice(0, -1));
  if (rule.includes('*'))
    return new RegExp(`^${rule.replace(/\./g, '\\.').replace('*', '[^/]*')}$`).test(path);
  return rule === path;
}

describe('_headers', () => {
  const file = netlifyHeaders(
    [
      { path: '_next', directory: true },
      { path: 'charts', directory: true },
      { path: 'charts.html', directory: false },
      { path: 'data', directory: true },
      { path: 'embed', directory: true },
      { path: 'embed.js', directory: false },
      { path: 'index.html', directory: false },
      { path: '404.html', directory: false },
      { path: 'images', directory: true },
      { path: 'oembed', directory: true },
      { path: 'feed.xml', directory: false },
    ],
    ['claims.csv', 'claims.json'],
    PAGES,
  );
  const rules = file
    .split('\n\n')
    .map((block) => block.split('\n').filter((line) => !line.startsWith('#')))
    .map(([path = '', ...headers]) => ({
      path,
      headers: headers.map((h) => h.trim().split(':')[0]),
    }));

  it.each([
    '/',
    '/charts',
    '/charts/recruits',
    '/embed/recruits',
    '/data/claims.csv',
    '/embed.js',
    '/_next/static/x.js',
  ])('gives %s each header once, from one rule set', (path) => {
    const names = rules.filter((rule) => matches(rule.path, path)).flatMap((rule) => rule.headers);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Content-Security-Policy');
  });

  /** The policy a path gets: the one Content-Security-Policy of the rules it matches. */
  const policyOf = (path: string) =>
    file
      .split('\n\n')
      .filter((block) => matches(block.split('\n').find((l) => !l.startsWith('#')) ?? '', path))
      .flatMap((block) => block.split('\n'))
      .find((line) => line.startsWith('  Content-Security-Policy: '))
      ?.slice('  Content-Security-Policy: '.length);

  it.each([
    ['/', "'sha256-home'"],
    ['/charts', "'sha256-charts'"],
    ['/charts/recruits', "'sha256-recruits' 'sha256-shared'"],
  ])('gives the page %s the hashes of its own scripts and no unsafe-inline', (path, hashes) => {
    expect(policyOf(path)).toBe(sitePolicy(hashes.split(' ')));
    expect(policyOf(path)).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policyOf(path)).toContain(`script-src 'self' ${hashes};`);
  });

  it('lets no inline script run in what is not a page', () => {
    for (const path of ['/data/claims.csv', '/_next/static/x.js', '/embed.js'])
      expect(policyOf(path), path).toBe(sitePolicy());
  });

  it('lets embeds be framed and nothing else', () => {
    expect(file).toMatch(
      /\/embed\/\*\n(?:  .+\n)*  Content-Security-Policy: [^\n]*frame-ancestors \*/,
    );
    const frameOptions = (path: string) =>
      rules.filter((rule) => matches(rule.path, path)).flatMap((rule) => rule.headers);
    for (const path of ['/', '/charts', '/charts/recruits', '/data/claims.csv', '/feed.xml'])
      expect(frameOptions(path), path).toContain('X-Frame-Options');
    expect(frameOptions('/embed/recruits')).not.toContain('X-Frame-Options');
  });

  it('lets any origin read the public files, and only them', () => {
    const cors = (path: string) =>
      rules
        .filter((rule) => matches(rule.path, path))
        .flatMap((rule) => rule.headers)
        .filter((name) => name === 'Access-Control-Allow-Origin').length;
    for (const path of [
      '/data/claims.csv',
      '/data/claims.json',
      '/images/recruits.png',
      '/oembed/recruits.json',
      '/feed.xml',
    ])
      expect(cors(path), path).toBe(1);
    for (const path of ['/', '/charts/recruits', '/embed/recruits', '/embed.js']) {
      expect(cors(path), path).toBe(0);
    }
  });

  it('serves CSV as CSV attachments', () => {
    expect(file).toContain(
      '/data/claims.csv\n  Content-Type: text/csv; charset=utf-8; header=present\n  Content-Disposition: attachment; filename="bd-ru-claims.csv"',
    );
  });
});

describe("nginx's page policies", () => {
  const map = nginxPagePolicies(PAGES);

  it("maps each page's file, as try_files and error_page leave it in $uri, to its policy", () => {
    expect(map).toContain(`  "/index.html" "${sitePolicy(["'sha256-home'"])}";`);
    expect(map).toContain(
      `  "/charts/recruits.html" "${sitePolicy(["'sha256-recruits'", "'sha256-shared'"])}";`,
    );
    expect(map).toContain(`  "/404.html" "${sitePolicy(["'sha256-404'"])}";`);
    expect(map).toContain(`  default "${sitePolicy()}";`);
  });

  it('sizes the map so that nginx starts with any number of pages', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => ({
      file: `claims/a-long-claim-slug-of-the-kind-a-newsroom-writes-${i}.html`,
      scriptHashes: [],
    }));
    const sized = nginxPagePolicies(many);
    expect(Number(/map_hash_max_size (\d+);/.exec(sized)?.[1])).toBeGreaterThanOrEqual(30_000);
    expect(Number(/map_hash_bucket_size (\d+);/.exec(sized)?.[1])).toBeGreaterThanOrEqual(
      many[0]!.file.length + 1 + 26,
    );
  });
});

describe('deploy/nginx/site.conf', () => {
  it('serves the embeds, oEmbed responses, images and feeds of every language', () => {
    const conf = readFileSync('deploy/nginx/site.conf', 'utf8');
    const expected = `(?:${PREFIXED_LOCALES.map((locale) => `${locale}/`).join('|')})?`;
    const prefixes = conf.match(/\(\?:(?:[a-z]+\/\|?)+\)\?/g) ?? [];
    expect(prefixes.length).toBeGreaterThanOrEqual(4);
    for (const prefix of prefixes) expect(prefix).toBe(expected);
    expect(conf).toContain(`(?<oembed_locale>${PREFIXED_LOCALES.join('|')})`);
  });
});
