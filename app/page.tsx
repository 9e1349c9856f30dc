import type { Metadata } from 'next';
import { dataset } from '@/data';
import { ChartFigure } from '@/components/charts/chart-figure';
import { FigureCard } from '@/components/claims/figure-card';
import { EventsTable } from '@/components/events-table/events-table';
import { chartSlugs } from '@/lib/charts/catalogue';
import { buildChart } from '@/lib/charts/definitions';
import { formatCount, nouns } from '@/lib/format/count';
import { briefingSince, briefingTitle, leadArgument } from '@/lib/briefing';
import { headlineClaimIds } from '@/lib/headlines';
import { pageMetadata } from '@/lib/page-metadata';
import { siteName } from '@/lib/site';
import { claimById, claimCreditLine, sourceHref } from '@/lib/charts/provenance';
import { eventRows } from '@/lib/tables/rows';

const articles = formatCount(dataset.sources.length, nouns.article);

export const metadata: Metadata = pageMetadata({
  path: '/',
  title: { absolute: `${briefingTitle(dataset)} · ${siteName}` },
  socialTitle: briefingTitle(dataset),
  description: `Figures and events on Bangladesh–Russia relations since the change of government in ${briefingSince(dataset)}, from ${articles}: printed figures with the sentences they come from, calculated ones with their formulas.`,
});

export default function BriefingPage() {
  const argument = leadArgument(dataset);
  return (
    <>
      <h1>{briefingTitle(dataset)}</h1>
      <p className="lede">
        {argument.attribution} “{argument.quote}”{' '}
        <a href={sourceHref(argument.sourceId)} className="muted">
          (the article)
        </a>
      </p>
      <p>
        This briefing gathers every figure and event in {articles}. Each printed figure links to the
        sentence it comes from; each figure the briefing calculates, to its formula and inputs.
      </p>

      <section aria-labelledby="headlines">
        <h2 id="headlines">Headline figures</h2>
        <ul className="figure-cards">
          {headlineClaimIds.map((id) => (
            <FigureCard
              key={id}
              claim={claimById(dataset, id)}
              creditLine={claimCreditLine(dataset, claimById(dataset, id))}
            />
          ))}
        </ul>
        <p>
          <a href="/claims">All {formatCount(dataset.claims.length, nouns.figure)}</a>, with their
          quotes and qualifiers.
        </p>
      </section>

      <section aria-labelledby="charts">
        <h2 id="charts">Charts</h2>
        <div className="chart-grid">
          {chartSlugs.map((slug) => (
            <ChartFigure
              key={slug}
              model={buildChart(dataset, slug)}
              heading="h3"
              linkTitle
              withDataTable
              compact
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="events">
        <h2 id="events">Events</h2>
        <EventsTable rows={eventRows(dataset)} caption="Events in Bangladesh–Russia relations" />
      </section>
    </>
  );
}
