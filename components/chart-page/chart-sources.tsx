import { SourceDetails } from '@/components/sources/source-details';
import type { ChartSourcesData } from '@/lib/charts/chart-sources';
import { quoteLang } from '@/components/site/source-words';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import type { DataWords } from '@/lib/i18n/words';

/**
 * Each source of a chart with the exact passages its figures and events come
 * from, then the figures the briefing calculated, with their working: those
 * are credited to the briefing, not to an article.
 */
export function ChartSources({
  sources,
  calculations,
  locale,
  words,
}: ChartSourcesData & { locale: Locale; words: DataWords }) {
  return (
    <>
      {sources.map(({ source, passages }) => (
        <article key={source.id} className="source-block">
          <SourceDetails source={source} heading="h3" locale={locale} words={words} />
          <ul className="quote-list">
            {passages.map((passage) => (
              <li key={passage.key}>
                <a href={passage.href}>{passage.lead}</a>
                {passage.quotes.map(({ quote, translation }) => (
                  <div key={quote}>
                    <blockquote lang={quoteLang(locale)}>“{quote}”</blockquote>
                    {translation && <p className="quote-translation">{translation}</p>}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </article>
      ))}
      {calculations.length > 0 && (
        <article className="source-block">
          <h3>{translator(locale, 'ChartPage')('calculated')}</h3>
          <ul className="quote-list">
            {calculations.map((calculation) => (
              <li key={calculation.key}>
                <a href={calculation.href}>{calculation.lead}</a>
                <p className="formula">{calculation.working}</p>
                <p>{calculation.note}</p>
              </li>
            ))}
          </ul>
        </article>
      )}
    </>
  );
}
