import type { NumberedPageProps } from './page-props';
import { ClaimsTable } from '@/components/claims-table/claims-table';
import { TableHost } from '@/components/data-table/table-host';
import { JsonLd } from '@/components/site/json-ld';
import { TableDownloads } from '@/components/site/table-downloads';
import { qualifiers } from '@/lib/data/vocabulary';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import { qualifierLabel, qualifierNote } from '@/lib/format/qualifier';
import { translator } from '@/lib/i18n/messages';
import { claimsListing, listingSources } from '@/lib/listings';

/** /claims (page 1, with its lede, qualifier key, downloads and JSON-LD) and /claims/page/<n>. */
export function ClaimsPage({ briefing, page, locale }: NumberedPageProps) {
  const t = translator(locale, 'Claims');
  const articles = briefing.sources.length;
  const listing = claimsListing(briefing, page, locale);
  const table = (
    <TableHost table="claims" listingHref={listing.listingHref}>
      <ClaimsTable {...listing} />
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
  const calculated = briefing.claims.filter((claim) => claim.qualifier === 'derived').length;
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
      {table}
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
