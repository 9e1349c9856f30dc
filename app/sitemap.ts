import type { MetadataRoute } from 'next';
import { dataset } from '@/data';
import { sitePages } from '@/lib/site-pages';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page, from the same list the end-to-end tests visit. */
export default function sitemap(): MetadataRoute.Sitemap {
  const lastModified = dataset.sources
    .map((s) => s.publishedOn)
    .sort()
    .at(-1);
  return sitePages(dataset).map((path) => ({ url: absoluteUrl(path), lastModified }));
}
