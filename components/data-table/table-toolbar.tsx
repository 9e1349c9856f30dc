'use client';

import { useEffect, useState } from 'react';
import { MAX_QUERY_LENGTH } from '@/lib/tables/table-query';
import type { Topic } from '@/lib/data/vocabulary';
import type { TableWords } from '@/lib/tables/table-words';
import type { ViewFormat } from './download-view';

interface TableToolbarProps {
  /**
   * Prefixes the controls' ids: the same in the HTML the bake draws and in the live table that
   * replaces it, so focus and typed text carry over (one table per page).
   */
  idPrefix: string;
  words: TableWords;
  topics: { value: Topic; label: string }[];
  topic: Topic | null;
  q: string;
  /** "Showing 10 of 33 events", in the page's language. */
  count: string;
  /** Loading or failing to load every row, when sorting beyond a page. */
  status: string | null;
  onTopic: (topic: Topic | null) => void;
  onSearch: (q: string) => void;
  onReset: (() => void) | null;
  /** Downloads the rows shown, as CSV or as a workbook. */
  onDownload: (format: ViewFormat) => Promise<void>;
}

/** Topic filter, free-text filter, row count and reset, above a table. */
export function TableToolbar(props: TableToolbarProps) {
  const id = props.idPrefix;
  const [text, setText] = useState(props.q);
  const [urlQ, setUrlQ] = useState(props.q);

  // The URL is the source of truth: when it changes (Back, Forward, reset), follow it.
  // (Adjusting state while rendering: react.dev/learn/you-might-not-need-an-effect)
  if (props.q !== urlQ) {
    setUrlQ(props.q);
    setText(props.q);
  }

  // Type freely; the URL follows a moment later without a history entry per key.
  useEffect(() => {
    if (text === props.q) return;
    const timer = setTimeout(() => props.onSearch(text), 250);
    return () => clearTimeout(timer);
  });

  return (
    <div className="table-toolbar" role="search" aria-label={props.words.filter}>
      <label htmlFor={`${id}-topic`}>
        {props.words.topic}
        <select
          id={`${id}-topic`}
          value={props.topic ?? ''}
          onChange={(event) => props.onTopic((event.target.value || null) as Topic | null)}
        >
          <option value="">{props.words.allTopics}</option>
          {props.topics.map((topic) => (
            <option key={topic.value} value={topic.value}>
              {topic.label}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-q`}>
        {props.words.search}
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          maxLength={MAX_QUERY_LENGTH}
          onChange={(event) => setText(event.target.value)}
          placeholder={props.words.placeholder}
        />
      </label>
      {props.onReset && (
        <button type="button" onClick={props.onReset}>
          {props.words.showAll}
        </button>
      )}
      <button type="button" onClick={() => void props.onDownload('csv')}>
        {props.words.downloadCsv}
      </button>
      <button type="button" onClick={() => void props.onDownload('xlsx')}>
        {props.words.downloadXlsx}
      </button>
      <p className="row-count" aria-live="polite">
        {props.status ?? props.count}
      </p>
    </div>
  );
}
