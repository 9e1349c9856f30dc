import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { CopyText } from '@/components/site/copy-text';
import { JsonLd } from '@/components/site/json-ld';
import { SourceDetails } from '@/components/sources/source-details';
import {
  attributionOf,
  claimCreditLine,
  claimFigureText,
  derivationText,
  statedOnOf,
} from '@/lib/claims/claim-text';
import { chartHref, claimHref } from '@/lib/links';
import { claimCitation } from '@/lib/claims/claim-citation';
import { briefing } from '@/lib/model/current';
import { claimRow } from '@/lib/tables/rows';
import { formatIsoDay } from '@/lib/format/date';
import { briefingJsonLd, newsArticleJsonLd } from '@/lib/downloads/dataset-json-ld';
import { formatCount, nouns } from '@/lib/format/count';
import { formatDateRef } from '@/lib/format/date-ref';
import { formatPrintedPrecision } from '@/lib/format/precision';
import { qualifierLabels, qualifierNotes } from '@/lib/format/qualifier';
import { pageMetadata } from '@/lib/page-metadata';
import { publicUrl } from '@/lib/site';

export const dynamicParams = false;

/** Every claim, and every old id of a renamed claim (which redirects to the new one). */
export function generateStaticParams() {
  return [
    ...briefing.claims.map((claim) => ({ id: claim.id })),
    ...briefing.corrections
      .flatMap((correction) => correction.renamed)
      .filter((rename) => rename.kind === 'claim')
      .map((rename) => ({ id: rename.from })),
  ];
}

type Props = { params: Promise<{ id: string }> };

const findClaim = (id: string) => briefing.findClaim(id);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = findClaim((await params).id);
  if (!claim) return {};
  const figure = claimFigureText(claim);
  return pageMetadata({
    path: claimHref(claim.id),
    title: `${figure}: ${claim.label}`,
    description:
      claim.qualifier === 'derived'
        ? `${claim.label}: ${figure}, calculated by the briefing from ${formatCount(Object.keys(claim.inputs).length, nouns.figure)} in its sources, with its formula and inputs.`
        : `${claim.label}: ${figure} (${formatDateRef(claim.when)}), ${qualifierLabels[claim.qualifier]}, with its source and verbatim quote.`,
  });
}

