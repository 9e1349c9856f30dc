import type { ReactElement } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { claimHref, sourceHref } from '@/lib/links';
import type { Briefing } from '@/lib/model/briefing';
import { pageCount, pageHref } from '@/lib/pagination';
import { BriefingPage } from './briefing-page';
import { ChartPage } from './chart-page';
import { ChartsIndexPage } from './charts-index-page';
import { ClaimPage } from './claim-page';
import { ClaimsPage } from './claims-page';
import { CorrectionsPage } from './corrections-page';
import { EventsPage } from './events-page';
import { SourcePage } from './source-page';
import { SourcesPage } from './sources-page';

/** A page's content (what <main> holds), by its address in English (lib/site-pages.ts). */
export interface PageBody {
  address: string;
  body: () => ReactElement;
}

/** Pages 1 … n of a table: /events, /events/page/2, … */
const numbered = (base: string, rows: number, body: (page: number) => ReactElement): PageBody[] =>
  Array.from({ length: pageCount(rows) }, (_, index) => ({
    address: pageHref(base, index + 1),
    body: () => body(index + 1),
  }));

/**
 * Every page's content in one language, drawn at build time by `npm run
 * briefing` (scripts/build-briefing.ts) and served inside the page by
 * components/site/baked-page.tsx: the same components a page rendered
 * itself, but none of their markup in the page's React payload.
 */
export function pageBodies(briefing: Briefing, locale: Locale): PageBody[] {
  const props = { briefing, locale };
  return [
    { address: '/', body: () => <BriefingPage {...props} /> },
    { address: '/charts', body: () => <ChartsIndexPage {...props} /> },
    ...briefing.charts(locale).map((model) => ({
      address: `/charts/${model.slug}`,
      body: () => <ChartPage {...props} model={model} />,
    })),
    ...numbered('/events', briefing.events.length, (page) => <EventsPage {...props} page={page} />),
    ...numbered('/claims', briefing.claims.length, (page) => <ClaimsPage {...props} page={page} />),
    ...numbered('/sources', briefing.sources.length, (page) => (
      <SourcesPage {...props} page={page} />
    )),
    { address: '/corrections', body: () => <CorrectionsPage {...props} /> },
    ...briefing.claims.map((claim) => ({
      address: claimHref(claim.id),
      body: () => <ClaimPage {...props} claim={claim} />,
    })),
    ...briefing.sources.map((source) => ({
      address: sourceHref(source.id),
      body: () => <SourcePage {...props} source={source} />,
    })),
  ];
}
