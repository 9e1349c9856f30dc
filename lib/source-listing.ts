import { claimFigureText } from './claims/claim-text';
import { claimHref, sourceHref } from './links';
import { formatCount, nouns } from './format/count';
import type { Briefing } from './model/briefing';
import { pageCount, pageLinks, pageSlice } from './pagination';

/** The sources, newest first, a page at a time, each with what it contributes in numbers. */
export function sourcesListing(briefing: Briefing, page: number) {
  const sources = [...briefing.sources].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
  return {
    sources: pageSlice(sources, page).map((source) => ({
      source,
      href: sourceHref(source.id),
      contributes: `${formatCount(briefing.claimsFromSource(source.id).length, nouns.figure)} and ${formatCount(briefing.eventsFromSource(source.id).length, nouns.event)}`,
    })),
    pages: pageLinks('/sources', page, pageCount(sources.length)),
  };
}

/** Everything one article gives the briefing, for its own page. */
export function sourceDetail(briefing: Briefing, id: string) {
  return {
    source: briefing.source(id),
    figures: briefing.claimsFromSource(id).map((claim) => ({
      id: claim.id,
      text: `${claimFigureText(claim)}: ${claim.label}`,
      href: claimHref(claim.id),
    })),
    events: briefing.eventsFromSource(id).map((event) => ({
      id: event.id,
      text: event.title,
      href: briefing.eventHref(event.id),
    })),
    background: briefing.backgroundOf(id),
  };
}
