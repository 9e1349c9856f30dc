'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { EventIndexRow, EventRow } from '@/lib/tables/rows';
import { intlLocale } from '@/lib/format/locale';
import type { TableListing } from '@/lib/listings';
import { fillSlot } from '@/lib/tables/slot';
import { tableFeatureSet } from '../data-table/table-features';
import { LinkedList } from '../data-table/linked-list';
import { UrlTable } from '../data-table/url-table';

/** A row in full (this page's rows), or compact (every row, from the index, to sort and filter). */
type Row = EventRow | EventIndexRow;
const isFull = (row: Row): row is EventRow => 'summary' in row;

const columnIds = ['date', 'title', 'topic', 'sources'] as const;
type ColumnId = (typeof columnIds)[number];
const defaults = { sort: 'date' as ColumnId | null, desc: false };

const helper = createColumnHelper<typeof tableFeatureSet, Row>();
/** The columns, sorting text in the page's language (headers are in TableWords). */
const makeColumns = (tag: string) =>
  helper.columns([
    helper.accessor((row) => row.dateSort ?? undefined, {
      id: 'date',
      sortFn: 'basic',
      // Undated events go last whichever way the column is sorted.
      sortUndefined: 'last',
      enableGlobalFilter: false,
    }),
    helper.accessor(
      (row) => (isFull(row) ? `${row.title} ${row.summary} ${row.actors}` : row.title),
      {
        id: 'title',
        sortFn: (a, b) => a.original.title.localeCompare(b.original.title, tag),
      },
    ),
    helper.accessor('topic', {
      id: 'topic',
      filterFn: 'equalsString',
      sortFn: (a, b) => a.original.topicLabel.localeCompare(b.original.topicLabel, tag),
      enableGlobalFilter: false,
    }),
    helper.accessor((row) => row.sources.map((s) => s.text).join('; '), {
      id: 'sources',
      sortFn: 'alphanumeric',
    }),
  ]);

type EventsTableProps = TableListing<Row>;

/** Every event, sortable by each column and filterable by topic and text; state lives in the URL. */
export function EventsTable(listing: EventsTableProps) {
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
      noun="events"
      renderRow={(event: Row) => (
        <tr key={event.id} id={`event-${event.id}`}>
          <td className="nowrap">
            {event.dateSort === null ? (
              <span className="undated">{event.dateText}</span>
            ) : (
              event.dateText
            )}
          </td>
          <td>
            {isFull(event) ? (
              <>
                {event.formerIds.map((formerId) => (
                  // An anchor under the event's old id, so old links still land here.
                  <span key={formerId} id={`event-${formerId}`} />
                ))}
                <strong>{event.title}</strong>
                <p className="cell-detail">{event.summary}</p>
                {event.additions.map((addition) => (
                  <p key={addition} className="cell-detail">
                    {addition}
                  </p>
                ))}
                {event.figures.length > 0 && (
                  <LinkedList items={event.figures} className="cell-figures" />
                )}
                <p className="cell-detail">{fillSlot(listing.words.actors, event.actors)}</p>
                {event.corrected.map((note) => (
                  <p key={note} className="cell-detail correction-note">
                    {note}
                  </p>
                ))}
              </>
            ) : (
              <a href={event.href}>{event.title}</a>
            )}
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
