import { dataset } from '@/data';
import { chartSlugs } from '@/lib/charts/catalogue';
import { sitePages } from '@/lib/site-pages';

/** Every page of the site, from the list the sitemap is made of. */
export const pages = sitePages(dataset);

export { chartSlugs, dataset };

/** Row counts come from the data, so a new event or claim needs no test edit. */
export const eventCount = dataset.events.length;
export const claimCount = dataset.claims.length;
export const energyEventCount = dataset.events.filter((e) => e.topic === 'energy').length;
