import { Feed } from 'feed';
import { claimFigureText } from './claims/claim-text';
import { correctedEntries } from './corrections';
import { formatDateRef } from './format/date-ref';
import type { Briefing } from './model/briefing';
import { siteName } from './site';

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

/** New events and corrections, newest first, at most FEED_ENTRIES. */
export function feedEntries(briefing: Briefing): FeedEntry[] {
  const events = briefing.events.map((event): FeedEntry => ({
    kind: 'event',
    id: event.id,
    date: event.addedOn,
    title: event.title,
    path: briefing.eventHref(event.id),
    idPath: `/events#event-${event.id}`,
    summary: [
      `${formatDateRef(event.when)}. ${event.summary}`,
      ...event.claimIds.map((id) => {
        const claim = briefing.claim(id);
        return `${claimFigureText(claim)}: ${claim.label}.`;
      }),
      `Source: ${event.citations.map((c) => briefing.sourceLine(c.sourceId)).join('; ')}.`,
    ].join(' '),
  }));
  const corrections = briefing.corrections.map((correction): FeedEntry => ({
    kind: 'correction',
    id: correction.id,
    date: correction.date,
    title: `Correction: ${correctedEntries(briefing, correction)
      .map((entry) => entry.text)
      .join('; ')}`,
    path: `/corrections#correction-${correction.id}`,
    idPath: `/corrections#correction-${correction.id}`,
    summary: `${correction.change} Why: ${correction.why}`,
  }));
  return [...events, ...corrections]
    .sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind))
    .slice(0, FEED_ENTRIES);
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** The Atom 1.0 feed (RFC 4287) of new events and corrections, with absolute addresses. */
export function atomFeed(briefing: Briefing, origin: string): string {
  const entries = feedEntries(briefing);
  const updated = entries.reduce(
    (latest, entry) => (entry.date > latest ? entry.date : latest),
    '',
  );
  const feed = new Feed({
    id: `${origin}/feed.xml`,
    title: `${siteName}: new events and corrections`,
    description: 'Events added to the briefing and corrections to it, newest first.',
    link: `${origin}/`,
    language: 'en',
    updated: day(updated || '1970-01-01'),
    generator: false,
    feedLinks: { atom: `${origin}/feed.xml` },
    author: { name: siteName, link: `${origin}/` },
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
