import { readCompiledBriefing } from '@/lib/model/compiled';
import { latestEvents as latestEventsOf } from '@/lib/listings';
import { sitePages } from '@/lib/site-pages';

/** The briefing the servers under test were built from (generated/briefing.json). */
export const briefing = readCompiledBriefing();

/** Every page of the site, from the list the sitemap is made of. */
export const pages = sitePages(briefing);

export const chartSlugs = briefing.charts().map((chart) => chart.slug);

/** Row counts come from the data, so a new event or claim needs no test edit. */
export const eventCount = briefing.events.length;
export const claimCount = briefing.claims.length;
export const energyEventCount = briefing.events.filter((e) => e.topic === 'energy').length;

/** The dated events the home page shows. */
export const latestEvents = latestEventsOf(briefing);
