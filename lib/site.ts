import { z } from 'zod';

/**
 * The public origin of the site, from SITE_URL, or null. A build that does
 * not know its public address must not invent one (a server on another port
 * or host would publish links to "localhost:3000"), so without SITE_URL:
 * - every format that allows a relative address gets one (pages, CSV and
 *   JSON url columns, JSON-LD, embed canonical links): `publicUrl`;
 * - formats that need an absolute address (sitemap, robots.txt's Sitemap
 *   line, oEmbed, Open Graph images, the address printed in chart images)
 *   are left out: `absoluteUrl` returns null.
 * `npm run export` refuses to run without SITE_URL (scripts/export.sh).
 */
const siteUrlSchema = z
  .url({ protocol: /^https?$/, error: 'SITE_URL must be an http(s) URL' })
  .transform((url) => url.replace(/\/+$/, ''));

export const siteUrl: string | null = process.env.SITE_URL
  ? siteUrlSchema.parse(process.env.SITE_URL)
  : null;

export const siteName = 'Bangladesh–Russia briefing';

const withSlash = (path: string) => (path.startsWith('/') ? path : `/${path}`);

/** Absolute when the public origin is known, relative otherwise. */
export const publicUrl = (path: string): string => `${siteUrl ?? ''}${withSlash(path)}`;

/** Absolute, or null when the public origin is not known: leave the feature out. */
export const absoluteUrl = (path: string): string | null =>
  siteUrl === null ? null : `${siteUrl}${withSlash(path)}`;
