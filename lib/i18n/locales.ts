import { DEFAULT_LOCALE, LOCALES } from './default-locale.js';

/**
 * The briefing's languages, defined once: routes, `lang` attributes, number
 * and date formats, Open Graph locales and the translation checks all read
 * this list. English is the language of the sources and of the briefing's
 * own writing; Bangla and Russian are the briefing's translations of it.
 */
export const locales = LOCALES;
export type Locale = (typeof locales)[number];

export const defaultLocale = DEFAULT_LOCALE satisfies Locale;

/**
 * The languages whose pages are built: every one, since every interface
 * message and every data entry is translated (the message-key parity test and
 * the translation check fail on anything missing). A language under way would
 * leave this list until it is complete, rather than be served half in English.
 */
export const builtLocales = locales;

/** The languages the briefing translates its English into (each needs every translation). */
export const translatedLocales = ['bn', 'ru'] as const satisfies readonly Locale[];
export type TranslatedLocale = (typeof translatedLocales)[number];

export interface LocaleInfo {
  /** BCP 47 tag for `lang`, `hreflang` and `Intl`: the region fixes digits and grouping. */
  tag: string;
  /** Open Graph's `og:locale` (language_TERRITORY). */
  openGraph: string;
  /** The language's own name, for the language switcher. */
  name: string;
  /** Its name in English, for the data check's problem lines. */
  englishName: string;
  dir: 'ltr' | 'rtl';
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { tag: 'en-GB', openGraph: 'en_GB', name: 'English', englishName: 'English', dir: 'ltr' },
  bn: { tag: 'bn-BD', openGraph: 'bn_BD', name: 'বাংলা', englishName: 'Bangla', dir: 'ltr' },
  ru: { tag: 'ru-RU', openGraph: 'ru_RU', name: 'Русский', englishName: 'Russian', dir: 'ltr' },
};

/**
 * The language the articles are written in, for `lang` on their verbatim quotes in a page of
 * another language. Every source is English today; an article in another language would need
 * a language of its own in data/.
 */
export const SOURCE_LANGUAGE = 'en';
