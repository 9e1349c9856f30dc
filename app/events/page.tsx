import type { Metadata } from 'next';
import { dataset } from '@/data';
import { JsonLd } from '@/components/site/json-ld';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import { EventsTable } from '@/components/events-table/events-table';
import { formatCount, nouns } from '@/lib/format/count';
import { formatNumber } from '@/lib/format/number';
import { pageMetadata } from '@/lib/page-metadata';
import { eventRows } from '@/lib/tables/rows';

const articles = formatCount(dataset.sources.length, nouns.article);

export const metadata: Metadata = pageMetadata({
  path: '/events',
  title: 'Events',
  description: `Every event in Bangladesh–Russia relations that ${articles} report, dated only as far as they date it, with quotes and sources.`,
});

export default function EventsPage() {
  const undated = dataset.events.filter((event) => event.when.precision === 'none').length;
  return (
    <>
      <h1>Events</h1>
      <p className="lede">
        Every event the {articles} report. {formatNumber(undated)} of the{' '}
        {formatCount(dataset.events.length, nouns.event)} have no date in the sources; they say
        “date not given” and sort last in either direction. What the articles say that is not an
        event (background, the authors’ arguments) is on <a href="/sources">the sources page</a>,
        each passage with the reason.
      </p>
      <EventsTable rows={eventRows(dataset)} caption="All events" />
      <JsonLd
        data={datasetJsonLd({
          name: 'Events in Bangladesh–Russia relations',
          description: `Every event ${articles} on Bangladesh–Russia relations report, dated only as far as they date it, with quotes and sources.`,
          pagePath: '/events',
          table: 'events',
          sources: dataset.sources,
        })}
      />
    </>
  );
}
