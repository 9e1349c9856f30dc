import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { EventsTable } from '@/components/events-table/events-table';
import { formatNumber } from '@/lib/format/number';
import { eventsListing, numberedPages, pageFromParam } from '@/lib/listings';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

/** /events/page/2 and on: the events table a page at a time, complete without JavaScript. */
export const dynamicParams = false;

export function generateStaticParams() {
  return numberedPages(briefing.events.length);
}

type Props = { params: Promise<{ n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFromParam((await params).n, briefing.events.length);
  if (page === null || page === 1) return {};
  return pageMetadata({
    path: `/events/page/${page}`,
    title: `Events, page ${formatNumber(page)}`,
    description: `Events in Bangladesh–Russia relations, page ${formatNumber(page)}, oldest first, with quotes and sources.`,
  });
}

export default async function EventsLaterPage({ params }: Props) {
  const page = pageFromParam((await params).n, briefing.events.length);
  if (page === null) notFound();
  if (page === 1) permanentRedirect('/events');
  return (
    <>
      <h1>Events, page {formatNumber(page)}</h1>
      <EventsTable
        {...eventsListing(briefing, page)}
        caption={`Events, page ${formatNumber(page)}`}
      />
    </>
  );
}
