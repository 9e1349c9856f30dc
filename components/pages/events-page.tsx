import type { NumberedPageProps } from './page-props';
import { TableHost } from '@/components/data-table/table-host';
import { EventsTable } from '@/components/events-table/events-table';
import { JsonLd } from '@/components/site/json-ld';
import { TableDownloads } from '@/components/site/table-downloads';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { eventsListing, listingSources } from '@/lib/listings';

/** /events (page 1, with its lede, downloads and JSON-LD) and /events/page/<n>. */
export function EventsPage({ briefing, page, locale }: NumberedPageProps) {
  const t = translator(locale, 'Events');
  const articles = briefing.sources.length;
  const listing = eventsListing(briefing, page, locale);
  const table = (
    <TableHost table="events" listingHref={listing.listingHref}>
      <EventsTable {...listing} />
    </TableHost>
  );
  if (page > 1) {
    return (
      <>
        <h1>{t('pageTitle', { page })}</h1>
        {table}
      </>
    );
  }
  const undated = briefing.events.filter((event) => event.when.precision === 'none').length;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">
        {t.rich('lede', {
          articles,
          undated,
          events: briefing.events.length,
          sources: (chunks) => <a href={localePath('/sources', locale)}>{chunks}</a>,
        })}
      </p>
      {table}
      <TableDownloads table="events" locale={locale} />
      <JsonLd
        data={datasetJsonLd({
          name: t('datasetName'),
          description: t('datasetDescription', { articles }),
          pagePath: '/events',
          table: 'events',
          locale,
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
