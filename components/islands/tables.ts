import type { ComponentType } from 'react';
import { updateSearch } from '@/components/data-table/use-location-search';
import type { TableListing } from '@/lib/listings';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { claim, fetchJson, onReach } from './live-root';

/** The URL parameters a table's view lives in (lib/tables/table-query.ts). */
const VIEW_PARAMS = ['sort', 'dir', 'topic', 'q'];

/** The URL parameter a toolbar control sets: the search box `q`, the topic menu `topic`. */
const paramOf = (control: HTMLInputElement | HTMLSelectElement) =>
  control.type === 'search' ? 'q' : 'topic';

async function liveTable(table: string): Promise<ComponentType<TableListing<never>>> {
  if (table === 'claims')
    return (await import('@/components/claims-table/claims-table')).ClaimsTable;
  return (await import('@/components/events-table/events-table')).EventsTable;
}

/**
 * Each table (components/data-table/table-host.tsx) is the bake's drawing of
 * its first view until a reader reaches for it, or the URL asks for another
 * view; then the table code and its listing (/data/) load and the live table
 * takes over, hydrating the drawn markup. What the reader did to the drawn
 * table while they loaded, or before this code arrived, carries over: a topic
 * chosen or text typed goes into the URL, and a button clicked is clicked again.
 */
export function enhanceTables(root: ParentNode) {
  for (const host of root.querySelectorAll<HTMLElement>('[data-table][data-listing]')) {
    if (!claim(host, 'table')) continue;
    const changed = new Map<string, string>();
    // Set below; the listeners that call it run only after this loop.
    let activate = () => {};
    let clicked: number | null = null;
    const buttons = () => [...host.querySelectorAll('button')];
    const onInput = (event: Event) => {
      const control = event.target as HTMLInputElement | HTMLSelectElement;
      changed.set(paramOf(control), control.value);
      activate();
    };
    const onClick = (event: Event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      event.preventDefault();
      clicked = buttons().indexOf(button);
      activate();
    };
    host.addEventListener('input', onInput);
    host.addEventListener('change', onInput);
    host.addEventListener('click', onClick, true);

    activate = onReach(host, () => {
      void Promise.all([
        liveTable(host.dataset.table ?? ''),
        fetchJson<TableListing<never>>(host.dataset.listing ?? ''),
      ]).then(([Table, listing]) => {
        host.removeEventListener('input', onInput);
        host.removeEventListener('change', onInput);
        host.removeEventListener('click', onClick, true);
        // As the live table writes them: a topic chosen is a step Back undoes, typing is not.
        if (changed.size > 0)
          updateSearch(Object.fromEntries(changed), changed.has('topic') ? 'push' : 'replace');
        // The drawn table is the same component's markup from the same listing: React adopts it
        // where it stands, so focus, typed text and the reader's place stay put, and a click
        // while it does so is replayed by React itself.
        hydrateRoot(host, createElement(Table, listing));
        if (clicked !== null) buttons()[clicked]?.click();
      });
    });
    // Chosen or typed before this code arrived (the page's scripts load after its first paint).
    for (const control of host.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      'select, input[type="search"]',
    )) {
      const drawn =
        control instanceof HTMLSelectElement
          ? ([...control.options].find((option) => option.defaultSelected) ?? control.options[0])
              ?.value
          : control.defaultValue;
      if (control.value !== drawn) changed.set(paramOf(control), control.value);
    }
    const params = new URLSearchParams(window.location.search);
    if (changed.size > 0 || VIEW_PARAMS.some((name) => params.has(name))) activate();
  }
}