export default async function ClaimPage({ params }: Props) {
  const { id } = await params;
  const moved = briefing.renamedClaim(id);
  if (moved) permanentRedirect(claimHref(moved));
  const claim = findClaim(id);
  if (!claim) notFound();
  const charts = briefing.chartsWithClaim(claim.id);
  const events = briefing.eventsWithClaim(claim.id);
  const calculations = briefing.derivedFrom(claim.id);
  const corrections = briefing.correctionsOf('claim', claim.id);
  const row = claimRow(briefing, claim);
  const statedOn = statedOnOf(claim);
  const attribution = attributionOf(claim);
  const derived = claim.qualifier === 'derived';

  return (
    <article className="claim-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="/claims">Claims</a> › <span aria-current="page">{claim.label}</span>
      </nav>
      <h1>
        <span className="claim-figure">{claimFigureText(claim)}</span>{' '}
        <span className="claim-label">{claim.label}</span>
      </h1>
      {corrections.map((correction) => (
        <p key={correction.id} className="correction-note">
          Corrected on {formatIsoDay(correction.date)}: {correction.change} {correction.why}
        </p>
      ))}
      {row.agreementText && (
        <p className={`agreement agreement-${row.agreement}`}>
          {row.agreementText}.{' '}
          <a href={`/claims?q=${encodeURIComponent(claim.label)}`}>Compare them</a>.
        </p>
      )}

      <dl className="claim-facts">
        <dt>Qualifier</dt>
        <dd>
          <span className={`qualifier qualifier-${claim.qualifier}`}>
            {qualifierLabels[claim.qualifier]}
          </span>{' '}
          {qualifierNotes[claim.qualifier]}
          {claim.derivation?.approximate &&
            ' An input is approximate, so the result is approximate too.'}
        </dd>
        {claim.qualifier !== 'derived' && (
          <>
            <dt>As printed</dt>
            <dd>
              “{claim.asPrinted}”
              {claim.printedPrecision && (
                <span className="muted">
                  {' '}
                  (printed precision: {formatPrintedPrecision(claim.printedPrecision)})
                </span>
              )}
            </dd>
          </>
        )}
        {attribution && (
          <>
            <dt>Attribution</dt>
            <dd>“{attribution}”, in the source’s words</dd>
          </>
        )}
        <dt>Refers to</dt>
        <dd>
          {formatDateRef(claim.when)}
          {claim.when.asPrinted && (
            <span className="muted"> (printed “{claim.when.asPrinted}”)</span>
          )}
          {claim.when.yearFromContext && <p className="muted">{claim.when.yearFromContext}</p>}
        </dd>
        {statedOn && (
          <>
            <dt>Stated on</dt>
            <dd>
              {formatDateRef(statedOn)}
              {statedOn.asPrinted && (
                <span className="muted"> (printed “{statedOn.asPrinted}”)</span>
              )}
              {statedOn.yearFromContext && <p className="muted">{statedOn.yearFromContext}</p>}
            </dd>
          </>
        )}
      </dl>

      {claim.qualifier === 'derived' ? (
        <section aria-labelledby="derivation">
          <h2 id="derivation">How the briefing calculates it</h2>
          <p className="formula">{derivationText(claim)}</p>
          <p>{claim.note}</p>
          <ul>
            {Object.values(claim.inputs).map((inputId) => {
              const input = briefing.claim(inputId);
              return (
                <li key={inputId}>
                  <a href={claimHref(inputId)}>
                    {claimFigureText(input)}: {input.label} ({formatDateRef(input.when)})
                  </a>{' '}
                  <span className="muted">{claimCreditLine(briefing, input)}</span>
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
        <h2 id="source">
          {derived ? 'Sources of its inputs' : claim.sourceIds.length > 1 ? 'Sources' : 'Source'}
        </h2>
        {claim.sourceIds.map((sourceId) => (
          <SourceDetails key={sourceId} source={briefing.source(sourceId)} heading="h3" />
        ))}
      </section>

      <section aria-labelledby="used">
        <h2 id="used">Where it is used</h2>
        <ul>
          {charts.map((chart) => (
            <li key={chart.slug}>
              Chart: <a href={chartHref(chart.slug)}>{chart.title}</a>
            </li>
          ))}
          {events.map((event) => (
            <li key={event.id}>
              Event: <a href={briefing.eventHref(event.id)}>{event.title}</a>
            </li>
          ))}
          {calculations.map((derived) => (
            <li key={derived.id}>
              Input to: <a href={claimHref(derived.id)}>{derived.label}</a> (calculated by the
              briefing)
            </li>
          ))}
          <li>
            Table:{' '}
            <a
              href={`${briefing.claimPage(claim.id) === 1 ? '/claims' : `/claims/page/${briefing.claimPage(claim.id)}`}#claim-${claim.id}`}
            >
              all claims
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="cite">
        <h2 id="cite">Cite this figure</h2>
        <CopyText text={claimCitation(briefing, claim)} label="Copy citation" />
      </section>

      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Claim',
          name: claim.label,
          text: `${claim.label}: ${claimFigureText(claim)} (${formatDateRef(claim.when)})`,
          url: publicUrl(claimHref(claim.id)),
          // schema.org correction: each correction, dated, in words.
          ...(corrections.length > 0
            ? {
                correction: corrections.map((correction) => ({
                  '@type': 'CorrectionComment',
                  datePublished: correction.date,
                  text: `${correction.change} ${correction.why}`,
                })),
              }
            : {}),
          ...(claim.qualifier === 'derived'
            ? {
                // The briefing's own calculation: it is the author; the inputs are its basis.
                author: briefingJsonLd,
                isBasedOn: Object.values(claim.inputs).map((inputId) =>
                  publicUrl(claimHref(inputId)),
                ),
              }
            : (() => {
                const article = newsArticleJsonLd(briefing.source(claim.sourceId));
                return {
                  ...('author' in article ? { author: article.author } : {}),
                  appearance: article,
                };
              })()),
        }}
      />
    </article>
  );
}
