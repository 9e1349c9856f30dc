// Sources and tables only: the on-demand "Download this view" code loads this, so it stays light.
import type { Source } from './data/schema';
import { formatIsoDay } from './format/date';
import { siteName } from './site';

/** "Md. Himel Rahman, “A pragmatic partnership: …”, IntelliNews, 29 January 2026". */
export function sourceCitation(source: Source): string {
  return [
    source.author,
    `“${source.title}”`,
    source.publisher ?? 'publisher not given',
    formatIsoDay(source.publishedOn),
    source.url,
  ]
    .filter(Boolean)
    .join(', ');
}

/** A table's citation, or a view of it: "Bangladesh–Russia briefing, “Claims: …”, <address>". */
export function tableCitation(title: string, url: string): string {
  return `${siteName}, “${title}”, ${url}`;
}
