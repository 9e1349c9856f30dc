'use client';

import { createColumnHelper } from '@tanstack/react-table';
import type { ClaimIndexRow, ClaimRow } from '@/lib/tables/rows';
import type { Topic } from '@/lib/data/vocabulary';
import type { PageLink } from '@/lib/pagination';
import { tableFeatureSet } from '../data-table/table-features';
import { LinkedList } from '../data-table/linked-list';
import { UrlTable } from '../data-table/url-table';

/** A row in full (this page's rows), or compact (every row, from the index, to sort and filter). */
type Row = ClaimRow | ClaimIndexRow;
const isFull = (row: Row): row is ClaimRow => 'quote' in row;

const columnIds = ['figure', 'value', 'qualifier', 'date', 'topic', 'source'] as const;
type ColumnId = (typeof columnIds)[number];
const defaults = { sort: null as ColumnId | null, desc: false };

const byText =
  (key: 'label' | 'qualifierLabel' | 'topicLabel') =>
  (a: { original: Row }, b: { original: Row }) =>
    a.original[key].localeCompare(b.original[key], 'en-GB');

const helper = createColumnHelper<typeof tableFeatureSet, Row>();
const columns = helper.columns([
  helper.accessor((row) => (isFull(row) ? `${row.label} ${row.quote}` : row.label), {
    id: 'figure',
    header: 'Figure',
    sortFn: byText('label'),
  }),
  helper.accessor('valueSort', {
    id: 'value',
    header: 'Value',
    sortFn: 'basic',
    enableGlobalFilter: false,
  }),
  helper.accessor('qualifier', {
    id: 'qualifier',
    header: 'Qualifier',
    sortFn: byText('qualifierLabel'),
    enableGlobalFilter: false,
  }),
  helper.accessor((row) => row.dateSort ?? undefined, {
    id: 'date',
    header: 'Refers to',
    sortFn: 'basic',
    sortUndefined: 'last',
    enableGlobalFilter: false,
  }),
  helper.accessor('topic', {
    id: 'topic',
    header: 'Topic',
    filterFn: 'equalsString',
    sortFn: byText('topicLabel'),
    enableGlobalFilter: false,
  }),
  helper.accessor((row) => row.sources.map((s) => s.text).join('; '), {
    id: 'source',
    header: 'Source',
    sortFn: 'alphanumeric',
  }),
]);

interface ClaimsTableProps {
  rows: Row[];
  total: number;
  pages: PageLink[];
  topics: Topic[];
  caption: string;
}

/** Every claim with its value, qualifier, date and source; each links to its full provenance. */
export function ClaimsTable({ rows, total, pages, topics, caption }: ClaimsTableProps) {
  return (
    <UrlTable
      rows={rows}
      total={total}
      indexHref="/data/claims-index.json"
      pages={pages}
      columns={columns}
      columnIds={columnIds}
      defaults={defaults}
      caption={caption}
      noun="claims"
      topics={topics}
      renderRow={(claim: Row) => (
        <tr key={claim.id} id={`claim-${claim.id}`}>
          <td>
            <a href={claim.href}>{claim.label}</a>
            {claim.agreementText && (
              <p className={`cell-detail agreement agreement-${claim.agreement}`}>
                {claim.agreementText}
              </p>
            )}
            {isFull(claim) &&
              claim.corrected.map((note) => (
                <p key={note} className="cell-detail correction-note">
                  {note}
                </p>
              ))}
          </td>
          <td className="nowrap figure-cell">
            <a href={claim.href}>{claim.valueText}</a>
          </td>
          <td>
            <span className={`qualifier qualifier-${claim.qualifier}`}>{claim.qualifierLabel}</span>
            <p className="cell-detail">{claim.precisionText}</p>
          </td>
          <td className="nowrap">
            {claim.dateSort === null ? (
              <span className="undated">{claim.dateText}</span>
            ) : (
              claim.dateText
            )}
          </td>
          <td>{claim.topicLabel}</td>
          <td>
            <LinkedList items={claim.sources} className="cell-sources" />
          </td>
        </tr>
      )}
    />
  );
}
