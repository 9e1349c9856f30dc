import type { Metadata } from 'next';
import { dataset } from '@/data';
import { SourceDetails } from '@/components/sources/source-details';
import { claimFigureText, claimHref, eventHref } from '@/lib/charts/provenance';
import { formatCount, nouns } from '@/lib/format/count';
import { passageKindLabels } from '@/lib/format/passage-kind';
import { pageMetadata } from '@/lib/page-metadata';

const articles = formatCount(dataset.sources.length, nouns.article);

export const metadata: Metadata = pageMetadata({
  path: '/sources',
  title: 'Sources',
  description: `The ${articles} every figure and event on this site comes from, what each contributes, and what else each says.`,
});

export default function SourcesPage() {
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Everything on this site comes from these {articles}, read in full. Where an article does not
        give a publisher, an author or its own address, this page says “not given” rather than look
        one up. Every passage of each article is accounted for: as a figure, as an event, or below
        as background, argument or the page around the article, with the reason.
      </p>
      {dataset.sources.map((source) => {
        const claims = dataset.claims.filter(
          (claim) => claim.qualifier !== 'derived' && claim.sourceId === source.id,
        );
        const events = dataset.events.filter((event) =>
          event.citations.some((c) => c.sourceId === source.id),
        );
        const background = dataset.background.filter((passage) => passage.sourceId === source.id);
        return (
          <section
            key={source.id}
            id={`source-${source.id}`}
            className="source-block"
            aria-labelledby={`h-${source.id}`}
          >
            <SourceDetails source={source} heading="h2" headingId={`h-${source.id}`} />
            <p>
              {formatCount(claims.length, nouns.figure)} and{' '}
              {formatCount(events.length, nouns.event)} come from this article.
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
            {events.length > 0 && (
              <details>
                <summary>Events</summary>
                <ul>
                  {events.map((event) => (
                    <li key={event.id}>
                      <a href={eventHref(event.id)}>{event.title}</a>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {background.length > 0 && (
              <details>
                <summary>
                  What else it says ({formatCount(background.length, nouns.passage)}), and why each
                  is not an event
                </summary>
                <ul className="quote-list">
                  {background.map((passage) => (
                    <li key={passage.id} id={`passage-${passage.id}`}>
                      <span className="qualifier">{passageKindLabels[passage.kind]}</span>{' '}
                      {passage.why}
                      <blockquote>“{passage.quote}”</blockquote>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        );
      })}
    </>
  );
}
