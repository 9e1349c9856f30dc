import type { Briefing } from './model/briefing';
import { pageCount, pageLinks, pageSlice } from './pagination';
import { claimRows, eventRows } from './tables/rows';

/**
 * What the events and claims pages hand their tables: one page of full rows
 * in the default order, the total, links to the other pages, and every topic.
 * Page 1 is /events (or /claims); page n is /events/page/n.
 */
export function eventsListing(briefing: Briefing, page: number) {
  const events = briefing.eventOrder;
  return {
    rows: eventRows(briefing, pageSlice(events, page)),
    total: events.length,
    pages: pageLinks('/events', page, pageCount(events.length)),
    topics: [...new Set(events.map((event) => event.topic))],
  };
}

export function claimsListing(briefing: Briefing, page: number) {
  const claims = briefing.claims;
  return {
    rows: claimRows(briefing, pageSlice(claims, page)),
    total: claims.length,
    pages: pageLinks('/claims', page, pageCount(claims.length)),
    topics: [...new Set(claims.map((claim) => claim.topic))],
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
