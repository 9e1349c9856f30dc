import { chartSlugs } from './charts/catalogue';
import type { Dataset } from './data/dataset';

/** Every page of the site: the sitemap lists these and the end-to-end tests visit them. */
export function sitePages(dataset: Dataset): string[] {
  return [
    '/',
    '/charts',
    '/events',
    '/claims',
    '/sources',
    ...chartSlugs.map((slug) => `/charts/${slug}`),
    ...dataset.claims.map((claim) => `/claims/${claim.id}`),
  ];
}
