import type { Metadata } from 'next';
import { briefingPreviewImage } from '@/lib/charts/preview-image';
import { ClaimsTable } from '@/components/claims-table/claims-table';
import { JsonLd } from '@/components/site/json-ld';
import { TableDownloads } from '@/components/site/table-downloads';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import { qualifiers } from '@/lib/data/vocabulary';
import { qualifierLabel, qualifierNote } from '@/lib/format/qualifier';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { claimsListing, listingSources } from '@/lib/listings';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';
import { tableWords } from '@/lib/tables/table-words';

type Props = { params: Promise<LocaleParams> };

const articles = briefing.sources.length;
const calculated = briefing.claims.filter((claim) => claim.qualifier === 'derived').length;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Claims');
  return pageMetadata({
    path: '/claims',
    locale,
    title: t('title'),
    image: briefingPreviewImage(briefing, 'figures', locale),
    description: t('description', { articles }),
  });
}

export default async function ClaimsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Claims');
  const listing = claimsListing(briefing, 1, locale);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede', { articles, calculated })}</p>
      <details className="qualifier-key">
        <summary>{t('qualifierKey')}</summary>
        <dl>
          {qualifiers.map((qualifier) => (
            <div key={qualifier}>
              <dt>{qualifierLabel(qualifier, locale)}</dt>
              <dd>{qualifierNote(qualifier, locale)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <ClaimsTable
        {...listing}
        caption={t('caption')}
        words={tableWords(locale, 'claims', listing.total)}
      />
      <TableDownloads table="claims" locale={locale} />
      <JsonLd
        data={datasetJsonLd({
          name: t('datasetName'),
          description: t('datasetDescription', { articles }),
          pagePath: '/claims',
          table: 'claims',
          locale,
          // The articles behind this page's rows: the JSON-LD stays small however many there are.
          sources: listingSources(
            briefing,
            listing.rows.map((row) => row.id),
            (id) => briefing.claim(id).sourceIds,
          ),
        })}
      />
    </>
  );
}
