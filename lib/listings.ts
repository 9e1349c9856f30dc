import type { Topic } from './data/vocabulary';
import { dataHref, tableIndexFile } from './downloads/file-names';
import { topicLabel } from './format/qualifier';
import type { Locale } from './i18n/locales';
import { localePath } from './i18n/paths';
import type { Briefing } from './model/briefing';
import { pageCount, pageLinks, pageSlice } from './pagination';
import { claimRows, eventRows } from './tables/rows';

/** The topics a table filters by, each with its label in the table's language. */
export const topicOptions = (topics: Iterable<Topic>, locale: Locale) =>
  [...new Set(topics)].map((value) => ({ value, label: topicLabel(value, locale) }));

/**
 * What the events and claims pages hand their tables: one page of full rows
 * in the default order, the total, links to the other pages, and every topic.
 * Page 1 is /events (or /claims); page n is /events/page/n.
 */
export function eventsListing(briefing: Briefing, page: number, locale: Locale) {
  const events = briefing.eventOrder;
  return {
    rows: eventRows(briefing, locale, pageSlice(events, page)),
    total: events.length,
    pages: pageLinks(localePath('/events', locale), page, pageCount(events.length), locale),
    topics: topicOptions(
      events.map((event) => event.topic),
      locale,
    ),
    indexHref: dataHref(tableIndexFile('events', locale)),
  };
}

export function claimsListing(briefing: Briefing, page: number, locale: Locale) {
  const claims = briefing.claims;
  return {
    rows: claimRows(briefing, locale, pageSlice(claims, page)),
    total: claims.length,
    pages: pageLinks(localePath('/claims', locale), page, pageCount(claims.length), locale),
    topics: topicOptions(
      claims.map((claim) => claim.topic),
      locale,
    ),
    indexHref: dataHref(tableIndexFile('claims', locale)),
  };
}

/**
 * Every page number for generateStaticParams. Page 1 is the listing itself
 * (/events); /events/page/1 redirects there, and keeps the route from being
 * empty, which a static export refuses.
 */
export const numberedPages = (rows: number) =>
  Array.from({ length: pageCount(rows) }, (_, index) => ({ n: String(index + 1) }));

/** A page number from the URL, or null when the table has no such page. */
export function pageFromParam(n: string, rows: number): number | null {
  if (!/^[1-9]\d*$/.test(n)) return null;
  const page = Number(n);
  return page <= pageCount(rows) ? page : null;
}

/** The home page shows the latest dated events, newest first; the events pages have them all. */
export const LATEST_EVENTS = 10;

export function latestEvents(briefing: Briefing) {
  return briefing.eventOrder
    .filter((event) => event.when.precision !== 'none')
    .slice(-LATEST_EVENTS)
    .reverse();
}

/** The distinct sources of a page's rows, for its JSON-LD. */
export function listingSources(
  briefing: Briefing,
  rowIds: readonly string[],
  sourcesOf: (id: string) => readonly string[],
) {
  return [...new Set(rowIds.flatMap(sourcesOf))].map((id) => briefing.source(id));
}
