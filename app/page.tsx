import { dataset } from '@/data';
import { compareByDate } from '@/lib/data/order';
import { formatDateRef, formatIsoDay } from '@/lib/format/date';
import { formatQualifiedFigure } from '@/lib/format/figure';
import { qualifierLabels } from '@/lib/format/qualifier';

/** First proof of the pipeline: every claim and event from data/, formatted on the server. */
export default function HomePage() {
  const sourceTitle = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const events = [...dataset.events].sort((a, b) => compareByDate(a.when, b.when));

  return (
    <main>
      <h1>Bangladesh–Russia relations since August 2024</h1>

      <h2>Claims</h2>
      <ul>
        {dataset.claims.map((claim) => (
          <li key={claim.id} id={`claim-${claim.id}`}>
            <strong>{formatQualifiedFigure(claim.qualifier, claim.figure, claim.unit)}</strong>{' '}
            {claim.label} ({formatDateRef(claim.when)}) — {qualifierLabels[claim.qualifier]};{' '}
            {claim.formulaText ? `computed as ${claim.formulaText}; ` : ''}
            source: {claim.sourceIds.map((id) => sourceTitle.get(id)).join('; ')}
          </li>
        ))}
      </ul>

      <h2>Events</h2>
      <ol>
        {events.map((event) => (
          <li key={event.id} id={`event-${event.id}`}>
            <strong>{formatDateRef(event.when)}</strong>: {event.title}
          </li>
        ))}
      </ol>

      <h2>Sources</h2>
      <ul>
        {dataset.sources.map((source) => (
          <li key={source.id}>
            {source.title}, {source.publisher ?? 'publisher not given'},{' '}
            {formatIsoDay(source.publishedOn)}; URL: {source.url ?? 'not given'}
          </li>
        ))}
      </ul>
    </main>
  );
}
