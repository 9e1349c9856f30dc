'use client';

import { createColumnHelper, useTable } from '@tanstack/react-table';
import type { ClaimRow } from '@/lib/tables/rows';
import { topicLabels, type Topic } from '@/lib/data/vocabulary';
import { DATE_NOT_GIVEN } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { ColumnHeader } from '../data-table/column-header';
import { tableFeatureSet } from '../data-table/table-features';
import { TableToolbar } from '../data-table/table-toolbar';
import { downloadTableView } from '../data-table/download-view';
import { useTableQuery } from '../data-table/use-table-query';

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
  const [query, setQuery] = useTableQuery(columnIds, defaults);
  const table = useTable({
    features: tableFeatureSet,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: {
      sorting: query.sort ? [{ id: query.sort, desc: query.desc }] : [],
      columnFilters: query.topic ? [{ id: 'topic', value: query.topic }] : [],
      globalFilter: query.q,
    },
    globalFilterFn: 'includesString',
    enableSortingRemoval: false,
    enableMultiSort: false,
  });

  const shownRows = table.getRowModel().rows;
  const topicsPresent = [...new Set(rows.map((row) => row.topic))].map((value: Topic) => ({
    value,
    label: topicLabels[value],
  }));
  const isFiltered = query.topic !== null || query.q !== '';

  return (
    <div className="data-table">
      <TableToolbar
        noun="claims"
        topics={topicsPresent}
        topic={query.topic}
        q={query.q}
        shown={shownRows.length}
        total={rows.length}
        onTopic={(topic) => setQuery({ topic })}
        onSearch={(q) => setQuery({ q }, 'replace')}
        onReset={isFiltered ? () => setQuery({ topic: null, q: '' }) : null}
        onDownload={() =>
          downloadTableView(
            'claims',
            shownRows.map((row) => row.original.id),
          )
        }
      />
      <div className="table-scroll">
        <table>
          <caption>
            {caption} <span className="visually-hidden">(sortable: use the column buttons)</span>
          </caption>
          <thead>
            <tr>
              {table.getHeaderGroups()[0]?.headers.map((header) => {
                const column = header.column;
                const sorted = column.getIsSorted();
                return (
                  <ColumnHeader
                    key={header.id}
                    label={String(column.columnDef.header)}
                    sorted={sorted}
                    onSort={() => setQuery({ sort: column.id as ColumnId, desc: sorted === 'asc' })}
                  />
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shownRows.map(({ original: claim }) => (
              <tr key={claim.id} id={`claim-${claim.id}`}>
                <td>
                  <a href={claim.href}>{claim.label}</a>
                </td>
                <td className="nowrap figure-cell">
                  <a href={claim.href}>{claim.valueText}</a>
                </td>
                <td>
                  <span className={`qualifier qualifier-${claim.qualifier}`}>
                    {claim.qualifierLabel}
                  </span>
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
                  <ul className="cell-sources">
                    {claim.sources.map((source) => (
                      <li key={source.href}>
                        <a href={source.href}>{source.text}</a>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shownRows.length === 0 && (
        <p className="empty-table">
          No claims match. {formatNumber(rows.length)} claims in all: choose “Show all”.
        </p>
      )}
    </div>
  );
}
