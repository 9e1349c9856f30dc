'use client';

import { useMemo } from 'react';
import { parseTableQuery, tableQueryParams, type TableQuery } from '@/lib/tables/table-query';
import { updateSearch, useLocationSearch } from './use-location-search';

export interface TableDefaults<Column extends string> {
  sort: Column | null;
  desc: boolean;
}

/** A table's sort and filters, kept in the URL so a view can be shared and survives Back and reload. */
export function useTableQuery<Column extends string>(
  columns: readonly Column[],
  defaults: TableDefaults<Column>,
) {
  const search = useLocationSearch();
  const query = useMemo(
    () => parseTableQuery(search, columns, defaults),
    [search, columns, defaults],
  );
  const setQuery = (next: Partial<TableQuery<Column>>, mode: 'push' | 'replace' = 'push') => {
    updateSearch(tableQueryParams({ ...query, ...next }, defaults), mode);
  };
  return [query, setQuery] as const;
}
