import { formatIsoDay } from './format/date';
import { formatDateRef } from './format/date-ref';
import type { Locale } from './i18n/locales';
import { translator } from './i18n/messages';
import type { Briefing } from './model/briefing';

/** "August 2024", read from the event the briefing is measured from rather than typed. */
export function briefingSince(briefing: Briefing, locale: Locale = 'en'): string {
  const since = briefing.event(briefing.config.sinceEvent);
  if (since.when.precision === 'none') {
    throw new Error(`event "${since.id}" must be dated: the briefing is measured from it`);
  }
  return formatDateRef(
    { precision: 'month', date: since.when.date.slice(0, 7), asPrinted: null },
    locale,
  );
}

export function briefingTitle(briefing: Briefing, locale: Locale = 'en'): string {
  return translator(locale, 'Briefing')('title', { since: briefingSince(briefing, locale) });
}

/**
 * The lead argument, attributed: who argues it, where and when, and the
 * verbatim words (with the briefing's translation in another language). The
 * briefing never states an article's argument in its own voice.
 */
export function leadArgument(briefing: Briefing, locale: Locale = 'en') {
  const { source: sourceId, passage: passageId } = briefing.config.leadArgument;
  const passage = briefing.backgroundOf(sourceId).find((entry) => entry.id === passageId);
  if (!passage) throw new Error(`no background passage "${passageId}" in ${sourceId}`);
  const source = briefing.source(sourceId);
  const words = briefing.words(locale);
  return {
    attribution: translator(locale, 'Briefing')('argument', {
      hasAuthor: source.author ? 'yes' : 'no',
      author: source.author ? words.name(source.author) : '',
      hasPublisher: source.publisher ? 'yes' : 'no',
      publisher: source.publisher ? words.name(source.publisher) : '',
      title: source.title,
      date: formatIsoDay(source.publishedOn, locale),
    }),
    quote: passage.quote,
    quoteTranslation: words.quoteTranslation({ kind: 'background', id: passageId, sourceId }),
    sourceId: source.id,
  };
}
