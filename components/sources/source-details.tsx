import type { Source } from '@/lib/data/schema';
import { formatIsoDay } from '@/lib/format/date';
import { quoteLang, sourceWords, TranslationBeside } from '@/components/site/source-words';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import type { DataWords } from '@/lib/i18n/words';

/**
 * A source as a record: title, publisher, author, date and URL, each "not
 * given" when the article omits it. The title and the page's printed words
 * stay as the article prints them; in another language the title's
 * translation follows, labelled.
 */
export function SourceDetails({
  source,
  heading: Heading,
  headingId,
  locale,
  words,
}: {
  source: Source;
  heading: 'h1' | 'h2' | 'h3';
  headingId?: string;
  locale: Locale;
  words: DataWords;
}) {
  const t = translator(locale, 'SourceRecord');
  const translated = locale === 'en' ? null : words.sourceTitle(source.id);
  return (
    <>
      <Heading id={headingId} lang={quoteLang(locale)}>
        {source.title}
      </Heading>
      <TranslationBeside text={translated} locale={locale} />
      <dl className="source-record">
        <dt>{t('publisher')}</dt>
        <dd>
          {source.publisher ? words.name(source.publisher) : t('notGiven')}
          {source.publisherEvidence && (
            <span className="muted">
              {' '}
              {t.rich('publisherEvidence', { text: source.publisherEvidence, quote: sourceWords })}
            </span>
          )}
        </dd>
        <dt>{t('author')}</dt>
        <dd>{source.author ? words.name(source.author) : t('notGiven')}</dd>
        <dt>{t('published')}</dt>
        <dd>
          <time dateTime={source.publishedOn}>{formatIsoDay(source.publishedOn, locale)}</time>
          <span className="muted">
            {' '}
            {t.rich('printed', { text: source.publishedAsPrinted, quote: sourceWords })}
          </span>
        </dd>
        <dt>{t('url')}</dt>
        <dd>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.url}
            </a>
          ) : (
            t('noUrl')
          )}
        </dd>
      </dl>
    </>
  );
}
