import type { PageProps } from './page-props';
import { CopyText } from '@/components/site/copy-text';
import { JsonLd } from '@/components/site/json-ld';
import { SourceDetails } from '@/components/sources/source-details';
import { attributionIn } from '@/lib/charts/chart-words';
import {
  attributionOf,
  claimCreditLine,
  claimFigureText,
  derivationText,
  statedOnOf,
} from '@/lib/claims/claim-text';
import { chartHref, claimHref } from '@/lib/links';
import { claimCitation } from '@/lib/claims/claim-citation';
import type { DateRef } from '@/lib/data/schema';
import { claimRow } from '@/lib/tables/rows';
import { formatIsoDay } from '@/lib/format/date';
import { briefingJsonLd, newsArticleJsonLd } from '@/lib/downloads/dataset-json-ld';
import { formatDateRef, yearFromContextNote } from '@/lib/format/date-ref';
import { formatPrintedPrecision } from '@/lib/format/precision';
import { qualifierLabel, qualifierNote } from '@/lib/format/qualifier';
import { quoteLang, sourceWords, TranslationBeside } from '@/components/site/source-words';
import { labelledTranslation } from '@/lib/i18n/translation-label';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { publicUrl } from '@/lib/site';
import type { Locale } from '@/lib/i18n/locales';

import type { Claim } from '@/lib/data/dataset';

/** A date as the claim gives it, with the words the article printed and where its year comes from. */
function DateFacts({ date, locale }: { date: DateRef; locale: Locale }) {
  const t = translator(locale, 'ClaimPage');
  return (
    <dd>
      {formatDateRef(date, locale)}
      {date.asPrinted && (
        <span className="muted">
          {' '}
          {t.rich('printed', { text: date.asPrinted, quote: sourceWords })}
        </span>
      )}
      {date.yearFromContext && (
        <p className="muted">
          {locale === 'en' ? date.yearFromContext : yearFromContextNote(locale)}
        </p>
      )}
    </dd>
  );
}

