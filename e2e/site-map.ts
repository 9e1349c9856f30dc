import { dataset } from '@/data';
import { chartSlugs } from '@/lib/charts/catalogue';
import { sitePages } from '@/lib/site-pages';

/** Every page of the site, from the list the sitemap is made of. */
export const pages = sitePages(dataset);

export { chartSlugs, dataset };
