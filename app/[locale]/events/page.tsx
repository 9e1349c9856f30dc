import type { Metadata } from 'next';
import { briefingPreviewImage } from '@/lib/charts/preview-image';
import { EventsTable } from '@/components/events-table/events-table';
import { JsonLd } from '@/components/site/json-ld';
import { TableDownloads } from '@/components/site/table-downloads';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import { formatCount, nouns } from '@/lib/format/count';
import { formatNumber } from '@/lib/format/number';
import { eventsListing, listingSources } from '@/lib/listings';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

const articles = formatCount(briefing.sources.length, nouns.article);

export const metadata: Metadata = pageMetadata({
  path: '/events',
  title: 'Events',
  image: briefingPreviewImage(briefing, 'timeline'),
  description: `Every event in Bangladesh–Russia relations that ${articles} report, dated only as far as they date it, with quotes and sources.`,
});

function EventsLede() {
  const undated = briefing.events.filter((event) => event.when.precision === 'none').length;
  return (
    <p className="lede">
      Every event the {articles} report. {formatNumber(undated)} of the{' '}
      {formatCount(briefing.events.length, nouns.event)} have no date in the sources; they say “date
      not given” and sort last in either direction. What the articles say that is not an event
      (background, the authors’ arguments) is on each <a href="/sources">source’s page</a>, every
      passage with the reason.
    </p>
  );
}

export default function EventsPage() {
  const listing = eventsListing(briefing, 1);
  return (
    <>
      <h1>Events</h1>
      <EventsLede />
      <EventsTable {...listing} caption="All events" />
      <TableDownloads table="events" />
      <JsonLd
        data={datasetJsonLd({
          name: 'Events in Bangladesh–Russia relations',
          description: `Every event ${articles} on Bangladesh–Russia relations report, dated only as far as they date it, with quotes and sources.`,
          pagePath: '/events',
          table: 'events',
          // The articles behind this page's rows: the JSON-LD stays small however many there are.
          sources: listingSources(
            briefing,
            listing.rows.map((row) => row.id),
            (id) => briefing.event(id).citations.map((c) => c.sourceId),
          ),
        })}
      />
    </>
  );
}
