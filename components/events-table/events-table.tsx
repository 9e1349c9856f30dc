'use client';

import { createColumnHelper } from '@tanstack/react-table';
import type { EventRow } from '@/lib/tables/rows';
import { DATE_NOT_GIVEN } from '@/lib/format/date';
import { tableFeatureSet } from '../data-table/table-features';
import { LinkedList } from '../data-table/linked-list';
import { UrlTable } from '../data-table/url-table';

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
  return (
    <UrlTable
      rows={rows}
      columns={columns}
      columnIds={columnIds}
      defaults={defaults}
      caption={caption}
      noun="events"
      renderRow={(event: EventRow) => (
        <tr key={event.id} id={`event-${event.id}`}>
          <td className="nowrap">
            {event.dateSort === null ? (
              <span className="undated">{DATE_NOT_GIVEN}</span>
            ) : (
              event.dateText
            )}
          </td>
          <td>
            {event.formerIds.map((formerId) => (
              // An anchor under the event's old id, so old links still land here.
              <span key={formerId} id={`event-${formerId}`} />
            ))}
            <strong>{event.title}</strong>
            <p className="cell-detail">{event.summary}</p>
            {event.figures.length > 0 && (
              <LinkedList items={event.figures} className="cell-figures" />
            )}
            <p className="cell-detail">Actors: {event.actors}</p>
          </td>
          <td>{event.topicLabel}</td>
          <td>
            <LinkedList items={event.sources} className="cell-sources" />
          </td>
        </tr>
      )}
    />
  );
}
