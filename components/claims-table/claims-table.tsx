'use client';

import { createColumnHelper } from '@tanstack/react-table';
import type { ClaimRow } from '@/lib/tables/rows';
import { DATE_NOT_GIVEN } from '@/lib/format/date';
import { tableFeatureSet } from '../data-table/table-features';
import { LinkedList } from '../data-table/linked-list';
import { UrlTable } from '../data-table/url-table';

const columnIds = ['figure', 'value', 'qualifier', 'date', 'topic', 'source'] as const;
type ColumnId = (typeof columnIds)[number];
const defaults = { sort: null as ColumnId | null, desc: false };

const byText =
  (key: 'label' | 'qualifierLabel' | 'topicLabel') =>
  (a: { original: ClaimRow }, b: { original: ClaimRow }) =>
    a.original[key].localeCompare(b.original[key], 'en-GB');

const helper = createColumnHelper<typeof tableFeatureSet, ClaimRow>();
const columns = helper.columns([
  helper.accessor((row) => `${row.label} ${row.quote}`, {
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
  rows: ClaimRow[];
  caption: string;
}

/** Every claim with its value, qualifier, date and source; each links to its full provenance. */
export function ClaimsTable({ rows, caption }: ClaimsTableProps) {
  return (
    <UrlTable
      rows={rows}
      columns={columns}
      columnIds={columnIds}
      defaults={defaults}
      caption={caption}
      noun="claims"
      renderRow={(claim: ClaimRow) => (
        <tr key={claim.id} id={`claim-${claim.id}`}>
          <td>
            <a href={claim.href}>{claim.label}</a>
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
              <span className="undated">{DATE_NOT_GIVEN}</span>
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
