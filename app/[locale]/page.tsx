import type { Metadata } from 'next';
import { briefingPreviewImage } from '@/lib/charts/preview-image';
import { ChartFigure } from '@/components/charts/chart-figure';
import { FigureCard } from '@/components/claims/figure-card';
import { EventsTable } from '@/components/events-table/events-table';
import { sourceHref } from '@/lib/links';
import { formatCount, nouns } from '@/lib/format/count';
import { briefingSince, briefingTitle, leadArgument } from '@/lib/briefing-title';
import { headlineFigures } from '@/lib/headlines';
import { latestEvents } from '@/lib/listings';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';
import { siteName } from '@/lib/site';
import { eventRows } from '@/lib/tables/rows';

const articles = formatCount(briefing.sources.length, nouns.article);

export const metadata: Metadata = pageMetadata({
  path: '/',
  title: { absolute: `${briefingTitle(briefing)} · ${siteName}` },
  socialTitle: briefingTitle(briefing),
  image: briefingPreviewImage(briefing, 'figures'),
  description: `Figures and events on Bangladesh–Russia relations since the change of government in ${briefingSince(briefing)}, from ${articles}: printed figures with the sentences they come from, calculated ones with their formulas.`,
});

export default function BriefingPage() {
  const argument = leadArgument(briefing);
  const latest = latestEvents(briefing);
  return (
    <>
      <h1>{briefingTitle(briefing)}</h1>
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
          {headlineFigures(briefing).map((figure) => (
            <FigureCard key={figure.measureId} figure={figure} />
          ))}
        </ul>
        <p>
          <a href="/claims">All {formatCount(briefing.claims.length, nouns.figure)}</a>, with their
          quotes and qualifiers.
        </p>
      </section>

      <section aria-labelledby="charts">
        <h2 id="charts">Charts</h2>
        <div className="chart-grid">
          {briefing.charts.map((model) => (
            <ChartFigure
              key={model.slug}
              model={model}
              heading="h3"
              linkTitle
              withDataTable
              compact
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="events">
        <h2 id="events">Latest events</h2>
        <EventsTable
          rows={eventRows(briefing, latest)}
          total={latest.length}
          pages={[]}
          topics={[...new Set(latest.map((event) => event.topic))]}
          caption="The latest dated events in Bangladesh–Russia relations"
        />
        <p>
          <a href="/events">All {formatCount(briefing.events.length, nouns.event)}</a>, dated or
          not, with their quotes and sources.
        </p>
      </section>
    </>
  );
}
