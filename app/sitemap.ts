import type { MetadataRoute } from 'next';
import { briefing } from '@/lib/model/current';
import { sitePages } from '@/lib/site-pages';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * Every page, from the same list the end-to-end tests visit. A sitemap
 * lists absolute addresses only (sitemaps.org): without SITE_URL it is empty.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const lastModified = briefing.sources
    .map((s) => s.publishedOn)
    .sort()
    .at(-1);
  return sitePages(briefing).flatMap((path) => {
    const url = absoluteUrl(path);
    return url ? [{ url, lastModified }] : [];
  });
}
