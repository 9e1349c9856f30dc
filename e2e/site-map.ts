import { readCompiledBriefing } from '@/lib/model/compiled';
import { briefingCharts } from '@/lib/briefing-charts';
import { latestEvents as latestEventsOf } from '@/lib/listings';
import { builtLocales, localeInfo, type Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { sitePages } from '@/lib/site-pages';

/** The briefing the servers under test were built from (generated/briefing.json). */
export const briefing = readCompiledBriefing();

/** Every page of the site, from the list the sitemap is made of. */
export const pages = sitePages(briefing);

/** Every page in every built language: /claims, /bn/claims, /ru/claims… */
export const localizedPages = builtLocales.flatMap((locale) =>
  pages.map((path) => ({
    locale,
    path: localePath(path, locale),
    tag: localeInfo[locale].tag,
    siteName: translator(locale, 'Site')('name'),
  })),
);

/** The languages other than English, whose pages are the briefing's translation. */
export const translatedPages = (locale: Locale) =>
  localizedPages.filter((page) => page.locale === locale);

export const chartSlugs = briefing.charts().map((chart) => chart.slug);

/** How many panels a chart draws. */
export const chartPanelCount = (slug: string) => briefing.chart(slug).panels.length;

/** The panels of the briefing page's chart grid, and the timelines it links to instead. */
const onBriefing = briefingCharts(briefing);
export const briefingPanelCount = onBriefing.grid.flatMap((chart) => chart.panels).length;
export const briefingTimelineSlugs = onBriefing.timelines.map((chart) => chart.slug);

/** Row counts come from the data, so a new event or claim needs no test edit. */
export const eventCount = briefing.events.length;
export const claimCount = briefing.claims.length;
export const energyEventCount = briefing.events.filter((e) => e.topic === 'energy').length;

/** The dated events the home page shows. */
export const latestEvents = latestEventsOf(briefing);
