import type { Metadata } from 'next';
import { dataset } from '@/data';
import { SourceDetails } from '@/components/sources/source-details';
import { claimFigureText, claimHref } from '@/lib/charts/provenance';
import { formatNumber } from '@/lib/format/number';

export const metadata: Metadata = {
  title: 'Sources',
  description:
    'The two articles every figure and event on this site comes from, and what each contributes.',
  alternates: { canonical: '/sources' },
};

export default function SourcesPage() {
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Everything on this site comes from these {formatNumber(dataset.sources.length)} articles,
        read in full. Where an article does not give a publisher, an author or its own address, this
        page says “not given” rather than look one up.
      </p>
      {dataset.sources.map((source) => {
        const claims = dataset.claims.filter(
          (claim) => claim.qualifier !== 'derived' && claim.sourceId === source.id,
        );
        const events = dataset.events.filter((event) =>
          event.citations.some((c) => c.sourceId === source.id),
        );
        return (
          <section
            key={source.id}
            id={`source-${source.id}`}
            className="source-block"
            aria-labelledby={`h-${source.id}`}
          >
            <SourceDetails sourceId={source.id} heading="h2" headingId={`h-${source.id}`} />
            <p>
              {formatNumber(claims.length)} figures and {formatNumber(events.length)} events come
              from this article.
            </p>
            {claims.length > 0 && (
              <details>
                <summary>Figures</summary>
                <ul>
                  {claims.map((claim) => (
                    <li key={claim.id}>
                      <a href={claimHref(claim.id)}>
                        {claimFigureText(claim)}: {claim.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <details>
              <summary>Events</summary>
              <ul>
                {events.map((event) => (
                  <li key={event.id}>
                    <a href={`/events#event-${event.id}`}>{event.title}</a>
                  </li>
                ))}
              </ul>
            </details>
          </section>
        );
      })}
    </>
  );
}
