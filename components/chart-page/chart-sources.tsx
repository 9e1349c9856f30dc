import { dataset } from '@/data';
import { claimById, claimFigureText } from '@/lib/charts/provenance';
import type { ChartModel } from '@/lib/charts/types';
import { SourceDetails } from '@/components/sources/source-details';

/** Each source of a chart with the exact passages the chart's figures and events come from. */
export function ChartSources({ model }: { model: ChartModel }) {
  return model.sourceIds.map((sourceId) => {
    const claims = model.claimIds
      .map((id) => claimById(dataset, id))
      .flatMap((claim) =>
        claim.qualifier !== 'derived' && claim.sourceId === sourceId ? [claim] : [],
      );
    const events = dataset.events.filter((event) => model.eventIds.includes(event.id));
    const passages = [
      ...claims.map((claim) => ({
        key: claim.id,
        lead: `${claimFigureText(claim)}: ${claim.label}`,
        quote: claim.quote,
        href: `/claims/${claim.id}`,
      })),
      ...events.flatMap((event) =>
        event.citations
          .filter((citation) => citation.sourceId === sourceId)
          .map((citation) => ({
            key: event.id,
            lead: event.title,
            quote: citation.quote,
            href: `/events#event-${event.id}`,
          })),
      ),
    ];
    return (
      <article key={sourceId} className="source-block">
        <SourceDetails sourceId={sourceId} heading="h3" />
        <ul className="quote-list">
          {passages.map((passage) => (
            <li key={passage.key}>
              <a href={passage.href}>{passage.lead}</a>
              <blockquote>“{passage.quote}”</blockquote>
            </li>
          ))}
        </ul>
      </article>
    );
  });
}
