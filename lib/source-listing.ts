import { claimFigureText } from './claims/claim-text';
import { claimHref, sourceHref } from './links';
import type { Locale } from './i18n/locales';
import { translator } from './i18n/messages';
import { localePath } from './i18n/paths';
import type { Briefing } from './model/briefing';
import { pageCount, pageLinks, pageSlice } from './pagination';

/** The sources, newest first, a page at a time, each with what it contributes in numbers. */
export function sourcesListing(briefing: Briefing, page: number, locale: Locale) {
  const sources = [...briefing.sources].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
  return {
    sources: pageSlice(sources, page).map((source) => ({
      source,
      href: sourceHref(source.id, locale),
      figures: briefing.claimsFromSource(source.id).length,
      events: briefing.eventsFromSource(source.id).length,
    })),
    pages: pageLinks(localePath('/sources', locale), page, pageCount(sources.length), locale),
  };
}

/** Everything one article gives the briefing, for its own page. */
export function sourceDetail(briefing: Briefing, id: string, locale: Locale) {
  const words = briefing.words(locale);
  return {
    source: briefing.source(id),
    figures: briefing.claimsFromSource(id).map((claim) => ({
      id: claim.id,
      text: translator(locale, 'Row')('figure', {
        figure: claimFigureText(claim, locale),
        label: words.measureLabel(claim.measure),
      }),
      href: claimHref(claim.id, locale),
    })),
    events: briefing.eventsFromSource(id).map((event) => ({
      id: event.id,
      text: words.eventTitle(event.id),
      href: briefing.eventHref(event.id, locale),
    })),
    background: briefing.backgroundOf(id),
  };
}
