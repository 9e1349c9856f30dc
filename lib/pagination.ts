import type { Locale } from './i18n/locales';
import { formatNumber } from './format/number';

/**
 * Rows per page of the events and claims tables, in the HTML and in the paginated pages. Here,
 * not in the model: the tables' browser code imports this module.
 */
export const TABLE_PAGE_SIZE = 50;

/** A link in a table's page navigation. */
export interface PageLink {
  page: number;
  label: string;
  href: string;
  current: boolean;
}

export function pageCount(rows: number): number {
  return Math.max(1, Math.ceil(rows / TABLE_PAGE_SIZE));
}

export const pageHref = (base: string, page: number) =>
  page === 1 ? base : `${base}/page/${page}`;

/** The rows of one page, in the table's default order. */
export function pageSlice<T>(rows: readonly T[], page: number): T[] {
  return rows.slice((page - 1) * TABLE_PAGE_SIZE, page * TABLE_PAGE_SIZE);
}

/**
 * A bounded set of page links, whatever the number of pages: the first, the
 * last, and the two either side of the current one (1 … 4 5 [6] 7 8 … 480),
 * so a page's weight does not grow with the data.
 */
export function pageLinks(
  base: string,
  page: number,
  count: number,
  locale: Locale = 'en',
): PageLink[] {
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return numbers.map((n) => ({
    page: n,
    label: formatNumber(n, 0, locale),
    href: pageHref(base, n),
    current: n === page,
  }));
}
