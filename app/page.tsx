import type { Metadata } from 'next';
import { dataset } from '@/data';
import { ChartFigure } from '@/components/charts/chart-figure';
import { FigureCard } from '@/components/claims/figure-card';
import { EventsTable } from '@/components/events-table/events-table';
import { chartSlugs } from '@/lib/charts/catalogue';
import { buildChart } from '@/lib/charts/definitions';
import { claimById } from '@/lib/charts/provenance';
import { formatDateRef } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { briefingTitle, CHANGE_OF_GOVERNMENT_EVENT_ID } from '@/lib/briefing';
import { headlineClaimIds } from '@/lib/headlines';
import { siteName } from '@/lib/site';
import { eventRows } from '@/lib/tables/rows';

export const metadata: Metadata = {
  title: { absolute: `${briefingTitle(dataset)} · ${siteName}` },
  description:
    'How Bangladesh–Russia relations continued after the change of government: work permits, remittances, recruits, Rooppur and every dated event, each figure traced to its source.',
  alternates: { canonical: '/' },
};

export default function BriefingPage() {
  const change = dataset.events.find((event) => event.id === CHANGE_OF_GOVERNMENT_EVENT_ID);
  return (
    <>
      <h1>{briefingTitle(dataset)}</h1>
      <p className="lede">
        After Bangladesh’s change of government{change ? ` on ${formatDateRef(change.when)}` : ''},
        the partnership with Russia largely continued, in trade, energy, agriculture and labour
        migration, while defence ties dwindled. Every figure below links to the sentence it comes
        from.
      </p>

      <section aria-labelledby="headlines">
        <h2 id="headlines">Headline figures</h2>
        <ul className="figure-cards">
          {headlineClaimIds.map((id) => (
            <FigureCard key={id} claim={claimById(dataset, id)} />
          ))}
        </ul>
        <p>
          <a href="/claims">All {formatNumber(dataset.claims.length)} figures</a>, with their quotes
          and qualifiers.
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
        <EventsTable
          rows={eventRows(dataset)}
          caption="Events in Bangladesh–Russia relations, from both sources"
        />
      </section>
    </>
  );
}
