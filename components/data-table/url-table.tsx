'use client';

import { useTable, type ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { topicLabels, type Topic } from '@/lib/data/vocabulary';
import { formatNumber } from '@/lib/format/number';
import { ColumnHeader } from './column-header';
import { downloadTableView } from './download-view';
import { tableFeatureSet } from './table-features';
import { TableToolbar } from './table-toolbar';
import { useTableQuery, type TableDefaults } from './use-table-query';

interface UrlTableProps<Row extends { id: string; topic: Topic }, Column extends string> {
  /** Rows as the server chose and formatted them; all are in the server HTML. */
  rows: Row[];
  // TanStack's column types vary by accessor value; the table only needs them as a list.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<typeof tableFeatureSet, Row, any>[];
  columnIds: readonly Column[];
  defaults: TableDefaults<Column>;
  caption: string;
  noun: 'events' | 'claims';
  /** Draws one row (a <tr>): the only part that differs between our tables. */
  renderRow: (row: Row) => ReactNode;
}

/**
 * A table whose sort, topic filter and text filter live in the URL: sortable
 * by every column with real buttons and aria-sort, filterable, with a row
 * count and "download this view". Shared by the events and claims tables.
 */
export function UrlTable<Row extends { id: string; topic: Topic }, Column extends string>({
  rows,
  columns,
  columnIds,
  defaults,
  caption,
  noun,
  renderRow,
}: UrlTableProps<Row, Column>) {
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
  const topicsPresent = [...new Set(rows.map((row) => row.topic))].map((value) => ({
    value,
    label: topicLabels[value],
  }));
  const isFiltered = query.topic !== null || query.q !== '';

  return (
    <div className="data-table">
      <TableToolbar
        noun={noun}
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
            noun,
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
                    onSort={() => setQuery({ sort: column.id as Column, desc: sorted === 'asc' })}
                  />
                );
              })}
            </tr>
          </thead>
          <tbody>{shownRows.map((row) => renderRow(row.original))}</tbody>
        </table>
      </div>
      {shownRows.length === 0 && (
        <p className="empty-table">
          No {noun} match. {formatNumber(rows.length)} {noun} in all: choose “Show all”.
        </p>
      )}
    </div>
  );
}
