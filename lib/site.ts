import { z } from 'zod';

/**
 * The public origin of the site, for absolute URLs: embed codes, oEmbed,
 * sitemap, Open Graph and the source line of images. Set SITE_URL when
 * building for a real host; it defaults to the local server.
 */
const siteUrlSchema = z
  .url({ protocol: /^https?$/, error: 'SITE_URL must be an http(s) URL' })
  .transform((url) => url.replace(/\/+$/, ''));

export const siteUrl = siteUrlSchema.parse(process.env.SITE_URL ?? 'http://localhost:3000');

export const siteName = 'Bangladesh–Russia briefing';

export const absoluteUrl = (path: string) =>
  `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
