import type { MetadataRoute } from 'next';
import { dataset } from '@/data';
import { chartSlugs } from '@/lib/charts/catalogue';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page, from the same lists that generate the routes. */
export default function sitemap(): MetadataRoute.Sitemap {
  const lastModified = dataset.sources
    .map((s) => s.publishedOn)
    .sort()
    .at(-1);
  const paths = [
    '/',
    '/charts',
    '/events',
    '/claims',
    '/sources',
    ...chartSlugs.map((slug) => `/charts/${slug}`),
    ...dataset.claims.map((claim) => `/claims/${claim.id}`),
  ];
  return paths.map((path) => ({ url: absoluteUrl(path), lastModified }));
}
