'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { ClaimIndexRow, ClaimRow } from '@/lib/tables/rows';
import { intlLocale } from '@/lib/format/locale';
import type { TableListing } from '@/lib/listings';
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
  (key: 'label' | 'qualifierLabel' | 'topicLabel', tag: string) =>
  (a: { original: Row }, b: { original: Row }) =>
    a.original[key].localeCompare(b.original[key], tag);

const helper = createColumnHelper<typeof tableFeatureSet, Row>();
/** The columns, sorting text in the page's language (headers are in TableWords). */
const makeColumns = (tag: string) =>
  helper.columns([
    helper.accessor((row) => (isFull(row) ? `${row.label} ${row.quote}` : row.label), {
      id: 'figure',
      sortFn: byText('label', tag),
    }),
    helper.accessor('valueSort', {
      id: 'value',
      sortFn: 'basic',
      enableGlobalFilter: false,
    }),
    helper.accessor('qualifier', {
      id: 'qualifier',
      sortFn: byText('qualifierLabel', tag),
      enableGlobalFilter: false,
    }),
    helper.accessor((row) => row.dateSort ?? undefined, {
      id: 'date',
      sortFn: 'basic',
      sortUndefined: 'last',
      enableGlobalFilter: false,
    }),
    helper.accessor('topic', {
      id: 'topic',
      filterFn: 'equalsString',
      sortFn: byText('topicLabel', tag),
      enableGlobalFilter: false,
    }),
    helper.accessor((row) => row.sources.map((s) => s.text).join('; '), {
      id: 'source',
      sortFn: 'alphanumeric',
    }),
  ]);

type ClaimsTableProps = TableListing<Row>;

/** Every claim with its value, qualifier, date and source; each links to its full provenance. */
export function ClaimsTable(listing: ClaimsTableProps) {
  const columns = useMemo(
    () => makeColumns(intlLocale(listing.words.locale)),
    [listing.words.locale],
  );
  return (
    <UrlTable
      listing={listing}
      columns={columns}
      columnIds={columnIds}
      defaults={defaults}
      noun="claims"
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
