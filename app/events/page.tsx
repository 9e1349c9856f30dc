import type { Metadata } from 'next';
import { dataset } from '@/data';
import { JsonLd } from '@/components/site/json-ld';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import { EventsTable } from '@/components/events-table/events-table';
import { formatNumber } from '@/lib/format/number';
import { eventRows } from '@/lib/tables/rows';

export const metadata: Metadata = {
  title: 'Events',
  description:
    'Every event in Bangladesh–Russia relations that the two source articles mention, dated where they date it, with quotes and sources.',
  alternates: { canonical: '/events' },
};

export default function EventsPage() {
  const undated = dataset.events.filter((event) => event.when.precision === 'none').length;
  return (
    <>
      <h1>Events</h1>
      <p className="lede">
        Every event the two articles mention. {formatNumber(undated)} of the{' '}
        {formatNumber(dataset.events.length)} have no date in the sources; they say “date not given”
        and sort last in either direction.
      </p>
      <EventsTable rows={eventRows(dataset)} caption="All events, from both sources" />
      <JsonLd
        data={datasetJsonLd(dataset, {
          name: 'Events in Bangladesh–Russia relations',
          description:
            'Every event two articles on Bangladesh–Russia relations mention, dated only as far as they date it, with quotes and sources.',
          pagePath: '/events',
          table: 'events',
        })}
      />
    </>
  );
}
