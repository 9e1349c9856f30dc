// Sources and tables only: the on-demand "Download this view" code loads this, so it stays light.
import type { Source } from './data/schema';
import { formatIsoDay } from './format/date';
import { siteName } from './site';

/**
 * "Md. Himel Rahman, “A pragmatic partnership: …”, IntelliNews, 29 January 2026": the
 * article's record as it prints it; a page in another language passes its date and the words
 * for a missing publisher (this module stays free of the message catalogues).
 */
export function sourceCitation(
  source: Source,
  words: { date: string; publisherNotGiven: string } = {
    date: formatIsoDay(source.publishedOn),
    publisherNotGiven: 'publisher not given',
  },
): string {
  return [
    source.author,
    `“${source.title}”`,
    source.publisher ?? words.publisherNotGiven,
    words.date,
    source.url,
  ]
    .filter(Boolean)
    .join(', ');
}

/** A table's citation, or a view of it: "Bangladesh–Russia briefing, “Claims: …”, <address>". */
export function tableCitation(title: string, url: string): string {
  return `${siteName}, “${title}”, ${url}`;
}
