// Free of the message catalogues: a page in another language passes its words.
import type { Source } from './data/schema';
import { formatIsoDay } from './format/date';

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
