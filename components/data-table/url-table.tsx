'use client';

import { useTable, type ColumnDef } from '@tanstack/react-table';
import { useEffect, useState, type ReactNode } from 'react';
import type { Topic } from '@/lib/data/vocabulary';
import { formatNumber } from '@/lib/format/number';
import type { TableListing } from '@/lib/listings';
import { fillSlot } from '@/lib/tables/slot';
import { ColumnHeader } from './column-header';
import { downloadTableView } from './download-view';
import { tableFeatureSet } from './table-features';
import { TableToolbar } from './table-toolbar';
import { useTableQuery, type TableDefaults } from './use-table-query';

interface UrlTableProps<Row extends { id: string; topic: Topic }, Column extends string> {
  /** The rows, words and links the server chose (lib/listings.ts); the page's rows are in the HTML. */
  listing: TableListing<Row>;
  // TanStack's column types vary by accessor value; the table only needs them as a list.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<typeof tableFeatureSet, Row, any>[];
  columnIds: readonly Column[];
  defaults: TableDefaults<Column>;
  noun: 'events' | 'claims';
  /** Draws one row (a <tr>): the only part that differs between our tables. */
  renderRow: (row: Row) => ReactNode;
}

/** Rows shown at a time once the whole index is loaded; "Show more" adds as many again. */
const RESULTS_STEP = 50;

/**
 * A table whose sort, topic filter and text filter live in the URL: sortable
 * by every column with real buttons and aria-sort, filterable, with a row
 * count and "download this view". Shared by the events and claims tables.
 *
 * A table longer than a page sends one page in the HTML, with links to the
 * others (each a page of its own, readable without JavaScript). Sorting or
 * filtering it loads the compact index of every row, once.
 */
export function UrlTable<Row extends { id: string; topic: Topic }, Column extends string>({
  listing,
  columns,
  columnIds,
  defaults,
  noun,
  renderRow,
}: UrlTableProps<Row, Column>) {
  const { rows, total, indexHref, pages, caption, topics, words } = listing;
  const count = (n: number) => formatNumber(n, 0, words.locale);
  const [query, setQuery] = useTableQuery(columnIds, defaults);
  const complete = rows.length >= total;
  const isDefault =
    query.sort === defaults.sort && query.desc === defaults.desc && !query.topic && !query.q;
  const [index, setIndex] = useState<{ rows: Row[] } | { error: string } | null>(null);
  const [visible, setVisible] = useState(RESULTS_STEP);

  const needIndex = !complete && !isDefault;
  useEffect(() => {
    if (!needIndex || index !== null) return;
    let cancelled = false;
    fetch(indexHref)
      .then((response) => {
        if (!response.ok) throw new Error(`${indexHref} answered ${response.status}`);
        return response.json() as Promise<Row[]>;
      })
      .then(
        (all) => !cancelled && setIndex({ rows: all }),
        (error: unknown) => !cancelled && setIndex({ error: String(error) }),
      );
    return () => {
      cancelled = true;
    };
  }, [needIndex, index, indexHref]);

  const allRows = index && 'rows' in index ? index.rows : null;
  const data = needIndex && allRows ? allRows : rows;
  const table = useTable({
    features: tableFeatureSet,
    columns,
    data,
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

  const matched = table.getRowModel().rows;
  const searchingAll = needIndex && allRows !== null;
  const shownRows = searchingAll ? matched.slice(0, visible) : matched;
  const loading = needIndex && index === null;
  const isFiltered = query.topic !== null || query.q !== '';

  return (
    <div className="data-table">
      <TableToolbar
        idPrefix={`${noun}-table`}
        words={words}
        topics={topics}
        topic={query.topic}
        q={query.q}
        count={fillSlot(
          words.showing,
          count(searchingAll || complete ? matched.length : rows.length),
        )}
        status={loading ? words.loading : index && 'error' in index ? words.loadFailed : null}
        onTopic={(topic) => setQuery({ topic })}
        onSearch={(q) => setQuery({ q }, 'replace')}
        onReset={isFiltered ? () => setQuery({ topic: null, q: '' }) : null}
        onDownload={(format) =>
          downloadTableView(
            noun,
            matched.map((row) => row.original.id),
            format,
            words.locale,
          )
        }
      />
      <div className="table-scroll">
        <table>
          <caption>
            {caption} <span className="visually-hidden">{words.sortable}</span>
          </caption>
          <thead>
            <tr>
              {table.getHeaderGroups()[0]?.headers.map((header) => {
                const column = header.column;
                const sorted = column.getIsSorted();
                return (
                  <ColumnHeader
                    key={header.id}
                    label={words.columns[column.id] ?? column.id}
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
      {matched.length === 0 && !loading && <p className="empty-table">{words.noMatch}</p>}
      {searchingAll && matched.length > shownRows.length && (
        <button
          type="button"
          className="show-more"
          onClick={() => setVisible(visible + RESULTS_STEP)}
        >
          {fillSlot(
            words.showMore,
            count(Math.min(RESULTS_STEP, matched.length - shownRows.length)),
          )}
        </button>
      )}
      {!searchingAll && pages.length > 1 && (
        <nav className="table-pages" aria-label={words.pages}>
          <ul>
            {pages.map((page, index) => (
              <li key={page.href}>
                {index > 0 && page.page - (pages[index - 1]?.page ?? 0) > 1 && (
                  <span className="table-pages-gap" aria-hidden="true">
                    …
                  </span>
                )}
                {page.current ? (
                  <span aria-current="page">{page.label}</span>
                ) : (
                  <a href={page.href}>{page.label}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
