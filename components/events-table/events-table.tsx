'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { EventIndexRow, EventRow } from '@/lib/tables/rows';
import type { Topic } from '@/lib/data/vocabulary';
import { intlLocale } from '@/lib/format/locale';
import type { PageLink } from '@/lib/pagination';
import { fillSlot } from '@/lib/tables/slot';
import type { TableWords } from '@/lib/tables/table-words';
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

interface EventsTableProps {
  rows: Row[];
  total: number;
  pages: PageLink[];
  topics: { value: Topic; label: string }[];
  caption: string;
  /** The table's words in the page's language (lib/tables/table-words.ts). */
  words: TableWords;
  /** The compact rows of every event, in the page's language, to sort and filter beyond a page. */
  indexHref: string;
}

/** Every event, sortable by each column and filterable by topic and text; state lives in the URL. */
export function EventsTable({
  rows,
  total,
  pages,
  topics,
  caption,
  words,
  indexHref,
}: EventsTableProps) {
  const columns = useMemo(() => makeColumns(intlLocale(words.locale)), [words.locale]);
  return (
    <UrlTable
      rows={rows}
      total={total}
      indexHref={indexHref}
      words={words}
      pages={pages}
      columns={columns}
      columnIds={columnIds}
      defaults={defaults}
      caption={caption}
      noun="events"
      topics={topics}
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
                <p className="cell-detail">{fillSlot(words.actors, event.actors)}</p>
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
