import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { dataset } from '@/data';
import { CopyText } from '@/components/site/copy-text';
import { JsonLd } from '@/components/site/json-ld';
import { SourceDetails } from '@/components/sources/source-details';
import { claimById, claimFigureText, claimHref } from '@/lib/charts/provenance';
import { claimUsage } from '@/lib/charts/usage';
import { claimCitation } from '@/lib/citation';
import { formatDateRef } from '@/lib/format/date';
import { qualifierLabels, qualifierNotes } from '@/lib/format/qualifier';
import { absoluteUrl } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return dataset.claims.map((claim) => ({ id: claim.id }));
}

type Props = { params: Promise<{ id: string }> };

const findClaim = (id: string) => dataset.claims.find((claim) => claim.id === id);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = findClaim((await params).id);
  if (!claim) return {};
  return {
    title: `${claimFigureText(claim)}: ${claim.label}`,
    description: `${claim.label}: ${claimFigureText(claim)} (${formatDateRef(claim.when)}), ${qualifierLabels[claim.qualifier]}, with its source and verbatim quote.`,
    alternates: { canonical: claimHref(claim.id) },
  };
}

export default async function ClaimPage({ params }: Props) {
  const claim = findClaim((await params).id);
  if (!claim) notFound();
  const usage = claimUsage(dataset, claim.id);

  return (
    <article className="claim-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="/claims">Claims</a> › <span aria-current="page">{claim.label}</span>
      </nav>
      <h1>
        <span className="claim-figure">{claimFigureText(claim)}</span>{' '}
        <span className="claim-label">{claim.label}</span>
      </h1>

      <dl className="claim-facts">
        <dt>Qualifier</dt>
        <dd>
          <span className={`qualifier qualifier-${claim.qualifier}`}>
            {qualifierLabels[claim.qualifier]}
          </span>{' '}
          {qualifierNotes[claim.qualifier]}
        </dd>
        <dt>Refers to</dt>
        <dd>
          {formatDateRef(claim.when)}
          {claim.when.asPrinted && (
            <span className="muted"> (printed “{claim.when.asPrinted}”)</span>
          )}
          {claim.when.fromContext && <p className="muted">{claim.when.fromContext}</p>}
        </dd>
        {claim.qualifier !== 'derived' && (
          <>
            <dt>As printed</dt>
            <dd>“{claim.asPrinted}”</dd>
          </>
        )}
      </dl>

      {claim.qualifier === 'derived' ? (
        <section aria-labelledby="derivation">
          <h2 id="derivation">How it is derived</h2>
          <p className="formula">
            {claim.formulaText} = {claimFigureText(claim)}
          </p>
          <p>{claim.note}</p>
          <ul>
            {Object.values(claim.inputs).map((inputId) => {
              const input = claimById(dataset, inputId);
              return (
                <li key={inputId}>
                  <a href={claimHref(inputId)}>
                    {claimFigureText(input)}: {input.label} ({formatDateRef(input.when)})
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="quote">
          <h2 id="quote">Quote</h2>
          <blockquote className="claim-quote">“{claim.quote}”</blockquote>
        </section>
      )}

      <section aria-labelledby="source">
        <h2 id="source">Source{claim.sourceIds.length > 1 ? 's' : ''}</h2>
        {claim.sourceIds.map((id) => (
          <SourceDetails key={id} sourceId={id} heading="h3" />
        ))}
      </section>

      <section aria-labelledby="used">
        <h2 id="used">Where it is used</h2>
        <ul>
          {usage.charts.map((chart) => (
            <li key={chart.slug}>
              Chart: <a href={`/charts/${chart.slug}`}>{chart.title}</a>
            </li>
          ))}
          {usage.events.map((event) => (
            <li key={event.id}>
              Event: <a href={`/events#event-${event.id}`}>{event.title}</a>
            </li>
          ))}
          {usage.derived.map((derived) => (
            <li key={derived.id}>
              Input to: <a href={claimHref(derived.id)}>{derived.label}</a> (derived)
            </li>
          ))}
          <li>
            Table: <a href={`/claims#claim-${claim.id}`}>all claims</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="cite">
        <h2 id="cite">Cite this figure</h2>
        <CopyText text={claimCitation(dataset, claim)} label="Copy citation" />
      </section>

      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Claim',
          name: claim.label,
          text: `${claim.label}: ${claimFigureText(claim)} (${formatDateRef(claim.when)})`,
          url: absoluteUrl(claimHref(claim.id)),
        }}
      />
    </article>
  );
}
