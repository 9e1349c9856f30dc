// HTTP security headers, defined once for `next start` (next.config.js) and for
// static hosting (the _headers file and nginx config written by `npm run export`).
// Plain JavaScript because next.config.js imports it.
import { createHash } from 'node:crypto';
import { EMBED_SCRIPT } from '../embed/embed-script.js';
import { LOCALE_PREFIX_PATTERN, PREFIXED_LOCALES } from '../i18n/default-locale.js';

// An optional language prefix in Next's path syntax: /embed/x and /bn/embed/x.
const optionalLocale = `/:locale(${PREFIXED_LOCALES.join('|')})?`;

/** CSP source for an inline script: its SHA-256 in base64 (CSP Level 2, hash-source). */
export function scriptHash(script) {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

const everywhere = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
};

/**
 * Pages: scripts from the site itself, and inline scripts only by their hashes. Next's
 * prerendered pages carry inline scripts (the RSC payload) that are fixed once built, so each
 * page's own hashes are added where it is served (server.mjs, and the static hosts' files
 * written by scripts/finish-export.ts, from lib/security/page-scripts.js). Without them, as for
 * any response that is not a page, no inline script runs. No other site may frame pages
 * (CSP frame-ancestors, and X-Frame-Options for older browsers).
 * @param {readonly string[]} [scriptHashes] hash sources of the page's inline scripts
 */
export function sitePolicy(scriptHashes = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    // data: carries the site's icon (lib/site-icon.ts), which browsers check against img-src.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The site policy for anything that is not a built page: no inline script at all. */
export const siteCsp = sitePolicy();

/**
 * Embeds: one inline script, allowed by its hash, nothing loaded from
 * anywhere, and any site may frame them. connect-src 'self' lets a crawler's
 * tools fetch our robots.txt from the embed; the embed itself fetches nothing.
 */
export const embedCsp = [
  "default-src 'none'",
  `script-src ${scriptHash(EMBED_SCRIPT)}`,
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/**
 * HSTS, sent by the HTTPS server in front of either build (deploy/nginx): two years, the
 * Observatory's and browsers' preload lists' minimum being six months and one year. Not
 * includeSubDomains: the site cannot know what else lives under its domain.
 */
export const strictTransportSecurity = 'max-age=63072000';

/**
 * Files meant for other programs (downloads, oEmbed, images, the feed) may be
 * read by any site's scripts, such as a notebook in a browser: CORS for all.
 * No credentials are involved; the site sets no cookies.
 */
export const publicFileHeaders = { 'Access-Control-Allow-Origin': '*' };
export const publicFileSources = [
  '/data/:file([a-z0-9.-]+\\.(?:csv|json|xlsx))',
  `${optionalLocale}/oembed/:file([a-z0-9-]+\\.json)`,
  '/oembed',
  `${optionalLocale}/images/:file([a-z0-9-]+\\.(?:svg|png))`,
  `${optionalLocale}/feed.xml`,
];

/**
 * Header sets by path pattern (Next's `headers()` syntax): the site rule, the
 * embed rule, then the public files' (added to the site rule's headers).
 * @type {{ source: string; headers: Record<string, string> }[]}
 */
export const headerRules = [
  {
    // Everything but the embeds, in any language (path-to-regexp negative lookahead).
    source: `/((?!(?:${LOCALE_PREFIX_PATTERN})?embed/).*)`,
    headers: { ...everywhere, 'Content-Security-Policy': siteCsp, 'X-Frame-Options': 'DENY' },
  },
  {
    source: `${optionalLocale}/embed/:slug*`,
    headers: { ...everywhere, 'Content-Security-Policy': embedCsp },
  },
  ...publicFileSources.map((source) => ({ source, headers: publicFileHeaders })),
];

/**
 * In the shape next.config.js `headers()` returns. Given the charts' slugs, the
 * embed rule covers exactly their embeds, so that a 404 under /embed/ is a page
 * like any other and cannot be framed (nginx does the same with try_files).
 * @param {string[]} [embedSlugs]
 */
export function nextHeaders(embedSlugs) {
  const embeds = embedSlugs?.length ? `(?:${embedSlugs.join('|')})` : null;
  const rules = headerRules.map((rule, index) => {
    if (!embeds || index > 1) return rule;
    return index === 0
      ? { ...rule, source: `/((?!(?:${LOCALE_PREFIX_PATTERN})?embed/${embeds}$).*)` }
      : { ...rule, source: `${optionalLocale}/embed/:slug${embeds.replace('(?:', '(')}` };
  });
  return rules.map(({ source, headers }) => ({
    source,
    headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
  }));
}
