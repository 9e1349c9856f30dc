import type { Locale } from './locales';
import { translator } from './messages';

/**
 * A quote's translation as shown beside the verbatim quote, labelled as the briefing's:
 * "The briefing's translation: …". Null passes through (a quote read in its own language).
 */
export function labelledTranslation(text: string | null, locale: Locale): string | null {
  return text === null ? null : translator(locale, 'Chart')('quoteTranslation', { text });
}
