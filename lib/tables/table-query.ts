import { topics, type Topic } from '../data/vocabulary';

/**
 * A table's sort and filters as they appear in the URL
 * (?sort=date&dir=desc&topic=energy&q=gazprom). Anything unknown or malformed
 * is ignored and the default used: a URL can never break a table, and no
 * value is shown back to the reader unless it passed these checks.
 */
export interface TableQuery<Column extends string> {
  sort: Column | null;
  desc: boolean;
  topic: Topic | null;
  q: string;
}

export const MAX_QUERY_LENGTH = 100;

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseTableQuery<Column extends string>(
  search: string,
  columns: readonly Column[],
  defaults: { sort: Column | null; desc: boolean },
): TableQuery<Column> {
  const params = new URLSearchParams(search);
  const sort = pick(params.get('sort'), columns);
  const dir = pick(params.get('dir'), ['asc', 'desc'] as const);
  const q = (params.get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return {
    sort: sort ?? defaults.sort,
    desc: sort ? dir === 'desc' : defaults.desc,
    topic: pick(params.get('topic'), topics),
    q: q.length <= MAX_QUERY_LENGTH ? q : '',
  };
}

/** The query as URL parameters, leaving out whatever equals the default. */
export function tableQueryParams<Column extends string>(
  query: TableQuery<Column>,
  defaults: { sort: Column | null; desc: boolean },
): Record<string, string | null> {
  const isDefaultSort = query.sort === defaults.sort && query.desc === defaults.desc;
  return {
    sort: isDefaultSort || !query.sort ? null : query.sort,
    dir: isDefaultSort || !query.sort ? null : query.desc ? 'desc' : 'asc',
    topic: query.topic,
    q: query.q || null,
  };
}
