import type { Metadata } from 'next';
import { briefingPreviewImage } from '@/lib/charts/preview-image';
import { ClaimsTable } from '@/components/claims-table/claims-table';
import { JsonLd } from '@/components/site/json-ld';
import { TableDownloads } from '@/components/site/table-downloads';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import { qualifiers } from '@/lib/data/vocabulary';
import { formatCount, nouns } from '@/lib/format/count';
import { qualifierLabels, qualifierNotes } from '@/lib/format/qualifier';
import { claimsListing, listingSources } from '@/lib/listings';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

const articles = formatCount(briefing.sources.length, nouns.article);
const calculated = briefing.claims.filter((claim) => claim.qualifier === 'derived').length;

export const metadata: Metadata = pageMetadata({
  path: '/claims',
  title: 'Claims',
  image: briefingPreviewImage(briefing, 'figures'),
  description: `Every figure in ${articles} on Bangladesh–Russia relations, with its qualifier, the date it refers to, its source and the verbatim quote; figures the briefing calculates, with their formulas.`,
});

export default function ClaimsPage() {
  const listing = claimsListing(briefing, 1);
  return (
    <>
      <h1>Claims</h1>
      <p className="lede">
        Every number the {articles} print is a claim here, with the words around it. The briefing
        calculates {formatCount(calculated, nouns.figure)} from them, each by a formula shown beside
        it. Where sources give different values for the same thing and period, each is listed and
        flagged.
      </p>
      <details className="qualifier-key">
        <summary>What the qualifiers mean</summary>
        <dl>
          {qualifiers.map((qualifier) => (
            <div key={qualifier}>
              <dt>{qualifierLabels[qualifier]}</dt>
              <dd>{qualifierNotes[qualifier]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <ClaimsTable {...listing} caption="All claims" />
      <TableDownloads table="claims" />
      <JsonLd
        data={datasetJsonLd({
          name: 'Claims: every figure in the sources',
          description: `Every quantitative statement in ${articles} on Bangladesh–Russia relations, with qualifier, date, verbatim quote and source; figures the briefing calculates, with their formula and inputs.`,
          pagePath: '/claims',
          table: 'claims',
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