/** /claims/<id>: one figure with its provenance, where it is used, and its citation. */
export function ClaimPage({
  briefing,
  claim,
  locale,
}: PageProps & {
  claim: Claim;
}) {
  const t = translator(locale, 'ClaimPage');
  const words = briefing.words(locale);
  const label = words.measureLabel(claim.measure);
  const charts = briefing.chartsWithClaim(claim.id, locale);
  const events = briefing.eventsWithClaim(claim.id);
  const calculations = briefing.derivedFrom(claim.id);
  const corrections = briefing.correctionsOf('claim', claim.id);
  const row = claimRow(briefing, claim, locale);
  const statedOn = statedOnOf(claim);
  const attribution = attributionOf(claim);
  const derived = claim.qualifier === 'derived';
  const claimsPage = briefing.claimPage(claim.id);
  const tableHref = `${localePath(claimsPage === 1 ? '/claims' : `/claims/page/${claimsPage}`, locale)}#claim-${claim.id}`;

  return (
    <article className="claim-page">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <a href={localePath('/claims', locale)}>{translator(locale, 'Claims')('title')}</a> ›{' '}
        <span aria-current="page">{label}</span>
      </nav>
      <h1>
        <span className="claim-figure">{claimFigureText(claim, locale)}</span>{' '}
        <span className="claim-label">{label}</span>
      </h1>
      {corrections.map((correction) => {
        const { change, why } = words.correction(correction.id);
        return (
          <p key={correction.id} className="correction-note">
            {t('corrected', { date: formatIsoDay(correction.date, locale), change, why })}
          </p>
        );
      })}
      {row.agreementText && (
        <p className={`agreement agreement-${row.agreement}`}>
          {row.agreementText}.{' '}
          <a href={`${localePath('/claims', locale)}?q=${encodeURIComponent(label)}`}>
            {t('compare')}
          </a>
          .
        </p>
      )}

      <dl className="claim-facts">
        <dt>{t('qualifier')}</dt>
        <dd>
          <span className={`qualifier qualifier-${claim.qualifier}`}>
            {qualifierLabel(claim.qualifier, locale)}
          </span>{' '}
          {qualifierNote(claim.qualifier, locale)}
          {claim.derivation?.approximate && ` ${t('approximateInput')}`}
        </dd>
        {claim.qualifier !== 'derived' && (
          <>
            <dt>{t('asPrinted')}</dt>
            <dd>
              <span lang={quoteLang(locale)}>“{claim.asPrinted}”</span>
              {claim.printedPrecision && (
                <span className="muted">
                  {' '}
                  {t('printedPrecision', {
                    precision: formatPrintedPrecision(claim.printedPrecision, locale),
                  })}
                </span>
              )}
            </dd>
          </>
        )}
        {attribution && (
          <>
            <dt>{t('attribution')}</dt>
            <dd>
              {t.rich('attributionText', { attribution, quote: sourceWords })}
              {locale !== 'en' && (
                <span className="quote-translation">
                  {' '}
                  {labelledTranslation(attributionIn(briefing, claim, locale) ?? null, locale)}
                </span>
              )}
            </dd>
          </>
        )}
        <dt>{t('refersTo')}</dt>
        <DateFacts date={claim.when} locale={locale} />
        {statedOn && (
          <>
            <dt>{t('statedOn')}</dt>
            <DateFacts date={statedOn} locale={locale} />
          </>
        )}
      </dl>

      {claim.qualifier === 'derived' ? (
        <section aria-labelledby="derivation">
          <h2 id="derivation">{t('derivationHeading')}</h2>
          <p className="formula">{derivationText(claim, locale)}</p>
          <p>{words.derivedNote(claim.id)}</p>
          <ul>
            {Object.values(claim.inputs).map((inputId) => {
              const input = briefing.claim(inputId);
              return (
                <li key={inputId}>
                  <a href={claimHref(inputId, locale)}>
                    {claimFigureText(input, locale)}: {words.measureLabel(input.measure)} (
                    {formatDateRef(input.when, locale)})
                  </a>{' '}
                  <span className="muted">{claimCreditLine(briefing, input, locale)}</span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="quote">
          <h2 id="quote">{t('quoteHeading')}</h2>
          <blockquote className="claim-quote" lang={quoteLang(locale)}>
            “{claim.quote}”
          </blockquote>
          <TranslationBeside text={row.quoteTranslation} locale={locale} />
        </section>
      )}

      <section aria-labelledby="source">
        <h2 id="source">
          {t('sourcesHeading', {
            derived: derived ? 'yes' : 'no',
            count: claim.sourceIds.length,
          })}
        </h2>
        {claim.sourceIds.map((sourceId) => (
          <SourceDetails
            key={sourceId}
            source={briefing.source(sourceId)}
            heading="h3"
            locale={locale}
            words={words}
          />
        ))}
      </section>

      <section aria-labelledby="used">
        <h2 id="used">{t('usedHeading')}</h2>
        <ul>
          {charts.map((chart) => (
            <li key={chart.slug}>
              {t.rich('usedChart', {
                title: chart.title,
                link: (chunks) => <a href={chartHref(chart.slug, locale)}>{chunks}</a>,
              })}
            </li>
          ))}
          {events.map((event) => (
            <li key={event.id}>
              {t.rich('usedEvent', {
                title: words.eventTitle(event.id),
                link: (chunks) => <a href={briefing.eventHref(event.id, locale)}>{chunks}</a>,
              })}
            </li>
          ))}
          {calculations.map((calculation) => (
            <li key={calculation.id}>
              {t.rich('usedInput', {
                label: words.measureLabel(calculation.measure),
                link: (chunks) => <a href={claimHref(calculation.id, locale)}>{chunks}</a>,
              })}
            </li>
          ))}
          <li>{t.rich('usedTable', { link: (chunks) => <a href={tableHref}>{chunks}</a> })}</li>
        </ul>
      </section>

      <section aria-labelledby="cite">
        <h2 id="cite">{t('citeHeading')}</h2>
        <CopyText
          text={claimCitation(briefing, claim, locale)}
          label={t('copyCitation')}
          copied={translator(locale, 'Copy')('copied')}
          failed={translator(locale, 'Copy')('failed')}
        />
      </section>

      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Claim',
          name: label,
          inLanguage: locale,
          text: t('jsonLdText', {
            label,
            figure: claimFigureText(claim, locale),
            date: formatDateRef(claim.when, locale),
          }),
          url: publicUrl(claimHref(claim.id, locale)),
          // schema.org correction: each correction, dated, in words.
          ...(corrections.length > 0
            ? {
                correction: corrections.map((correction) => {
                  const { change, why } = words.correction(correction.id);
                  return {
                    '@type': 'CorrectionComment',
                    datePublished: correction.date,
                    text: `${change} ${why}`,
                  };
                }),
              }
            : {}),
          ...(claim.qualifier === 'derived'
            ? {
                // The briefing's own calculation: it is the author; the inputs are its basis.
                author: briefingJsonLd,
                isBasedOn: Object.values(claim.inputs).map((inputId) =>
                  publicUrl(claimHref(inputId, locale)),
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
