import type { PageProps } from './page-props';
import { SourceDetails } from '@/components/sources/source-details';
import { quoteLang, TranslationBeside } from '@/components/site/source-words';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { sourceDetail } from '@/lib/source-listing';

import type { Source } from '@/lib/data/schema';

/** /sources/<id>: one article, its record, every figure and event it gives, and every other passage, with why. */
export function SourcePage({
  briefing,
  source,
  locale,
}: PageProps & {
  source: Source;
}) {
  const t = translator(locale, 'SourcePage');
  const words = briefing.words(locale);
  const { figures, events, background } = sourceDetail(briefing, source.id, locale);
  return (
    <article className="source-page">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <a href={localePath('/sources', locale)}>{translator(locale, 'Sources')('title')}</a> ›{' '}
        <span aria-current="page">{words.sourceTitle(source.id)}</span>
      </nav>
      <SourceDetails source={source} heading="h1" locale={locale} words={words} />

      <section aria-labelledby="figures">
        <h2 id="figures">{t('figures', { count: figures.length })}</h2>
        <ul>
          {figures.map((figure) => (
            <li key={figure.id}>
              <a href={figure.href}>{figure.text}</a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="events">
        <h2 id="events">{t('events', { count: events.length })}</h2>
        <ul>
          {events.map((event) => (
            <li key={event.id}>
              <a href={event.href}>{event.text}</a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="background">
        <h2 id="background">{t('background', { count: background.length })}</h2>
        <ul className="quote-list">
          {background.map((passage) => {
            const translation = words.quoteTranslation({
              kind: 'background',
              id: passage.id,
              sourceId: source.id,
            });
            return (
              <li key={passage.id} id={`passage-${passage.id}`}>
                <span className="qualifier">{t('kind', { kind: passage.kind })}</span>{' '}
                {words.backgroundWhy(source.id, passage.id)}
                <blockquote lang={quoteLang(locale)}>“{passage.quote}”</blockquote>
                <TranslationBeside text={translation} locale={locale} />
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}
