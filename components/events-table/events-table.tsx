'use client';

import { createColumnHelper, useTable } from '@tanstack/react-table';
import type { EventRow } from '@/lib/tables/rows';
import { topicLabels, type Topic } from '@/lib/data/vocabulary';
import { formatNumber } from '@/lib/format/number';
import { DATE_NOT_GIVEN } from '@/lib/format/date';
import { ColumnHeader } from '../data-table/column-header';
import { tableFeatureSet } from '../data-table/table-features';
import { TableToolbar } from '../data-table/table-toolbar';
import { downloadTableView } from '../data-table/download-view';
import { useTableQuery } from '../data-table/use-table-query';

const columnIds = ['date', 'title', 'topic', 'sources'] as const;
type ColumnId = (typeof columnIds)[number];
const defaults = { sort: 'date' as ColumnId | null, desc: false };

const helper = createColumnHelper<typeof tableFeatureSet, EventRow>();
const columns = helper.columns([
  helper.accessor((row) => row.dateSort ?? undefined, {
    id: 'date',
    header: 'Date',
    sortFn: 'basic',
    // Undated events go last whichever way the column is sorted.
    sortUndefined: 'last',
    enableGlobalFilter: false,
  }),
  helper.accessor((row) => `${row.title} ${row.summary} ${row.actors}`, {
    id: 'title',
    header: 'Event',
    sortFn: (a, b) => a.original.title.localeCompare(b.original.title, 'en-GB'),
  }),
  helper.accessor('topic', {
    id: 'topic',
    header: 'Topic',
    filterFn: 'equalsString',
    sortFn: (a, b) => a.original.topicLabel.localeCompare(b.original.topicLabel, 'en-GB'),
    enableGlobalFilter: false,
  }),
  helper.accessor((row) => row.sources.map((s) => s.text).join('; '), {
    id: 'sources',
    header: 'Sources',
    sortFn: 'alphanumeric',
  }),
]);

interface EventsTableProps {
  rows: EventRow[];
  caption: string;
}

/** Every event, sortable by each column and filterable by topic and text; state lives in the URL. */
export function EventsTable({ rows, caption }: EventsTableProps) {
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
        noun="events"
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
            'events',
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
            {shownRows.map(({ original: event }) => (
              <tr key={event.id} id={`event-${event.id}`}>
                <td className="nowrap">
                  {event.dateSort === null ? (
                    <span className="undated">{DATE_NOT_GIVEN}</span>
                  ) : (
                    event.dateText
                  )}
                </td>
                <td>
                  <strong>{event.title}</strong>
                  <p className="cell-detail">{event.summary}</p>
                  {event.figures.length > 0 && (
                    <ul className="cell-figures">
                      {event.figures.map((figure) => (
                        <li key={figure.href}>
                          <a href={figure.href}>{figure.text}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                  <p className="cell-detail">Actors: {event.actors}</p>
                </td>
                <td>{event.topicLabel}</td>
                <td>
                  <ul className="cell-sources">
                    {event.sources.map((source) => (
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
          No events match. {formatNumber(rows.length)} events in all: choose “Show all”.
        </p>
      )}
    </div>
  );
}
