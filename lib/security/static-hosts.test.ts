import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { netlifyHeaders, nginxHeaders } from './static-hosts';

describe('nginx header snippets', () => {
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

  it('lets embeds be framed and nothing else', () => {
    expect(file).toMatch(
      /\/embed\/\*\n(?:  .+\n)*  Content-Security-Policy: [^\n]*frame-ancestors \*/,
    );
    const siteRules = rules.filter(
      (rule) =>
        !rule.path.startsWith('/embed/') && rule.headers.includes('Content-Security-Policy'),
    );
    expect(siteRules.every((rule) => rule.headers.includes('X-Frame-Options'))).toBe(true);
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
