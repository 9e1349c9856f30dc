import type { Metadata } from 'next';
import { dataset } from '@/data';
import { JsonLd } from '@/components/site/json-ld';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import { ClaimsTable } from '@/components/claims-table/claims-table';
import { qualifierLabels, qualifierNotes } from '@/lib/format/qualifier';
import { qualifiers } from '@/lib/data/vocabulary';
import { claimRows } from '@/lib/tables/rows';

export const metadata: Metadata = {
  title: 'Claims',
  description:
    'Every figure in the two source articles, with its qualifier, the date it refers to, its source and the verbatim quote.',
  alternates: { canonical: '/claims' },
};

export default function ClaimsPage() {
  return (
    <>
      <h1>Claims</h1>
      <p className="lede">
        Every number the two articles print is a claim here, with the words around it. Derived
        figures are computed from them by a formula shown beside each.
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
      <ClaimsTable rows={claimRows(dataset)} caption="All claims, from both sources" />
      <JsonLd
        data={datasetJsonLd(dataset, {
          name: 'Claims: every figure in the sources',
          description:
            'Every quantitative statement in two articles on Bangladesh–Russia relations, with qualifier, date, verbatim quote and source; derived figures with their formula.',
          pagePath: '/claims',
          table: 'claims',
        })}
      />
    </>
  );
}
