import type { ReactNode } from 'react';

/**
 * Where a table lives in a page: the bake draws it here (children), and the
 * browser swaps in the live table, from the same listing, when a reader
 * reaches for it (components/islands/tables.ts).
 */
export function TableHost({
  table,
  listingHref,
  children,
}: {
  table: 'events' | 'claims';
  listingHref: string;
  children: ReactNode;
}) {
  return (
    <div className="table-host" data-table={table} data-listing={listingHref}>
      {children}
    </div>
  );
}
