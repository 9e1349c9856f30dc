import { dataset } from '@/data';
import { chartSlugs } from '@/lib/charts/catalogue';

/** Every page of the site, from the same lists that generate the routes. */
export const pages = [
  '/',
  '/charts',
  '/events',
  '/claims',
  '/sources',
  ...chartSlugs.map((slug) => `/charts/${slug}`),
  ...dataset.claims.map((claim) => `/claims/${claim.id}`),
];

export { chartSlugs, dataset };
