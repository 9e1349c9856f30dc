import type { Metadata } from 'next';
import { briefingPreviewImage } from '@/lib/charts/preview-image';
import { EventsTable } from '@/components/events-table/events-table';
import { JsonLd } from '@/components/site/json-ld';
import { TableDownloads } from '@/components/site/table-downloads';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { localePath } from '@/lib/i18n/paths';
import { eventsListing, listingSources } from '@/lib/listings';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';
import { tableWords } from '@/lib/tables/table-words';

type Props = { params: Promise<LocaleParams> };

const articles = briefing.sources.length;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Events');
  return pageMetadata({
    path: '/events',
    locale,
    title: t('title'),
    image: briefingPreviewImage(briefing, 'timeline', locale),
    description: t('description', { articles }),
  });
}

function EventsLede({ locale }: { locale: Locale }) {
  const undated = briefing.events.filter((event) => event.when.precision === 'none').length;
  return (
    <p className="lede">
      {translator(locale, 'Events').rich('lede', {
        articles,
        undated,
        events: briefing.events.length,
        sources: (chunks) => <a href={localePath('/sources', locale)}>{chunks}</a>,
      })}
    </p>
  );
}

export default async function EventsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Events');
  const listing = eventsListing(briefing, 1, locale);
  return (
    <>
      <h1>{t('title')}</h1>
      <EventsLede locale={locale} />
      <EventsTable
        {...listing}
        caption={t('caption')}
        words={tableWords(locale, 'events', listing.total)}
      />
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
