import { claimHref, sourceHref } from './links';
import type { Briefing } from './model/briefing';
import { TABLE_PAGE_SIZE } from './pagination';

/** The numbered pages after the first of a table with `rows` rows: /events/page/2 … */
export function tablePages(base: string, rows: number): string[] {
  const count = Math.ceil(rows / TABLE_PAGE_SIZE);
  return Array.from({ length: Math.max(0, count - 1) }, (_, index) => `${base}/page/${index + 2}`);
}

/** Every page of the site: the sitemap lists these and the end-to-end tests visit them. */
export function sitePages(briefing: Briefing): string[] {
  return [
    '/',
    '/charts',
    '/events',
    ...tablePages('/events', briefing.events.length),
    '/claims',
    ...tablePages('/claims', briefing.claims.length),
    '/sources',
    ...tablePages('/sources', briefing.sources.length),
    '/corrections',
    ...briefing.charts().map((chart) => `/charts/${chart.slug}`),
    ...briefing.claims.map((claim) => claimHref(claim.id)),
    ...briefing.sources.map((source) => sourceHref(source.id)),
  ];
}
