import type { ReactNode } from 'react';
import { defaultLocale, SOURCE_LANGUAGE, type Locale } from '@/lib/i18n/locales';
import { labelledTranslation } from '@/lib/i18n/translation-label';

/**
 * The articles' own words on a page: marked with their language where the page is in another,
 * and followed by the briefing's translation, labelled as such.
 */
export const quoteLang = (locale: Locale) =>
  locale === defaultLocale ? undefined : SOURCE_LANGUAGE;

/** For rich messages: the article's words inside a sentence of the page ("printed “<quote>…</quote>”"). */
export const sourceWords = (chunks: ReactNode) => <span lang={SOURCE_LANGUAGE}>{chunks}</span>;

export function TranslationBeside({ text, locale }: { text: string | null; locale: Locale }) {
  const labelled = labelledTranslation(text, locale);
  return labelled && <p className="quote-translation">{labelled}</p>;
}
