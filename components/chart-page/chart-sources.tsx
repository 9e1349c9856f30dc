import type { Dataset } from '@/lib/data/dataset';
import {
  claimById,
  claimFigureText,
  claimHref,
  derivationText,
  eventHref,
  sourceById,
} from '@/lib/charts/provenance';
import type { ChartModel } from '@/lib/charts/types';
import { SourceDetails } from '@/components/sources/source-details';

/**
 * Each source of a chart with the exact passages its figures and events come
 * from, then the figures the briefing calculated, with their working: those
 * are credited to the briefing, not to an article.
 */
export function ChartSources({ model, dataset }: { model: ChartModel; dataset: Dataset }) {
  const claims = model.claimIds.map((id) => claimById(dataset, id));
  const calculated = claims.filter((claim) => claim.qualifier === 'derived');
  const events = dataset.events.filter((event) => model.eventIds.includes(event.id));
  return (
    <>
      {model.sources.map(({ id: sourceId }) => {
        const passages = [
          ...claims.flatMap((claim) =>
            claim.qualifier !== 'derived' && claim.sourceId === sourceId
              ? [
                  {
                    key: claim.id,
                    lead: `${claimFigureText(claim)}: ${claim.label}`,
                    quotes: [claim.quote],
                    href: claimHref(claim.id),
                  },
                ]
              : [],
          ),
          ...events.flatMap((event) =>
            event.citations
              .filter((citation) => citation.sourceId === sourceId)
              .map((citation) => ({
                key: event.id,
                lead: event.title,
                quotes: citation.quotes,
                href: eventHref(event.id),
              })),
          ),
        ];
        return (
          <article key={sourceId} className="source-block">
            <SourceDetails source={sourceById(dataset, sourceId)} heading="h3" />
            <ul className="quote-list">
              {passages.map((passage) => (
                <li key={passage.key}>
                  <a href={passage.href}>{passage.lead}</a>
                  {passage.quotes.map((quote) => (
                    <blockquote key={quote}>“{quote}”</blockquote>
                  ))}
                </li>
              ))}
            </ul>
          </article>
        );
      })}
      {calculated.length > 0 && (
        <article className="source-block">
          <h3>Calculated by the briefing</h3>
          <ul className="quote-list">
            {calculated.map((claim) => (
              <li key={claim.id}>
                <a href={claimHref(claim.id)}>
                  {claimFigureText(claim)}: {claim.label}
                </a>
                <p className="formula">{derivationText(claim)}</p>
                <p>{claim.qualifier === 'derived' ? claim.note : null}</p>
              </li>
            ))}
          </ul>
        </article>
      )}
    </>
  );
}
