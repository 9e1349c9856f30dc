'use client';

import { useSyncExternalStore } from 'react';

/**
 * The page's query string as React state, read straight from `location`.
 * Prerendered pages cannot read it on the server, so the server snapshot is
 * empty: every table is rendered in full with its defaults, then takes its
 * state from the URL in the browser. `useSearchParams` would instead make
 * Next drop the table from the server HTML.
 */
export const SEARCH_CHANGE = 'bd-ru:search-change';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(SEARCH_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(SEARCH_CHANGE, onChange);
  };
}

export function useLocationSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}

/**
 * Writes parameters into the URL (null removes one). `push` makes a history
 * entry, so Back undoes it; `replace` does not (for typing). Next's router
 * accepts native history calls and keeps its own state in step.
 */
export function updateSearch(params: Record<string, string | null>, mode: 'push' | 'replace') {
  const search = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === '') search.delete(key);
    else search.set(key, value);
  }
  const query = search.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(SEARCH_CHANGE));
}
