import type { Topic } from './data/vocabulary';
import { dataHref, listingFile, tableIndexFile } from './downloads/file-names';
import { translator } from './i18n/messages';
import { topicLabel } from './format/qualifier';
import type { Locale } from './i18n/locales';
import { localePath } from './i18n/paths';
import type { Briefing } from './model/briefing';
import { pageCount, pageLinks, pageSlice, type PageLink } from './pagination';
import { claimRows, eventRows, type ClaimRow, type EventRow } from './tables/rows';
import { tableWords, type TableWords } from './tables/table-words';

/** The topics a table filters by, each with its label in the table's language. */
export const topicOptions = (topics: Iterable<Topic>, locale: Locale) =>
  [...new Set(topics)].map((value) => ({ value, label: topicLabel(value, locale) }));

/** Which rows a table shows: a page of the whole table, or the home page's latest events. */
export type ListingView = number | 'latest';

/**
 * Everything a table is drawn from: one page of full rows in the default
 * order, the total, links to the other pages, every topic, its caption and
 * words. The page's HTML has the table as the bake drew it from this; the
 * browser fetches the same listing (`listingHref`, /data/) only when a reader
 * sorts or filters, and every row in compact form (`indexHref`) only to sort
 * or filter beyond the page. Page 1 is /events (or /claims); page n is /events/page/n.
 */
export interface TableListing<Row> {
  rows: Row[];
  total: number;
  pages: PageLink[];
  topics: { value: Topic; label: string }[];
  caption: string;
  words: TableWords;
  indexHref: string;
  listingHref: string;
}

export function eventsListing(
  briefing: Briefing,
  view: ListingView,
  locale: Locale,
): TableListing<EventRow> {
  const all = briefing.eventOrder;
  const events = view === 'latest' ? latestEvents(briefing) : all;
  const page = view === 'latest' ? 1 : view;
  const t = translator(locale, 'Events');
  return {
    rows: eventRows(briefing, locale, view === 'latest' ? events : pageSlice(events, page)),
    total: events.length,
    pages:
      view === 'latest'
        ? []
        : pageLinks(localePath('/events', locale), page, pageCount(events.length), locale),
    topics: topicOptions(
      events.map((event) => event.topic),
      locale,
    ),
    caption:
      view === 'latest'
        ? translator(locale, 'Briefing')('latestCaption')
        : page === 1
          ? t('caption')
          : t('pageTitle', { page }),
    words: tableWords(locale, 'events', events.length),
    indexHref: dataHref(tableIndexFile('events', locale)),
    listingHref: dataHref(listingFile('events', view, locale)),
  };
}

export function claimsListing(
  briefing: Briefing,
  page: number,
  locale: Locale,
): TableListing<ClaimRow> {
  const claims = briefing.claims;
  const t = translator(locale, 'Claims');
  return {
    rows: claimRows(briefing, locale, pageSlice(claims, page)),
    total: claims.length,
    pages: pageLinks(localePath('/claims', locale), page, pageCount(claims.length), locale),
    topics: topicOptions(
      claims.map((claim) => claim.topic),
      locale,
    ),
    caption: page === 1 ? t('caption') : t('pageTitle', { page }),
    words: tableWords(locale, 'claims', claims.length),
    indexHref: dataHref(tableIndexFile('claims', locale)),
    listingHref: dataHref(listingFile('claims', page, locale)),
  };
}

/** Every listing the tables fetch, for /data/: each page of each table, and the latest events. */
export function allListings(briefing: Briefing, locale: Locale) {
  return [
    {
      file: listingFile('events', 'latest', locale),
      listing: eventsListing(briefing, 'latest', locale),
    },
    ...numberedPages(briefing.events.length).map(({ n }) => ({
      file: listingFile('events', Number(n), locale),
      listing: eventsListing(briefing, Number(n), locale),
    })),
    ...numberedPages(briefing.claims.length).map(({ n }) => ({
      file: listingFile('claims', Number(n), locale),
      listing: claimsListing(briefing, Number(n), locale),
    })),
  ];
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
export const LATEST_EVENTS = 5;

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
