import { Feed } from 'feed';
import { claimFigureText } from './claims/claim-text';
import { correctedEntries } from './corrections';
import { formatDateRef } from './format/date-ref';
import { localeInfo, type Locale } from './i18n/locales';
import { translator } from './i18n/messages';
import { localePath } from './i18n/paths';
import type { Briefing } from './model/briefing';

/** The most entries the feed carries: readers poll it for what is new, not for the archive. */
export const FEED_ENTRIES = 50;

interface FeedEntry {
  kind: 'event' | 'correction';
  id: string;
  /** Day the entry became news: an event's addedOn, a correction's date. */
  date: string;
  title: string;
  path: string;
  /** A stable address for the entry's atom:id, whatever page the event later moves to. */
  idPath: string;
  summary: string;
}

/** The feed's address in a language: /feed.xml, /bn/feed.xml. */
export const feedPath = (locale: Locale) => localePath('/feed.xml', locale);

/** New events and corrections, newest first, at most FEED_ENTRIES, in a language. */
export function feedEntries(briefing: Briefing, locale: Locale = 'en'): FeedEntry[] {
  const t = translator(locale, 'Feed');
  const words = briefing.words(locale);
  const events = briefing.events.map((event): FeedEntry => ({
    kind: 'event',
    id: event.id,
    date: event.addedOn,
    title: words.eventTitle(event.id),
    path: briefing.eventHref(event.id, locale),
    idPath: `${localePath('/events', locale)}#event-${event.id}`,
    summary: [
      t('eventSummary', {
        date: formatDateRef(event.when, locale),
        summary: words.eventSummary(event.id),
      }),
      ...event.claimIds.map((id) => {
        const claim = briefing.claim(id);
        return t('figure', {
          figure: claimFigureText(claim, locale),
          label: words.measureLabel(claim.measure),
        });
      }),
      t('sources', {
        lines: event.citations.map((c) => briefing.sourceLine(c.sourceId, locale)).join('; '),
      }),
    ].join(' '),
  }));
  const corrections = briefing.corrections.map((correction): FeedEntry => {
    const { change, why } = words.correction(correction.id);
    const path = `${localePath('/corrections', locale)}#correction-${correction.id}`;
    return {
      kind: 'correction',
      id: correction.id,
      date: correction.date,
      title: t('correctionTitle', {
        entries: correctedEntries(briefing, correction, locale)
          .map((entry) => entry.text)
          .join('; '),
      }),
      path,
      idPath: path,
      summary: t('correctionSummary', { change, why }),
    };
  });
  return [...events, ...corrections]
    .sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind))
    .slice(0, FEED_ENTRIES);
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** The Atom 1.0 feed (RFC 4287) of new events and corrections, with absolute addresses. */
export function atomFeed(briefing: Briefing, origin: string, locale: Locale = 'en'): string {
  const t = translator(locale, 'Feed');
  const siteName = translator(locale, 'Site')('name');
  const entries = feedEntries(briefing, locale);
  const updated = entries.reduce(
    (latest, entry) => (entry.date > latest ? entry.date : latest),
    '',
  );
  const home = `${origin}${localePath('/', locale)}`;
  const feed = new Feed({
    id: `${origin}${feedPath(locale)}`,
    title: t('title', { site: siteName }),
    description: t('description'),
    link: home,
    language: localeInfo[locale].tag,
    updated: day(updated || '1970-01-01'),
    generator: false,
    feedLinks: { atom: `${origin}${feedPath(locale)}` },
    author: { name: siteName, link: home },
  });
  for (const entry of entries) {
    feed.addItem({
      id: `${origin}${entry.idPath}`,
      title: entry.title,
      link: `${origin}${entry.path}`,
      date: day(entry.date),
      description: entry.summary,
      category: [{ name: entry.kind }],
    });
  }
  return feed.atom1();
}
